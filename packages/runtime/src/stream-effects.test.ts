import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { batchedStreamConsumer, collapseWrites, type StreamEffects } from './stream-effects.ts';

const rec = (key: string, seq: string): DynamoDBRecord => ({
  eventID: seq,
  eventName: 'MODIFY',
  dynamodb: { Keys: { pk: { S: key } }, SequenceNumber: seq },
});
const event = (id: string) => ({ eventId: id, type: 'Test' });

describe('Function: batchedStreamConsumer', () => {
  it('applies the effects of the whole batch once, in stream order, without the rest of a failed item', async () => {
    // Prepare: a1 cannot be derived, so a2 must not be applied; b1, b2 and c1 are.
    const applied: StreamEffects[][] = [];
    const handler = batchedStreamConsumer(
      (r) => {
        const seq = r.dynamodb?.SequenceNumber ?? '';
        if (seq === 'a1') throw new Error('bad image');
        return { events: [{ channel: 'ch', event: event(seq) }] };
      },
      async (effects) => {
        applied.push(effects);
      },
    );

    // Act
    const result = await handler({
      Records: [rec('A', 'a1'), rec('B', 'b1'), rec('A', 'a2'), rec('B', 'b2'), rec('C', 'c1')],
    });

    // Assess
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'a1' }, { itemIdentifier: 'a2' }]);
    expect(applied).toHaveLength(1);
    expect(applied[0]?.map((e) => e.events?.[0]?.event.eventId)).toEqual(['b1', 'b2', 'c1']);
  });

  it('reports every record of the batch when applying fails, so the shard resumes from its start', async () => {
    // Prepare
    const handler = batchedStreamConsumer(
      () => ({ audit: [] }),
      async () => {
        throw new Error('throttled');
      },
    );

    // Act
    const result = await handler({ Records: [rec('A', '1'), rec('B', '2'), rec('A', '3')] });

    // Assess
    expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['1', '2', '3']);
  });

  it('skips records without effects and reports no failures when all goes well', async () => {
    // Prepare
    let count = -1;
    const handler = batchedStreamConsumer(
      (r) => (r.dynamodb?.SequenceNumber === '2' ? undefined : { events: [] }),
      async (effects) => {
        count = effects.length;
      },
    );

    // Act
    const result = await handler({ Records: [rec('A', '1'), rec('A', '2'), rec('B', '3')] });

    // Assess
    expect(result).toEqual({ batchItemFailures: [] });
    expect(count).toBe(2);
  });
});

describe('Function: collapseWrites', () => {
  it('keeps the last write of each key per table, as applying them one by one would leave it', () => {
    // Prepare: tag x added by v1, removed by v2, added again by v3; tag y only added.
    const key = (tag: string) => ({ pk: `TAG#${tag}`, sk: 'ENT#1' });
    const effects: StreamEffects[] = [
      { writes: [{ table: 't', key: key('x'), item: { ...key('x'), v: 1 } }] },
      { writes: [{ table: 't', key: key('x') }] },
      {
        writes: [
          { table: 't', key: key('y'), item: { ...key('y'), v: 3 } },
          { table: 't', key: key('x'), item: { ...key('x'), v: 3 } },
        ],
      },
      { writes: [{ table: 'other', key: key('x') }] },
    ];

    // Act
    const collapsed = collapseWrites(effects);

    // Assess
    expect(collapsed.get('t')).toEqual([
      { PutRequest: { Item: { ...key('y'), v: 3 } } },
      { PutRequest: { Item: { ...key('x'), v: 3 } } },
    ]);
    expect(collapsed.get('other')).toEqual([{ DeleteRequest: { Key: key('x') } }]);
  });
});
