import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutItemCommand, TransactWriteItemsCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { localClients } from './local-clients.ts';
import { createTables } from './provision.ts';
import { type DiscardedBatch, startStreamPoller } from './stream-poller.ts';

const region = 'us-east-1';
let ddb: DynamoDbLocal;
let dynamodb: DynamoDBClient;
let streams: DynamoDBStreamsClient;
let tableCount = 0;

beforeAll(async () => {
  ddb = await startDynamoDbLocal({ port: 0 });
  dynamodb = localClients.dynamodb(ddb.endpoint, region);
  streams = localClients.streams(ddb.endpoint, region);
});

afterAll(async () => {
  dynamodb?.destroy();
  streams?.destroy();
  await ddb?.stop();
});

async function streamedTable(): Promise<{ tableName: string; streamArn: string }> {
  tableCount += 1;
  const logical = `outbox-${tableCount}`;
  const tables = await createTables(dynamodb, 'testcity', {
    [logical]: { partitionKey: { name: 'pk', type: 'S' }, stream: true, accessPatterns: ['by pk'] },
  });
  const table = tables[logical];
  if (!table?.streamArn) throw new Error('no stream');
  return { tableName: table.tableName, streamArn: table.streamArn };
}

async function put(tableName: string, pk: string, name: string): Promise<void> {
  await dynamodb.send(
    new PutItemCommand({ TableName: tableName, Item: { pk: { S: pk }, name: { S: name } } }),
  );
}

const keyOf = (record: DynamoDBRecord) => record.dynamodb?.Keys?.pk?.S;

describe('Function: startStreamPoller', () => {
  it('delivers INSERT and MODIFY with keys, old and new images, as Lambda does', async () => {
    // Prepare
    const { tableName, streamArn } = await streamedTable();
    const records: DynamoDBRecord[] = [];
    const poller = await startStreamPoller({
      streamsClient: streams,
      streamArn,
      batchSize: 10,
      handler: async (event: DynamoDBStreamEvent) => {
        records.push(...event.Records);
      },
    });

    // Act
    await dynamodb.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { pk: { S: 'E1' }, name: { S: 'Alpha' }, blob: { B: Uint8Array.from([1, 2, 3]) } },
      }),
    );
    await dynamodb.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: 'E1' } },
        UpdateExpression: 'SET #n = :n',
        ExpressionAttributeNames: { '#n': 'name' },
        ExpressionAttributeValues: { ':n': { S: 'Beta' } },
      }),
    );
    await poller.idle();
    await poller.stop();

    // Assess
    expect(records.map((record) => record.eventName)).toEqual(['INSERT', 'MODIFY']);
    const [insert, modify] = records;
    expect(insert).toMatchObject({
      eventSource: 'aws:dynamodb',
      eventSourceARN: streamArn,
      awsRegion: region,
      dynamodb: {
        Keys: { pk: { S: 'E1' } },
        // Binary arrives base64-encoded in Lambda's JSON event: [1, 2, 3] → 'AQID'.
        NewImage: { pk: { S: 'E1' }, name: { S: 'Alpha' }, blob: { B: 'AQID' } },
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
    expect(insert?.dynamodb?.OldImage).toBeUndefined();
    expect(modify?.dynamodb).toMatchObject({
      OldImage: { name: { S: 'Alpha' } },
      NewImage: { name: { S: 'Beta' } },
    });
    expect(typeof insert?.eventID).toBe('string');
    expect(BigInt(modify?.dynamodb?.SequenceNumber ?? '0')).toBeGreaterThan(
      BigInt(insert?.dynamodb?.SequenceNumber ?? '0'),
    );
  });

  it('does not deliver records written before it started (LATEST)', async () => {
    // Prepare
    const { tableName, streamArn } = await streamedTable();
    await put(tableName, 'before', 'x');
    const keys: (string | undefined)[] = [];
    const poller = await startStreamPoller({
      streamsClient: streams,
      streamArn,
      batchSize: 10,
      handler: async (event: DynamoDBStreamEvent) => {
        keys.push(...event.Records.map(keyOf));
      },
    });

    // Act
    await put(tableName, 'after', 'y');
    await poller.idle();
    await poller.stop();

    // Assess
    expect(keys).toEqual(['after']);
  });

  it('retries from the first failed SequenceNumber, keeping the records before it done', async () => {
    // Prepare
    const { tableName, streamArn } = await streamedTable();
    const batches: (string | undefined)[][] = [];
    let failedOnce = false;
    const poller = await startStreamPoller({
      streamsClient: streams,
      streamArn,
      batchSize: 10,
      handler: async (event: DynamoDBStreamEvent) => {
        batches.push(event.Records.map(keyOf));
        const second = event.Records.find((record) => keyOf(record) === 'k2');
        if (second && !failedOnce) {
          failedOnce = true;
          return { batchItemFailures: [{ itemIdentifier: second.dynamodb?.SequenceNumber ?? '' }] };
        }
        return { batchItemFailures: [] };
      },
    });

    // Act: one transaction, so the three records reach the stream together and form one batch.
    await dynamodb.send(
      new TransactWriteItemsCommand({
        TransactItems: ['k1', 'k2', 'k3'].map((pk) => ({
          Put: { TableName: tableName, Item: { pk: { S: pk } } },
        })),
      }),
    );
    await poller.idle();
    await poller.stop();

    // Assess: k1 is checkpointed; the retry starts at k2 and carries k3 with it.
    expect(batches).toEqual([
      ['k1', 'k2', 'k3'],
      ['k2', 'k3'],
    ]);
  });

  it('discards a record failing past maxRetryAttempts to onDiscard and carries on', async () => {
    // Prepare
    const { tableName, streamArn } = await streamedTable();
    const poisonDeliveries: number[] = [];
    const discarded: DiscardedBatch[] = [];
    const later: (string | undefined)[] = [];
    const poller = await startStreamPoller({
      streamsClient: streams,
      streamArn,
      batchSize: 1,
      maxRetryAttempts: 2,
      onDiscard: (batch) => discarded.push(batch),
      onError: () => undefined,
      handler: async (event: DynamoDBStreamEvent) => {
        const record = event.Records[0];
        if (record && keyOf(record) === 'poison') {
          poisonDeliveries.push(Date.now());
          throw new Error('cannot project this record');
        }
        later.push(...event.Records.map(keyOf));
      },
    });

    // Act
    await put(tableName, 'poison', 'x');
    await put(tableName, 'healthy', 'y');
    await poller.idle();
    await poller.stop();

    // Assess: 1 invocation + 2 retries, then the shard moves on to the next record.
    expect(poisonDeliveries).toHaveLength(3);
    expect(discarded).toHaveLength(1);
    expect(discarded[0]?.attempts).toBe(3);
    expect(discarded[0]?.records.map(keyOf)).toEqual(['poison']);
    expect(later).toEqual(['healthy']);
  });
});
