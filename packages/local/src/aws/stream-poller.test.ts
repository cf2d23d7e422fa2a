import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { localClients } from './local-clients.ts';
import { createTables } from './provision.ts';
import {
  createCheckpointTable,
  dynamoDbCheckpointStore,
  memoryCheckpointStore,
} from './stream-checkpoints.ts';
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

  it('resumes from its checkpoints after a stop: 5,000 writes, none lost, repeats bounded by a batch', async () => {
    // Prepare: a consumer counting every delivery of every key, while 5,000 items are written.
    const { tableName, streamArn } = await streamedTable();
    const total = 5_000;
    const batchSize = 100;
    const deliveries = new Map<string, number>();
    const handler = async (event: DynamoDBStreamEvent) => {
      for (const record of event.Records) {
        const key = keyOf(record) ?? '';
        deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
      }
    };
    const checkpoints = memoryCheckpointStore();
    const start = () =>
      startStreamPoller({ streamsClient: streams, streamArn, batchSize, handler, checkpoints });
    let written = 0;
    const writer = (async () => {
      for (; written < total; written += 25) {
        await dynamodb.send(
          new BatchWriteItemCommand({
            RequestItems: {
              [tableName]: Array.from({ length: 25 }, (_, i) => ({
                PutRequest: { Item: { pk: { S: `k${written + i}` } } },
              })),
            },
          }),
        );
      }
    })();
    const first = await start();
    while (deliveries.size < 1_000) await new Promise((resolve) => setTimeout(resolve, 10));

    // Act: the consumer stops mid-way; writes go on while none runs; a new one starts on the same checkpoints.
    await first.stop();
    const seenByFirst = deliveries.size;
    const writtenAtStop = written;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const writtenAtRestart = written;
    const second = await start();
    await writer;
    await second.idle();
    await second.stop();

    // Assess
    const lost = Array.from({ length: total }, (_, i) => `k${i}`).filter((key) => !deliveries.has(key));
    const repeated = [...deliveries.values()].filter((count) => count > 1).length;
    expect(seenByFirst).toBeLessThan(total);
    expect(writtenAtRestart).toBeGreaterThan(writtenAtStop); // records were written while no consumer ran
    console.log(
      `stream resume: ${total} written, first consumer saw ${seenByFirst}, ${writtenAtRestart - writtenAtStop} written while stopped, lost ${lost.length}, repeated ${repeated}`,
    );
    expect(lost).toEqual([]);
    expect(deliveries.size).toBe(total);
    expect(repeated).toBeLessThanOrEqual(batchSize);
    expect(checkpoints.saves).toBeGreaterThan(0);
  }, 120_000);

  it('starts a shard it has no checkpoint for at TRIM_HORIZON, as the deployed mappings do', async () => {
    // Prepare: records written before any consumer of this stream ran.
    const { tableName, streamArn } = await streamedTable();
    await put(tableName, 'early', 'x');
    const keys: (string | undefined)[] = [];

    // Act
    const poller = await startStreamPoller({
      streamsClient: streams,
      streamArn,
      batchSize: 10,
      checkpoints: memoryCheckpointStore(),
      handler: async (event: DynamoDBStreamEvent) => {
        keys.push(...event.Records.map(keyOf));
      },
    });
    await put(tableName, 'late', 'y');
    await poller.idle();
    await poller.stop();

    // Assess
    expect(keys).toEqual(['early', 'late']);
  });

  it('keeps checkpoints in a DynamoDB table per function and stream, advanced past a parked batch', async () => {
    // Prepare: a handler that always fails, its batches parked, on a checkpoint table.
    const { tableName, streamArn } = await streamedTable();
    await createCheckpointTable(dynamodb, 'testcity-local-stream-checkpoints');
    const store = (functionName: string) =>
      dynamoDbCheckpointStore({
        client: dynamodb,
        tableName: 'testcity-local-stream-checkpoints',
        functionName,
        streamArn,
      });
    const parked: (string | undefined)[] = [];
    const failing = await startStreamPoller({
      streamsClient: streams,
      streamArn,
      batchSize: 10,
      maxRetryAttempts: 1,
      checkpoints: store('svc-failing'),
      onError: () => undefined,
      onDiscard: async (batch) => {
        parked.push(...batch.records.map(keyOf));
      },
      handler: async () => {
        throw new Error('always');
      },
    });

    // Act
    await put(tableName, 'poison', 'x');
    await failing.idle();
    await failing.stop();

    // Assess: parked, and the checkpoint is past it; another function's checkpoints are its own.
    expect(parked).toEqual(['poison']);
    const saved = [...(await store('svc-failing').load()).values()];
    expect(saved).toHaveLength(1);
    expect(saved[0]?.sequenceNumber).toMatch(/^\d+$/);
    expect((await store('svc-other').load()).size).toBe(0);
    const again: (string | undefined)[] = [];
    const restarted = await startStreamPoller({
      streamsClient: streams,
      streamArn,
      batchSize: 10,
      checkpoints: store('svc-failing'),
      handler: async (event: DynamoDBStreamEvent) => {
        again.push(...event.Records.map(keyOf));
      },
    });
    await put(tableName, 'next', 'y');
    await restarted.idle();
    await restarted.stop();
    expect(again).toEqual(['next']);
  });

  it('does not move past a batch it could not park: it tries again and parks it', async () => {
    // Prepare
    const { tableName, streamArn } = await streamedTable();
    const checkpoints = memoryCheckpointStore();
    let parkAttempts = 0;
    const parked: (string | undefined)[] = [];
    const poller = await startStreamPoller({
      streamsClient: streams,
      streamArn,
      batchSize: 10,
      maxRetryAttempts: 0,
      checkpoints,
      onError: () => undefined,
      onDiscard: async (batch) => {
        parkAttempts += 1;
        if (parkAttempts === 1) throw new Error('failures queue unreachable');
        parked.push(...batch.records.map(keyOf));
      },
      handler: async () => {
        throw new Error('always');
      },
    });

    // Act
    await put(tableName, 'poison', 'x');
    await poller.idle();
    await poller.stop();

    // Assess
    expect(parkAttempts).toBe(2);
    expect(parked).toEqual(['poison']);
    expect([...(await checkpoints.load()).values()]).toHaveLength(1);
  });
});
