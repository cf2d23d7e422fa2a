import { ReceiveMessageCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createQueues, startQueuePoller, startSqsEmulator } from '@sme/local';
import { sqsConsumer } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';

let emulator: Awaited<ReturnType<typeof startSqsEmulator>>;
let sqs: SQSClient;
beforeAll(async () => {
  emulator = await startSqsEmulator({ port: 0, region: 'cn-north-1' });
  sqs = new SQSClient({
    endpoint: emulator.endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
});
afterAll(async () => {
  sqs?.destroy();
  await emulator?.stop();
});

describe('Function: sqsConsumer over a real queue (fauxqs) and the local poller', () => {
  it('redelivers only the record that failed, and moves a poison record to the DLQ after maxReceiveCount', async () => {
    // Prepare: a queue with maxReceiveCount 3; "flaky" fails once, "poison" always, "bad" is not valid for the schema.
    const queues = await createQueues(
      sqs,
      'test',
      { work: { maxReceiveCount: 3, description: 'test' } },
      () => 30,
    );
    const work = queues.work;
    if (!work) throw new Error('queue not created');
    const deliveries = new Map<string, number>();
    const handled: string[] = [];
    const handler = sqsConsumer(z.object({ id: z.string() }), async (message) => {
      const n = (deliveries.get(message.id) ?? 0) + 1;
      deliveries.set(message.id, n);
      if (message.id === 'poison' || (message.id === 'flaky' && n === 1))
        throw new Error(`fail ${message.id}`);
      handled.push(message.id);
    });
    const ids = ['a', 'b', 'flaky', 'c', 'poison'];
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: work.url,
        Entries: [
          ...ids.map((id, i) => ({ Id: String(i), MessageBody: JSON.stringify({ id }) })),
          { Id: 'bad', MessageBody: '{"nope":1}' },
        ],
      }),
    );
    // Act
    const poller = startQueuePoller({
      sqs,
      queueUrl: work.url,
      queueArn: work.arn,
      batchSize: 10,
      visibilityTimeoutSeconds: 30,
      handler,
      onError: () => undefined,
    });
    await poller.idle({ timeoutMs: 20_000 });
    await poller.stop();
    // Assess
    expect(Object.fromEntries(deliveries)).toEqual({ a: 1, b: 1, c: 1, flaky: 2, poison: 3 });
    expect(handled.sort()).toEqual(['a', 'b', 'c', 'flaky']);
    const dlq = await sqs.send(new ReceiveMessageCommand({ QueueUrl: work.dlqUrl, MaxNumberOfMessages: 10 }));
    expect((dlq.Messages ?? []).map((m) => m.Body).sort()).toEqual(['{"id":"poison"}', '{"nope":1}']);
  });
});
