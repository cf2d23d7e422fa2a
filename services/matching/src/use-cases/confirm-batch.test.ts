import { NotFoundError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../domain/declaration.ts';
import type { CommitResult, PushBatch, StoredChunk } from '../domain/push-batch.ts';
import type { BatchChunk, BatchEntry } from '../domain/push-batch-plan.ts';
import { confirmBatch } from './confirm-batch.ts';
import type { PushBatchStore } from './ports.ts';

/** confirmBatch on an in-memory batch store: resumable, each push written and announced once. */

const coordinator: Actor = { clientId: 'c-office', orgId: 'ls-office' };
const t0 = new Date('2026-12-04T02:00:00Z');
const t1 = new Date('2026-12-05T03:00:00Z'); // the retry, the next day

function entry(declarationId: string, bankIds: string[]): BatchEntry {
  return {
    declarationId,
    uscc: `9133010000000${declarationId}`,
    assignedBanks: bankIds.map((bankId, i) => ({
      bankId,
      rank: i + 1,
      pushId: `p-${declarationId}-${bankId}`,
    })),
  } as unknown as BatchEntry;
}

/** Chunk 0: d1 → two banks, d2 → one; chunk 1: d3 → one bank, d4 unassigned. */
const chunks: BatchChunk[] = [
  { index: 0, entries: [entry('d1', ['bank-gs', 'bank-nh']), entry('d2', ['bank-city'])], writes: 5 },
  { index: 1, entries: [entry('d3', ['bank-gs']), entry('d4', [])], writes: 2 },
];

/** The store with the adapter's rules: the confirm facts are fixed once, a chunk commits once. */
class FakeBatchStore implements PushBatchStore {
  batch: PushBatch = {
    batchId: 'pb-20261204-00000001',
    state: 'DRAFT',
    version: 1,
    chunkCount: chunks.length,
    createdAt: t0.toISOString(),
    createdBy: coordinator,
  } as PushBatch;
  stored: StoredChunk[] = chunks.map((c) => ({ ...c, done: false, skipped: [] }));
  commits: number[] = [];
  /** Chunk index → what goes wrong on its next commit. */
  failNext = new Map<number, 'error' | { skipped: string[] } | 'taken'>();

  async get() {
    return structuredClone(this.batch);
  }
  async chunks() {
    return structuredClone(this.stored);
  }
  async chunk(_batchId: string, index: number) {
    return structuredClone(this.stored[index]);
  }
  async startConfirm(_batchId: string, confirm: NonNullable<PushBatch['confirm']>) {
    this.batch = { ...this.batch, state: 'CONFIRMING', confirm: this.batch.confirm ?? confirm };
    return structuredClone(this.batch);
  }
  async commitChunk(_batch: PushBatch, chunk: BatchChunk): Promise<CommitResult> {
    const twist = this.failNext.get(chunk.index);
    this.failNext.delete(chunk.index);
    if (twist === 'error') throw new Error('TransactionCanceled: throttled');
    const stored = this.stored[chunk.index] as StoredChunk;
    if (twist === 'taken') {
      // Another confirm committed it first and decided d1 had changed.
      this.stored[chunk.index] = { ...stored, done: true, skipped: ['d1'] };
      return { committed: false };
    }
    this.commits.push(chunk.index);
    const skipped = twist?.skipped ?? [];
    this.stored[chunk.index] = { ...stored, done: true, skipped };
    return { committed: true, skipped };
  }
  async finish(_batchId: string, confirmedAt: string, outcome: NonNullable<PushBatch['outcome']>) {
    this.batch = { ...this.batch, state: 'CONFIRMED', confirmedAt, outcome };
    return structuredClone(this.batch);
  }
}

function ports(store: FakeBatchStore) {
  const published: { eventId: string; type: string; [k: string]: unknown }[] = [];
  return {
    published,
    ports: {
      batches: store,
      publish: async (events: { eventId: string; type: string }[]) => {
        published.push(...events);
      },
      creditAccessDays: 90,
      concurrency: 1,
    },
  };
}

describe('Function: confirmBatch', () => {
  it('commits every chunk once and announces one EnterprisePushed per enterprise and bank, the push id as event id', async () => {
    // Prepare
    const store = new FakeBatchStore();
    const { published, ports: p } = ports(store);

    // Act
    const confirmed = await confirmBatch(store.batch.batchId, coordinator, t0, p);

    // Assess
    expect(store.commits).toEqual([0, 1]);
    expect(published.map((e) => e.eventId)).toEqual([
      'p-d1-bank-gs',
      'p-d1-bank-nh',
      'p-d2-bank-city',
      'p-d3-bank-gs',
    ]);
    expect(published[0]).toMatchObject({
      type: 'EnterprisePushed',
      pushId: 'p-d1-bank-gs',
      bankId: 'bank-gs',
      occurredAt: t0.toISOString(),
      creditAccessUntil: '2027-03-04', // 2026-12-04 (Shanghai) + 90 days
    });
    expect(confirmed.state).toBe('CONFIRMED');
    expect(confirmed.outcome).toEqual({ pushes: 4, droppedDeclarationIds: [] });
  });

  it('after a failure part-way, a retry commits only the chunks left and announces the same pushes with the first instant', async () => {
    // Prepare
    const store = new FakeBatchStore();
    store.failNext.set(1, 'error');
    const first = ports(store);
    const retry = ports(store);

    // Act
    await expect(confirmBatch(store.batch.batchId, coordinator, t0, first.ports)).rejects.toThrow(
      /throttled/,
    );
    const confirmed = await confirmBatch(store.batch.batchId, coordinator, t1, retry.ports);

    // Assess
    expect(first.published).toEqual([]);
    expect(store.commits).toEqual([0, 1]); // chunk 0 not written again
    expect(retry.published.map((e) => e.eventId)).toHaveLength(4);
    expect(new Set(retry.published.map((e) => e.occurredAt))).toEqual(new Set([t0.toISOString()]));
    expect(retry.published[0]?.creditAccessUntil).toBe('2027-03-04');
    expect(confirmed.confirmedAt).toBe(t1.toISOString());
    expect(confirmed.confirm?.by).toEqual(coordinator);
  });

  it('drops declarations that changed since the decision, and uses the stored decision of a chunk another confirm took', async () => {
    // Prepare
    const store = new FakeBatchStore();
    store.failNext.set(0, 'taken');
    store.failNext.set(1, { skipped: ['d3'] });
    const { published, ports: p } = ports(store);

    // Act
    const confirmed = await confirmBatch(store.batch.batchId, coordinator, t0, p);

    // Assess
    expect(published.map((e) => e.eventId)).toEqual(['p-d2-bank-city']);
    expect(confirmed.outcome).toEqual({ pushes: 1, droppedDeclarationIds: ['d1', 'd3'] });
  });

  it('answers a confirmed batch as it is, writing and announcing nothing; an unknown batch is not found', async () => {
    // Prepare
    const store = new FakeBatchStore();
    const once = ports(store);
    await confirmBatch(store.batch.batchId, coordinator, t0, once.ports);
    const again = ports(store);

    // Act
    const answered = await confirmBatch(store.batch.batchId, coordinator, t1, again.ports);
    const missing = new FakeBatchStore();
    missing.get = async () => undefined as unknown as PushBatch;

    // Assess
    expect(answered.confirmedAt).toBe(t0.toISOString());
    expect(again.published).toEqual([]);
    expect(store.commits).toEqual([0, 1]);
    await expect(confirmBatch('pb-x', coordinator, t0, ports(missing).ports)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
