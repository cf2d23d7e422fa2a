import type { VersionChange } from '@sme/runtime';
import type { Declaration, EnterpriseFacts } from '../domain/declaration.ts';
import type { DeclarationState } from '../domain/declaration-state.ts';
import type {
  ChunkTally,
  CommitResult,
  ConfirmFacts,
  ConfirmingBatch,
  PushBatch,
  StoredChunk,
} from '../domain/push-batch.ts';
import type { BatchChunk } from '../domain/push-batch-plan.ts';
import type { UpperLevelFigures } from '../domain/upper-level-export.ts';

/**
 * What matching's use cases need from storage; the DynamoDB adapters implement these, the use-case
 * tests use in-memory fakes.
 */

/** `matching-declarations`. */
export interface DeclarationStore {
  get(id: string, consistent?: boolean): Promise<Declaration | undefined>;
  /** Writes `d` if the stored version is still `expectedVersion`. */
  save(d: Declaration, expectedVersion: number, change: VersionChange): Promise<void>;
  /** The enterprise's declarations that are not closed. */
  openOf(uscc: string): Promise<Declaration[]>;
  allIn(state: DeclarationState): Promise<Declaration[]>;
  getMany(ids: readonly string[]): Promise<Map<string, Declaration>>;
}

/** `matching-enterprises`: the registry and credit facts matching screens with. */
export interface EnterpriseFactsStore {
  get(uscc: string, consistent?: boolean): Promise<EnterpriseFacts>;
}

/** `matching-batches` (with the pushes and declarations a confirm writes in the same transactions). */
export interface PushBatchStore {
  get(batchId: string, consistent?: boolean): Promise<PushBatch | undefined>;
  chunks(batchId: string, fromIndex?: number, max?: number): Promise<StoredChunk[]>;
  chunk(batchId: string, index: number): Promise<StoredChunk | undefined>;
  /** DRAFT → CONFIRMING: fixes the confirm's instant, actor and credit-access date once; answers the batch as stored. */
  startConfirm(batchId: string, confirm: ConfirmFacts): Promise<PushBatch>;
  /**
   * Takes the right to queue the batch's chunks until `lease.until`: granted while the batch is
   * CONFIRMING, not yet queued, and nobody else holds an unexpired lease. The batch when granted.
   */
  claimQueueing(
    batchId: string,
    lease: NonNullable<ConfirmFacts['queueLease']>,
    now: string,
  ): Promise<PushBatch | undefined>;
  /** Every chunk is on the queue: records it (and drops the lease); the batch as stored. */
  markQueued(batchId: string, at: string): Promise<PushBatch>;
  /** Writes one chunk's pushes exactly once, whoever commits it first. */
  commitChunk(batch: ConfirmingBatch, chunk: BatchChunk): Promise<CommitResult>;
  /**
   * Adds a settled chunk to the batch's counters once (a conditional update on the header: a chunk
   * already counted adds nothing); the batch as stored after.
   */
  countChunk(batchId: string, index: number, tally: ChunkTally): Promise<PushBatch>;
  /** CONFIRMING → CONFIRMED once every chunk is counted; a batch already CONFIRMED is answered as it is. */
  finish(
    batchId: string,
    confirmedAt: string,
    outcome: NonNullable<PushBatch['outcome']>,
  ): Promise<PushBatch>;
}

/** The queue of a confirm's chunks (`matching-confirm-chunks`): one message per chunk. */
export interface ConfirmChunkQueue {
  send(batchId: string, chunkIndexes: readonly number[]): Promise<void>;
}

/** The upper-level export's rows filed by month, and its archive. */
export interface ReportStore {
  monthRows(month: string): Promise<Omit<UpperLevelFigures, 'month' | 'generatedAt'>>;
  archive(figures: UpperLevelFigures): Promise<void>;
  archived(month: string): Promise<UpperLevelFigures | undefined>;
}
