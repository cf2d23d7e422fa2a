import { DomainError } from '@sme/kernel';
import type { GapIndex } from './ports.ts';

export interface GapPage<T> {
  items: T[];
  nextCursor?: string;
}

interface Cursor {
  /** The filter the cursor was issued for. */
  f: string;
  /** Index of the partition to continue in. */
  p: number;
  /** Where that partition's next page starts. */
  k?: Record<string, unknown>;
}

const invalidCursor = () =>
  new DomainError('invalid-request', 'Invalid cursor', [
    { path: 'query.cursor', message: 'not a cursor this list returned for the same filter' },
  ]);

function decode(cursor: string, filter: string, partitions: number): Cursor {
  let parsed: Cursor;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
  } catch {
    throw invalidCursor();
  }
  const { f, p, k } = parsed;
  if (f !== filter || !Number.isInteger(p) || p < 0 || p >= partitions) throw invalidCursor();
  if (k !== undefined && (typeof k !== 'object' || k === null)) throw invalidCursor();
  return parsed;
}

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

/**
 * A page of a gap list across partitions (the city's townships or banks, in config order): each
 * partition is one sparse-index Query, continued until the page is full. The cursor names the
 * filter, so a cursor cannot be replayed against another filter.
 */
export async function walkGapIndex<T>(
  index: GapIndex<T>,
  partitions: readonly string[],
  filter: string,
  limit: number,
  cursor: string | undefined,
): Promise<GapPage<T>> {
  if (partitions.length === 0) return { items: [] };
  let at: Cursor = cursor ? decode(cursor, filter, partitions.length) : { f: filter, p: 0 };
  const items: T[] = [];
  for (;;) {
    const partition = partitions[at.p];
    if (partition === undefined) return { items };
    const page = await index.page(partition, limit - items.length, at.k);
    items.push(...page.items);
    const next: Cursor | undefined = page.lastKey
      ? { f: filter, p: at.p, k: page.lastKey }
      : at.p + 1 < partitions.length
        ? { f: filter, p: at.p + 1 }
        : undefined;
    if (!next) return { items };
    if (items.length >= limit) return { items, nextCursor: encode(next) };
    at = next;
  }
}

/** The size of a gap list in each partition, in partition order. */
export async function countGaps<T>(
  index: GapIndex<T>,
  partitions: readonly string[],
): Promise<{ key: string; count: number }[]> {
  return Promise.all(partitions.map(async (key) => ({ key, count: await index.count(key) })));
}
