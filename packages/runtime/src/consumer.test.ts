import type { Context, DynamoDBRecord, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { sqsConsumer, streamConsumer } from './consumer.ts';

const rec = (key: string, seq: string): DynamoDBRecord => ({
  eventID: seq,
  eventName: 'MODIFY',
  dynamodb: { Keys: { pk: { S: key } }, SequenceNumber: seq },
});

describe('Function: streamConsumer', () => {
  it('keeps stream order within an item, runs items side by side, and fails the rest of an item after its first failure', async () => {
    // Prepare: A1 fails; A2 must then not run; B1 and B2 run in order.
    const seen: string[] = [];
    const handler = streamConsumer(async (r) => {
      const seq = r.dynamodb?.SequenceNumber ?? '';
      seen.push(seq);
      if (seq === 'a1') throw new Error('boom');
    });
    // Act
    const result = await handler({
      Records: [rec('A', 'a1'), rec('B', 'b1'), rec('A', 'a2'), rec('B', 'b2')],
    });
    // Assess
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'a1' }, { itemIdentifier: 'a2' }]);
    expect(seen.filter((s) => s.startsWith('b'))).toEqual(['b1', 'b2']);
    expect(seen).not.toContain('a2');
  });

  it('reports no failures when every record succeeds', async () => {
    const handler = streamConsumer(async () => undefined);
    expect(await handler({ Records: [rec('A', '1'), rec('A', '2')] })).toEqual({ batchItemFailures: [] });
  });
});

describe('Function: sqsConsumer', () => {
  const sqsRecord = (messageId: string, body: unknown) =>
    ({
      messageId,
      receiptHandle: messageId,
      body: JSON.stringify(body),
      attributes: {},
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:cn-north-1:000000000000:q',
      awsRegion: 'cn-north-1',
    }) as unknown as SQSRecord;
  const context = { getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

  it('keeps the failures of concurrent invocations apart (the local stack runs them in one process)', async () => {
    // Prepare: invocation 1 fails m1 at once and finishes m2 late; invocation 2 starts in between.
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const handler = sqsConsumer(z.object({ fail: z.boolean(), ms: z.number() }), async (m) => {
      await sleep(m.ms);
      if (m.fail) throw new Error('boom');
    });

    // Act
    const [first, second] = await Promise.all([
      handler(
        { Records: [sqsRecord('m1', { fail: true, ms: 1 }), sqsRecord('m2', { fail: false, ms: 60 })] },
        context,
      ),
      sleep(20).then(() =>
        handler(
          { Records: [sqsRecord('m3', { fail: false, ms: 1 }), sqsRecord('m4', { fail: false, ms: 1 })] },
          context,
        ),
      ),
    ]);

    // Assess
    expect(first).toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
    expect(second).toEqual({ batchItemFailures: [] });
  });
});
