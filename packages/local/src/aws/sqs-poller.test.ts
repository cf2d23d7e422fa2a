import { createHash } from 'node:crypto';
import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { ValidationError } from '@sme/kernel';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SqsEmulator, startSqsEmulator } from './fauxqs.ts';
import { localClients } from './local-clients.ts';
import { createQueues, type ProvisionedQueue } from './provision.ts';
import { startQueuePoller } from './sqs-poller.ts';

const region = 'us-east-1';
let emulator: SqsEmulator;
let sqs: SQSClient;
let queueCount = 0;

beforeAll(async () => {
  emulator = await startSqsEmulator({ port: 0 });
  sqs = localClients.sqs(emulator.endpoint, region);
});

afterAll(async () => {
  sqs.destroy();
  await emulator.stop();
});

/** A fresh queue per test, with the redrive policy the stack uses (maxReceiveCount 3). */
async function freshQueue(): Promise<ProvisionedQueue> {
  queueCount += 1;
  const logical = `jobs-${queueCount}`;
  const queues = await createQueues(
    sqs,
    'testcity',
    { [logical]: { maxReceiveCount: 3, description: 'test queue' } },
    () => 30,
  );
  const queue = queues[logical];
  if (!queue) throw new Error('queue not created');
  return queue;
}

async function sendBodies(queueUrl: string, bodies: string[]): Promise<void> {
  await sqs.send(
    new SendMessageBatchCommand({
      QueueUrl: queueUrl,
      Entries: bodies.map((body, i) => ({ Id: String(i), MessageBody: body })),
    }),
  );
}

async function drain(queueUrl: string): Promise<string[]> {
  const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }));
  return (out.Messages ?? []).map((message) => message.Body ?? '');
}

function countBy(records: SQSRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) counts[record.body] = (counts[record.body] ?? 0) + 1;
  return counts;
}

