import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { physicalName } from '@sme/runtime';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from './aws/dynamodb-local.ts';
import { type SqsEmulator, startSqsEmulator } from './aws/fauxqs.ts';
import { localClients } from './aws/local-clients.ts';
import { createQueue, createTables } from './aws/provision.ts';
import { createCheckpointTable, dynamoDbCheckpointStore } from './aws/stream-checkpoints.ts';
import { type ConsumerPlan, startConsumers } from './consumers.ts';

const region = 'cn-north-1';
let ddb: DynamoDbLocal;
let emulator: SqsEmulator;
let dynamodb: DynamoDBClient;
let sqs: SQSClient;

beforeAll(async () => {
  [ddb, emulator] = await Promise.all([
    startDynamoDbLocal({ port: 0 }),
    startSqsEmulator({ port: 0, region }),
  ]);
  dynamodb = localClients.dynamodb(ddb.endpoint, region);
  sqs = localClients.sqs(emulator.endpoint, region);
});

afterAll(async () => {
  dynamodb?.destroy();
  sqs?.destroy();
  await Promise.all([ddb?.stop(), emulator?.stop()]);
});

describe('Function: startConsumers', () => {
  it('parks a stream batch that exhausts its retries on <city>-<function>-dlq, records included, and moves past it', async () => {
    // Prepare: a streamed table, its consumer's failures queue, and a handler that always fails.
    const tables = await createTables(dynamodb, 'testcity', {
      outbox: { partitionKey: { name: 'pk', type: 'S' }, stream: true, accessPatterns: ['by pk'] },
    });
    const streamArn = tables.outbox?.streamArn ?? '';
    const failures = await createQueue(sqs, physicalName.dlq('testcity', 'svc-project'), {});
    await createCheckpointTable(dynamodb, 'testcity-local-stream-checkpoints');
    const plan: ConsumerPlan = {
      region,
      dynamoEndpoint: ddb.endpoint,
      sqsEndpoint: emulator.endpoint,
      checkpointTable: 'testcity-local-stream-checkpoints',
      consumers: [
        {
          id: 'svc-project',
          entry: 'unused: handlers are given in-process',
          timeoutSeconds: 10,
          source: { kind: 'stream', streamArn, batchSize: 10, failuresQueueUrl: failures.url },
        },
      ],
    };
    let invocations = 0;
    const failing = await startConsumers(plan, () => async () => {
      invocations += 1;
      throw new Error('cannot project');
    });

    // Act
    await dynamodb.send(new PutItemCommand({ TableName: 'testcity-outbox', Item: { pk: { S: 'poison' } } }));
    await failing.idle();
    await failing.stop();
    const parked = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: failures.url, MaxNumberOfMessages: 10 }),
    );
    const checkpoints = await dynamoDbCheckpointStore({
      client: dynamodb,
      tableName: 'testcity-local-stream-checkpoints',
      functionName: 'svc-project',
      streamArn,
    }).load();
    // A healthy consumer started on the same checkpoints gets what came after, not the parked record.
    const seen: (string | undefined)[] = [];
    const healthy = await startConsumers(plan, () => async (event: unknown) => {
      seen.push(...(event as DynamoDBStreamEvent).Records.map((r) => r.dynamodb?.Keys?.pk?.S));
    });
    await dynamodb.send(new PutItemCommand({ TableName: 'testcity-outbox', Item: { pk: { S: 'next' } } }));
    await healthy.idle();
    await healthy.stop();

    // Assess: 1 invocation + 3 retries (Lambda's default here), then parked with its records.
    expect(invocations).toBe(4);
    expect(parked.Messages).toHaveLength(1);
    const message = JSON.parse(parked.Messages?.[0]?.Body ?? '{}');
    expect(message).toMatchObject({
      requestContext: {
        functionArn: 'svc-project',
        condition: 'RetryAttemptsExhausted',
        approximateInvokeCount: 4,
      },
      DDBStreamBatchInfo: { streamArn, batchSize: 1 },
    });
    expect(
      message.records.map((r: { dynamodb: { Keys: { pk: { S: string } } } }) => r.dynamodb.Keys.pk.S),
    ).toEqual(['poison']);
    expect([...checkpoints.values()].map((c) => c.sequenceNumber)).toEqual([
      message.DDBStreamBatchInfo.endSequenceNumber,
    ]);
    expect(seen).toEqual(['next']);
  });
});
