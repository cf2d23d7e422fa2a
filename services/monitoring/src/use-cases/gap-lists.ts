import { decodePartitionCursor, encodePartitionCursor, type PartitionPosition } from '@sme/runtime';
import type { GapIndex } from './ports.ts';

export interface GapPage<T> {
  items: T[];
  nextCursor?: string;
}

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
  let at = decodePartitionCursor(filter, cursor, partitions.length);
  const items: T[] = [];
  for (;;) {
    const partition = partitions[at.partition];
    if (partition === undefined) return { items };
    const page = await index.page(partition, limit - items.length, at.key);
    items.push(...page.items);
    const next: PartitionPosition | undefined = page.lastKey
      ? { partition: at.partition, key: page.lastKey }
      : at.partition + 1 < partitions.length
        ? { partition: at.partition + 1 }
        : undefined;
    if (!next) return { items };
    if (items.length >= limit) return { items, nextCursor: encodePartitionCursor(filter, next) };
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