describe('Function: startQueuePoller', () => {
  it('redelivers only the record listed in batchItemFailures and deletes the other four', async () => {
    // Prepare
    const queue = await freshQueue();
    await sendBodies(queue.url, ['m1', 'm2', 'm3', 'm4', 'm5']);
    const events: SQSEvent[] = [];
    const poller = startQueuePoller({
      sqs,
      queueUrl: queue.url,
      batchSize: 10,
      visibilityTimeoutSeconds: 30,
      handler: async (event: SQSEvent) => {
        events.push(event);
        const m3 = event.Records.find((record) => record.body === 'm3');
        // Fails m3 on its first delivery only, as a transient error would.
        return { batchItemFailures: m3 && events.length === 1 ? [{ itemIdentifier: m3.messageId }] : [] };
      },
    });

    // Act
    await poller.idle();
    await poller.stop();

    // Assess
    const delivered = events.flatMap((event) => event.Records);
    expect(events[0]?.Records).toHaveLength(5);
    expect(countBy(delivered)).toEqual({ m1: 1, m2: 1, m3: 2, m4: 1, m5: 1 });
    const redelivery = delivered.filter((record) => record.body === 'm3');
    expect(redelivery.map((record) => record.attributes.ApproximateReceiveCount)).toEqual(['1', '2']);
    expect(redelivery[0]?.messageId).toBe(redelivery[1]?.messageId);
    expect(await drain(queue.dlqUrl)).toEqual([]);
  });

  it('moves a poison record to the DLQ after maxReceiveCount (3) deliveries and nothing else', async () => {
    // Prepare
    const queue = await freshQueue();
    await sendBodies(queue.url, ['poison', 'fine-1', 'fine-2']);
    const delivered: SQSRecord[] = [];
    const poller = startQueuePoller({
      sqs,
      queueUrl: queue.url,
      batchSize: 10,
      visibilityTimeoutSeconds: 30,
      handler: async (event: SQSEvent) => {
        delivered.push(...event.Records);
        return {
          batchItemFailures: event.Records.filter((record) => record.body === 'poison').map((record) => ({
            itemIdentifier: record.messageId,
          })),
        };
      },
    });

    // Act
    await poller.idle();
    await poller.stop();

    // Assess
    expect(countBy(delivered)).toEqual({ poison: 3, 'fine-1': 1, 'fine-2': 1 });
    expect(await drain(queue.dlqUrl)).toEqual(['poison']);
    expect(await drain(queue.url)).toEqual([]);
  });

  it('keeps the whole batch when the handler throws, and delivers it again', async () => {
    // Prepare
    const queue = await freshQueue();
    await sendBodies(queue.url, ['a', 'b']);
    const delivered: SQSRecord[] = [];
    const errors: unknown[] = [];
    let calls = 0;
    const poller = startQueuePoller({
      sqs,
      queueUrl: queue.url,
      batchSize: 10,
      visibilityTimeoutSeconds: 30,
      onError: (error) => errors.push(error),
      handler: async (event: SQSEvent) => {
        calls += 1;
        delivered.push(...event.Records);
        if (calls === 1) throw new Error('database unavailable');
      },
    });

    // Act
    await poller.idle();
    await poller.stop();

    // Assess
    expect(countBy(delivered)).toEqual({ a: 2, b: 2 });
    expect(errors.map((error) => (error as Error).message)).toEqual(['database unavailable']);
  });

  it('fails the whole batch when an itemIdentifier is not in the batch, as Lambda does', async () => {
    // Prepare
    const queue = await freshQueue();
    await sendBodies(queue.url, ['x', 'y']);
    const delivered: SQSRecord[] = [];
    const poller = startQueuePoller({
      sqs,
      queueUrl: queue.url,
      batchSize: 10,
      visibilityTimeoutSeconds: 30,
      handler: async (event: SQSEvent) => {
        delivered.push(...event.Records);
        return { batchItemFailures: delivered.length === 2 ? [{ itemIdentifier: 'not-a-message-id' }] : [] };
      },
    });

    // Act
    await poller.idle();
    await poller.stop();

    // Assess
    expect(countBy(delivered)).toEqual({ x: 2, y: 2 });
  });

  it('builds records shaped like the SQS event source mapping event', async () => {
    // Prepare
    const queue = await freshQueue();
    const body = JSON.stringify({ type: 'EnterpriseRegistered', version: 1 });
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: queue.url,
        MessageBody: body,
        MessageAttributes: { contract: { DataType: 'String', StringValue: 'registry.v1' } },
      }),
    );
    const records: SQSRecord[] = [];
    const remaining: number[] = [];
    const poller = startQueuePoller({
      sqs,
      queueUrl: queue.url,
      batchSize: 1,
      visibilityTimeoutSeconds: 60,
      functionName: 'registry-import',
      handler: async (event: SQSEvent, context) => {
        records.push(...event.Records);
        remaining.push(context.getRemainingTimeInMillis());
        expect(context.functionName).toBe('registry-import');
      },
    });

    // Act
    await poller.idle();
    await poller.stop();

    // Assess
    const record = records[0];
    expect(records).toHaveLength(1);
    expect(record).toMatchObject({
      body,
      eventSource: 'aws:sqs',
      eventSourceARN: queue.arn,
      awsRegion: region,
      md5OfBody: createHash('md5').update(body).digest('hex'),
      messageAttributes: {
        contract: { dataType: 'String', stringValue: 'registry.v1', stringListValues: [] },
      },
      attributes: { ApproximateReceiveCount: '1' },
    });
    expect(Number(record?.attributes.SentTimestamp)).toBeGreaterThan(0);
    // Visibility 60 s with no explicit timeout → the function's timeout is 60 / 6 = 10 s.
    expect(remaining[0]).toBeGreaterThan(9_000);
    expect(remaining[0]).toBeLessThanOrEqual(10_000);
  });

  it('stops within about one long poll', async () => {
    // Prepare
    const queue = await freshQueue();
    const poller = startQueuePoller({
      sqs,
      queueUrl: queue.url,
      batchSize: 10,
      visibilityTimeoutSeconds: 30,
      handler: async () => undefined,
    });
    const started = Date.now();

    // Act
    await poller.stop();

    // Assess
    expect(Date.now() - started).toBeLessThan(1_500);
    const attributes = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: queue.url, AttributeNames: ['ApproximateNumberOfMessages'] }),
    );
    expect(attributes.Attributes?.ApproximateNumberOfMessages).toBe('0');
  });

  it('rejects a batch size outside 1..10000 naming the field', () => {
    // Act
    const start = () =>
      startQueuePoller({
        sqs,
        queueUrl: 'http://127.0.0.1:1/000000000000/none',
        batchSize: 0,
        visibilityTimeoutSeconds: 30,
        handler: async () => undefined,
      });

    // Assess
    expect(start).toThrow(ValidationError);
    expect(start).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'batchSize' })] }),
    );
  });
});
