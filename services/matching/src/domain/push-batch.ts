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
  /** Fixed when the confirm starts, so every retry writes and announces the same pushes. */
  confirm?: { startedAt: string; by: Actor; creditAccessUntil: string };
  confirmedAt?: string;
  /** Pushes written, and entries dropped because their declaration changed before the confirm reached them. */
  outcome?: { pushes: number; droppedDeclarationIds: string[] };
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
