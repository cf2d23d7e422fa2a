import { DomainError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { countGaps, walkGapIndex } from './gap-lists.ts';
import type { GapIndex } from './ports.ts';

/** An in-memory sparse index: partition → items in key order; the start key is an offset. */
function memoryIndex(data: Record<string, string[]>): GapIndex<string> & { queries: number } {
  const index = {
    queries: 0,
    async page(partition: string, limit: number, startKey?: Record<string, unknown>) {
      index.queries += 1;
      const all = data[partition] ?? [];
      const from = typeof startKey?.at === 'number' ? startKey.at : 0;
      const items = all.slice(from, from + limit);
      // Like DynamoDB, a full page has a last key even when nothing follows.
      return { items, ...(items.length === limit ? { lastKey: { at: from + limit } } : {}) };
    },
    async count(partition: string) {
      return (data[partition] ?? []).length;
    },
  };
  return index;
}

const data = { t1: ['a', 'b', 'c'], t2: [], t3: ['d', 'e'] };

async function walkAll(index: GapIndex<string>, limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await walkGapIndex(index, ['t1', 't2', 't3'], 'township:*', limit, cursor);
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

describe('Function: walkGapIndex', () => {
  it('fills pages across partitions in order, skipping empty ones', async () => {
    // Act
    const pages = await walkAll(memoryIndex(data), 2);

    // Assess
    expect(pages).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('returns one page and no cursor when everything fits', async () => {
    // Act
    const page = await walkGapIndex(memoryIndex(data), ['t1', 't2', 't3'], 'township:*', 50, undefined);

    // Assess
    expect(page).toEqual({ items: ['a', 'b', 'c', 'd', 'e'] });
  });

  it('refuses a cursor issued for another filter, naming the field', async () => {
    // Prepare
    const first = await walkGapIndex(memoryIndex(data), ['t1'], 'township:t1', 1, undefined);

    // Act
    const reuse = walkGapIndex(memoryIndex(data), ['t1', 't2', 't3'], 'township:*', 1, first.nextCursor);

    // Assess
    await expect(reuse).rejects.toBeInstanceOf(DomainError);
    await expect(reuse).rejects.toMatchObject({
      type: 'invalid-request',
      issues: [{ path: 'query.cursor' }],
    });
  });

  it('refuses a cursor that is not one', async () => {
    await expect(
      walkGapIndex(memoryIndex(data), ['t1'], 'township:t1', 1, 'not-a-cursor'),
    ).rejects.toMatchObject({
      type: 'invalid-request',
    });
  });
});

describe('Function: countGaps', () => {
  it('counts each partition', async () => {
    expect(await countGaps(memoryIndex(data), ['t1', 't2', 't3'])).toEqual([
      { key: 't1', count: 3 },
      { key: 't2', count: 0 },
      { key: 't3', count: 2 },
    ]);
  });
});
