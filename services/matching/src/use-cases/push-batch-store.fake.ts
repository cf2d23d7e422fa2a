import type { Actor } from '../domain/declaration.ts';
import type {
  ChunkTally,
  CommitResult,
  ConfirmFacts,
  ConfirmingBatch,
  PushBatch,
  StoredChunk,
} from '../domain/push-batch.ts';
import type { BatchChunk, BatchEntry } from '../domain/push-batch-plan.ts';
import type { ConfirmChunkQueue, PushBatchStore } from './ports.ts';

/**
 * Test doubles of the confirm's ports with the adapters' rules: the confirm facts are fixed once, a
 * chunk commits once, a chunk is counted once (conditional update), CONFIRMED only when all are counted.
 */

export const coordinator: Actor = { clientId: 'c-office', orgId: 'ls-office' };
export const t0 = new Date('2026-12-04T02:00:00Z');

export function entry(declarationId: string, bankIds: string[]): BatchEntry {
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
export const twoChunks = (): BatchChunk[] => [
  { index: 0, entries: [entry('d1', ['bank-gs', 'bank-nh']), entry('d2', ['bank-city'])], writes: 5 },
  { index: 1, entries: [entry('d3', ['bank-gs']), entry('d4', [])], writes: 2 },
];

export type Twist = 'error' | { skipped: string[] } | 'taken';

export class FakeBatchStore implements PushBatchStore {
  batch: PushBatch;
  stored: StoredChunk[];
  commits: number[] = [];
  counts: number[] = [];
  /** Chunk index → what goes wrong on its next commit. */
  failNext = new Map<number, Twist>();
  /** The next finish fails (the process dies after the last count). */
  failNextFinish = false;

  constructor(chunks: BatchChunk[] = twoChunks()) {
    this.stored = chunks.map((c) => ({ ...c, done: false, skipped: [] }));
    this.batch = {
      batchId: 'pb-20261204-00000001',
      state: 'DRAFT',
      version: 1,
      chunkCount: chunks.length,
      summary: { pushes: chunks.flatMap((c) => c.entries).reduce((n, e) => n + e.assignedBanks.length, 0) },
      createdAt: t0.toISOString(),
      createdBy: coordinator,
    } as PushBatch;
  }

  async get() {
    return structuredClone(this.batch);
  }
  async chunks() {
    return structuredClone(this.stored);
  }
  async chunk(_batchId: string, index: number) {
    return structuredClone(this.stored[index]);
  }
  async startConfirm(_batchId: string, confirm: ConfirmFacts) {
    if (this.batch.state === 'DRAFT') {
      this.batch = {
        ...this.batch,
        state: 'CONFIRMING',
        confirm,
        progress: {
          chunksDone: 0,
          pushesDone: 0,
          pushesDropped: 0,
          countedChunks: [],
          droppedDeclarationIds: [],
        },
      };
    }
    return structuredClone(this.batch);
  }
  async claimQueueing(_batchId: string, lease: NonNullable<ConfirmFacts['queueLease']>, now: string) {
    const confirm = this.batch.confirm;
    if (this.batch.state !== 'CONFIRMING' || !confirm || confirm.queuedAt) return undefined;
    if (confirm.queueLease && confirm.queueLease.until >= now) return undefined;
    this.batch = { ...this.batch, confirm: { ...confirm, queueLease: lease } };
    return structuredClone(this.batch);
  }
  async markQueued(_batchId: string, at: string) {
    const { queueLease: _lease, ...confirm } = this.batch.confirm as ConfirmFacts;
    this.batch = { ...this.batch, confirm: { ...confirm, queuedAt: at } };
    return structuredClone(this.batch);
  }
  async commitChunk(_batch: ConfirmingBatch, chunk: BatchChunk): Promise<CommitResult> {
    const twist = this.failNext.get(chunk.index);
    this.failNext.delete(chunk.index);
    if (twist === 'error') throw new Error('TransactionCanceled: throttled');
    const stored = this.stored[chunk.index] as StoredChunk;
    if (stored.done) return { committed: false };
    if (twist === 'taken') {
      // A concurrent delivery of the same chunk committed it first and found d1 changed.
      this.stored[chunk.index] = { ...stored, done: true, skipped: ['d1'] };
      return { committed: false };
    }
    this.commits.push(chunk.index);
    const skipped = twist?.skipped ?? [];
    this.stored[chunk.index] = { ...stored, done: true, skipped };
    return { committed: true, skipped };
  }
  async countChunk(_batchId: string, index: number, tally: ChunkTally) {
    const p = this.batch.progress;
    if (this.batch.state === 'CONFIRMED' || p?.countedChunks.includes(index))
      return structuredClone(this.batch);
    if (this.batch.state !== 'CONFIRMING' || !p) throw new Error(`not CONFIRMING: ${this.batch.state}`);
    this.counts.push(index);
    this.batch = {
      ...this.batch,
      progress: {
        chunksDone: p.chunksDone + 1,
        pushesDone: p.pushesDone + tally.pushes,
        pushesDropped: p.pushesDropped + tally.pushesDropped,
        countedChunks: [...p.countedChunks, index].sort((a, b) => a - b),
        droppedDeclarationIds: [...p.droppedDeclarationIds, ...tally.droppedDeclarationIds].sort(),
      },
    };
    return structuredClone(this.batch);
  }
  async finish(_batchId: string, confirmedAt: string, outcome: NonNullable<PushBatch['outcome']>) {
    if (this.batch.state === 'CONFIRMED') return structuredClone(this.batch);
    if (this.failNextFinish) {
      this.failNextFinish = false;
      throw new Error('the process died before the finish');
    }
    if (
      this.batch.state !== 'CONFIRMING' ||
      (this.batch.progress?.chunksDone ?? 0) !== this.batch.chunkCount
    ) {
      throw new Error('not every chunk is counted');
    }
    this.batch = { ...this.batch, state: 'CONFIRMED', confirmedAt, outcome };
    return structuredClone(this.batch);
  }
}

/** The confirm queue as a list of what was sent; `failNext` makes the next send die part-way. */
export class FakeConfirmQueue implements ConfirmChunkQueue {
  sent: { batchId: string; chunk: number }[] = [];
  failNext = false;
  async send(batchId: string, chunkIndexes: readonly number[]) {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('the request died while queueing');
    }
    this.sent.push(...chunkIndexes.map((chunk) => ({ batchId, chunk })));
  }
}
