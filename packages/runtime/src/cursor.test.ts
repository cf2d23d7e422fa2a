import { DomainError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { decodeCursor, decodePartitionCursor, encodeCursor, encodePartitionCursor } from './cursor.ts';

const key = { pk: 'BANK#bank-gs', sk: '2026-12-04T02:00:00.000Z#p01' };
const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The field a refused cursor names, or what was thrown instead. */
function refusal(decode: () => unknown): string {
  try {
    decode();
    return 'accepted';
  } catch (error) {
    return error instanceof DomainError && error.type === 'invalid-request'
      ? (error.issues[0]?.path ?? '?')
      : String(error);
  }
}

describe('Function: encodeCursor / decodeCursor', () => {
  it('gives back the key for the same filter, nothing without a cursor, and no cursor after the last page', () => {
    expect(decodeCursor('gs|PUSHED', encodeCursor('gs|PUSHED', key))).toEqual(key);
    expect(decodeCursor('gs|PUSHED', undefined)).toBeUndefined();
    expect(encodeCursor('gs|PUSHED', undefined)).toBeUndefined();
  });

  it('refuses, naming query.cursor, a cursor of another filter and any forged shape', () => {
    const cursors = [
      encodeCursor('gs|CONTACTED', key),
      'not base64 json %%',
      forged(null),
      forged(42),
      forged({ f: 'gs|PUSHED', k: ['pk'] }),
      forged({ f: 'gs|PUSHED', k: 'BANK#x' }),
      forged({ f: 'gs|PUSHED' }),
    ];
    expect(cursors.map((c) => refusal(() => decodeCursor('gs|PUSHED', c)))).toEqual(
      cursors.map(() => 'query.cursor'),
    );
  });
});

describe('Function: encodePartitionCursor / decodePartitionCursor', () => {
  it('carries the partition and its start key for the same filter; no cursor starts at partition 0', () => {
    const cursor = encodePartitionCursor('township=999101002', { partition: 2, key });
    expect(decodePartitionCursor('township=999101002', cursor, 3)).toEqual({ partition: 2, key });
    expect(
      decodePartitionCursor(
        'township=999101002',
        encodePartitionCursor('township=999101002', { partition: 1 }),
        3,
      ),
    ).toEqual({ partition: 1 });
    expect(decodePartitionCursor('township=999101002', undefined, 3)).toEqual({ partition: 0 });
  });

  it('refuses another filter, a partition outside the list (3 partitions: 0–2) and forged shapes', () => {
    const filter = 'township=999101002';
    const cursors = [
      encodePartitionCursor('township=999101003', { partition: 0 }),
      encodePartitionCursor(filter, { partition: 3 }),
      forged({ f: filter, p: -1 }),
      forged({ f: filter, p: 1.5 }),
      forged({ f: filter, p: '1' }),
      forged({ f: filter, p: 0, k: [1] }),
      forged(null),
      '%ZZ',
    ];
    expect(cursors.map((c) => refusal(() => decodePartitionCursor(filter, c, 3)))).toEqual(
      cursors.map(() => 'query.cursor'),
    );
  });
});
