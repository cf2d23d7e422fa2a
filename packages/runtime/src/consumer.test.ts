import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { streamConsumer } from './consumer.ts';

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
