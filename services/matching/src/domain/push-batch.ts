import type { SkippedDeclaration } from './batch-candidates.ts';
import type { Actor } from './declaration.ts';
import type { BatchChunk, BatchSummary } from './push-batch-plan.ts';
import type { BankLoad } from './push-result.ts';

export type BatchState = 'DRAFT' | 'CONFIRMING' | 'CONFIRMED';

/** A push batch's header; its entries live in chunk items beside it. */
export interface PushBatch {
  batchId: string;
  state: BatchState;
  version: number;
  maxBanksPerEnterprise: number;
  summary: BatchSummary;
  banks: BankLoad[];
  /** Declarations asked for but left out, and why (the first 1,000; `skippedCount` counts all). */
  skipped: SkippedDeclaration[];
  skippedCount: number;
  adjustmentCount: number;
  chunkCount: number;
  createdAt: string;
  createdBy: Actor;
  /** Fixed when the confirm starts, so every chunk (and every redelivery of one) writes and announces the same pushes. */
  confirm?: ConfirmFacts;
  /** The confirm's counters: chunks written, announced and counted, each once (absent until the confirm starts). */
  progress?: ConfirmCounters;
  confirmedAt?: string;
  /** Pushes written, and entries dropped because their declaration changed before the confirm reached them. */
  outcome?: { pushes: number; droppedDeclarationIds: string[] };
}

export interface ConfirmFacts {
  startedAt: string;
  by: Actor;
  creditAccessUntil: string;
  /** Every chunk's message is on the queue: a retried confirm queues nothing more. */
  queuedAt?: string;
  /** A request queueing the chunks, until when: a request that died part-way lets another queue them after this. */
  queueLease?: { token: string; until: string };
}

export interface ConfirmCounters {
  chunksDone: number;
  /** Pushes written (one EnterprisePushed each). */
  pushesDone: number;
  /** Pushes decided but not written: their declaration changed before its chunk was confirmed. */
  pushesDropped: number;
  /** Indexes of the chunks counted: a chunk is counted once, whoever counts it. */
  countedChunks: number[];
  droppedDeclarationIds: string[];
}

/** A chunk's contribution to the counters, from its stored decision. */
export interface ChunkTally {
  pushes: number;
  pushesDropped: number;
  droppedDeclarationIds: string[];
}

/** What GET and the confirm's 202 show: where the confirm has got to. */
export interface ConfirmProgress {
  chunks: { total: number; done: number };
  pushes: { total: number; done: number; dropped: number };
}

export type ConfirmingBatch = PushBatch & { confirm: ConfirmFacts };

/** The confirm's progress; a DRAFT has done nothing yet. */
export function confirmProgress(batch: PushBatch): ConfirmProgress {
  const counted = batch.progress;
  return {
    chunks: { total: batch.chunkCount, done: counted?.chunksDone ?? 0 },
    pushes: {
      total: batch.summary.pushes,
      done: counted?.pushesDone ?? 0,
      dropped: counted?.pushesDropped ?? 0,
    },
  };
}

/** Chunks of the batch not yet counted, in order: what a queueing request still has to send. */
export function uncountedChunks(batch: PushBatch): number[] {
  const counted = new Set(batch.progress?.countedChunks ?? []);
  return Array.from({ length: batch.chunkCount }, (_, i) => i).filter((i) => !counted.has(i));
}

/** Whether every chunk is counted, so the batch may become CONFIRMED. */
export function allChunksCounted(batch: PushBatch): boolean {
  return (batch.progress?.chunksDone ?? 0) >= batch.chunkCount;
}

/** What a settled chunk adds to the counters: its pushes written, and those of its skipped declarations. */
export function chunkTally(chunk: Pick<StoredChunk, 'entries' | 'skipped'>): ChunkTally {
  const skipped = new Set(chunk.skipped);
  let pushes = 0;
  let pushesDropped = 0;
  for (const entry of chunk.entries) {
    if (skipped.has(entry.declarationId)) pushesDropped += entry.assignedBanks.length;
    else pushes += entry.assignedBanks.length;
  }
  return { pushes, pushesDropped, droppedDeclarationIds: [...chunk.skipped] };
}

export interface StoredChunk extends BatchChunk {
  done: boolean;
  /** Declarations of the chunk not pushed: changed (removed, re-screened) since the batch was decided. */
  skipped: string[];
}

export type CommitResult =
  | { committed: true; skipped: string[] }
  /** Another confirm of the same batch committed this chunk first. */
  | { committed: false };
