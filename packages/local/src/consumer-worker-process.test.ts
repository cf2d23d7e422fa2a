import { BatchWriteItemCommand, type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from './aws/dynamodb-local.ts';
import { type SqsEmulator, startSqsEmulator } from './aws/fauxqs.ts';
import { localClients } from './aws/local-clients.ts';
import { createQueue, createQueues, createTables } from './aws/provision.ts';
import { createCheckpointTable } from './aws/stream-checkpoints.ts';
import { startConsumerWorker } from './consumer-worker-process.ts';
import type { ConsumerPlan } from './consumers.ts';

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function counts(tableName: string): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  let start: Record<string, never> | undefined;
  do {
    const out = await dynamodb.send(
      new ScanCommand({
        TableName: tableName,
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of out.Items ?? []) found.set(item.pk?.S ?? '', Number(item.handled?.N ?? 0));
    start = out.LastEvaluatedKey as typeof start;
  } while (start);
  return found;
}

describe('Function: startConsumerWorker', () => {
  it('loses nothing when its worker is SIGKILLed again and again: queue and stream, 1,000 records each', async () => {
    // Prepare: a queue consumer and a stream consumer, both counting what they handle, in a worker.
    const total = 1_000;
    const tables = await createTables(dynamodb, 'killcity', {
      source: { partitionKey: { name: 'pk', type: 'S' }, stream: true, accessPatterns: [] },
      counts: { partitionKey: { name: 'pk', type: 'S' }, accessPatterns: [] },
    });
    const queues = await createQueues(
      sqs,
      'killcity',
      { jobs: { maxReceiveCount: 50, description: 'x' } },
      () => 2,
    );
    const failures = await createQueue(sqs, 'killcity-svc-project-dlq', {});
    await createCheckpointTable(dynamodb, 'killcity-local-stream-checkpoints');
    Object.assign(process.env, {
      COUNTING_ENDPOINT: ddb.endpoint,
      COUNTING_TABLE: tables.counts?.tableName,
      AWS_REGION: region,
    });
    const entry = new URL('./fixtures/counting-handler.ts', import.meta.url).pathname;
    const plan: ConsumerPlan = {
      region,
      dynamoEndpoint: ddb.endpoint,
      sqsEndpoint: emulator.endpoint,
      checkpointTable: 'killcity-local-stream-checkpoints',
      consumers: [
        {
          id: 'svc-jobs',
          entry,
          timeoutSeconds: 10,
          source: {
            kind: 'queue',
            queueUrl: queues.jobs?.url ?? '',
            queueArn: queues.jobs?.arn ?? '',
            batchSize: 10,
            visibilityTimeoutSeconds: 2,
            concurrency: 2,
          },
        },
        {
          id: 'svc-project',
          entry,
          timeoutSeconds: 10,
          source: {
            kind: 'stream',
            streamArn: tables.source?.streamArn ?? '',
            batchSize: 100,
            failuresQueueUrl: failures.url,
          },
        },
      ],
    };
    const worker = await startConsumerWorker(plan);

    // Act: write and send while the worker is killed at random moments and started again.
    const producing = (async () => {
      for (let i = 0; i < total; i += 25) {
        const ids = Array.from({ length: 25 }, (_, j) => `r${i + j}`);
        await dynamodb.send(
          new BatchWriteItemCommand({
            RequestItems: {
              [tables.source?.tableName ?? '']: ids.map((pk) => ({
                PutRequest: { Item: { pk: { S: pk } } },
              })),
            },
          }),
        );
        for (let k = 0; k < ids.length; k += 10) {
          await sqs.send(
            new SendMessageBatchCommand({
              QueueUrl: queues.jobs?.url,
              Entries: ids.slice(k, k + 10).map((body, n) => ({ Id: String(n), MessageBody: body })),
            }),
          );
        }
      }
    })();
    const kills: number[] = [];
    for (let k = 0; k < 5; k++) {
      await sleep(300 + Math.random() * 700);
      kills.push(worker.pid ?? 0);
      await worker.kill();
      await worker.start();
    }
    await producing;
    const countsTable = tables.counts?.tableName ?? '';
    const deadline = Date.now() + 60_000;
    let seen = await counts(countsTable);
    while (seen.size < 2 * total && Date.now() < deadline) {
      await sleep(500);
      seen = await counts(countsTable);
    }
    await worker.idle();
    seen = await counts(countsTable);
    await worker.stop();

    // Assess
    const missing = (kind: string) =>
      Array.from({ length: total }, (_, i) => `${kind}#r${i}`).filter((key) => !seen.has(key));
    const twice = (kind: string) =>
      [...seen]
        .filter(([key, n]) => key.startsWith(`${kind}#`) && n > 1)
        .reduce((sum, [, n]) => sum + n - 1, 0);
    console.log(
      `worker kills: ${kills.length} (pids ${kills.join(', ')}); lost queue ${missing('queue').length} stream ${missing('stream').length}; handled again queue ${twice('queue')} stream ${twice('stream')}`,
    );
    expect(new Set(kills).size).toBe(5);
    expect(worker.starts).toBe(6);
    expect(missing('queue')).toEqual([]);
    expect(missing('stream')).toEqual([]);
    // A kill repeats at most what was in hand: per kill, one stream batch and each queue poller's batch.
    expect(twice('stream')).toBeLessThanOrEqual(kills.length * 100);
    expect(twice('queue')).toBeLessThanOrEqual(kills.length * 2 * 10);
  }, 180_000);
});
