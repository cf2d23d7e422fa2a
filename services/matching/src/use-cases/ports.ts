import type { VersionChange } from '@sme/runtime';
import type { Declaration, EnterpriseFacts } from '../domain/declaration.ts';
import type { DeclarationState } from '../domain/declaration-state.ts';
import type { CommitResult, PushBatch, StoredChunk } from '../domain/push-batch.ts';
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
  /** Fixes the confirm's instant, actor and credit-access date once; answers the batch as stored. */
  startConfirm(batchId: string, confirm: NonNullable<PushBatch['confirm']>): Promise<PushBatch>;
  /** Writes one chunk's pushes exactly once, whoever commits it first. */
  commitChunk(
    batch: PushBatch & { confirm: NonNullable<PushBatch['confirm']> },
    chunk: BatchChunk,
  ): Promise<CommitResult>;
  finish(
    batchId: string,
    confirmedAt: string,
    outcome: NonNullable<PushBatch['outcome']>,
  ): Promise<PushBatch>;
}

/** The upper-level export's rows filed by month, and its archive. */
export interface ReportStore {
  monthRows(month: string): Promise<Omit<UpperLevelFigures, 'month' | 'generatedAt'>>;
  archive(figures: UpperLevelFigures): Promise<void>;
  archived(month: string): Promise<UpperLevelFigures | undefined>;
}
