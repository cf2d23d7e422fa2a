import { ValidationError } from '@sme/kernel';
import { underPath } from '@sme/runtime';
import type { MatchingConfig } from '../config.ts';
import { type SkippedDeclaration, selectBatchCandidates } from '../domain/batch-candidates.ts';
import type { Declaration } from '../domain/declaration.ts';
import { applyAdjustments, type PushAdjustment } from '../domain/push-adjustments.ts';
import { assignParsedBatch } from '../domain/push-assignment.ts';
import { type BatchEntry, type BatchSummary, batchEntries, summarise } from '../domain/push-batch-plan.ts';
import { parsePushBatchInput } from '../domain/push-input.ts';
import type { BankLoad } from '../domain/push-result.ts';
import type { DeclarationStore } from './ports.ts';

export interface BatchSelection {
  declarationIds?: string[] | undefined;
  adjustments: PushAdjustment[];
}

export interface BatchDecision {
  entries: BatchEntry[];
  summary: BatchSummary;
  banks: BankLoad[];
  skipped: SkippedDeclaration[];
  maxBanksPerEnterprise: number;
}

/** Reads what the selection names (or every RECOMMENDED declaration); unknown ids are a 422 naming each. */
async function load(
  selection: BatchSelection,
  declarations: Pick<DeclarationStore, 'getMany' | 'allIn'>,
): Promise<Declaration[]> {
  const ids = selection.declarationIds;
  if (ids === undefined) return declarations.allIn('RECOMMENDED');
  const found = await declarations.getMany(ids);
  const issues = ids.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: `body.declarationIds.${i}`, message: `no declaration ${id}` }],
  );
  if (issues.length > 0) throw new ValidationError('Unknown declarations', issues);
  return [...found.values()];
}

/**
 * Decides a push batch: the candidates, the eight rules (`assignPushBatch`), then the coordinator's
 * adjustments. Pure after the read; the preview and the stored batch come from the same call.
 */
export async function decideBatch(
  batchId: string,
  selection: BatchSelection,
  declarations: Pick<DeclarationStore, 'getMany' | 'allIn'>,
  config: MatchingConfig,
): Promise<BatchDecision> {
  const candidates = selectBatchCandidates(await load(selection, declarations));
  if (candidates.enterprises.length === 0) {
    throw new ValidationError('Nothing to push: no recommended declaration with a passing screening', [
      { path: 'body.declarationIds', message: 'select at least one RECOMMENDED declaration' },
    ]);
  }
  const assigned = assignParsedBatch(
    parsePushBatchInput({ enterprises: candidates.enterprises, banks: config.banks, config: config.push }),
  );
  const adjusted = underPath('body', () => applyAdjustments(assigned, selection.adjustments));
  const entries = batchEntries(batchId, adjusted, candidates.declarationOf, config.names);
  return {
    entries,
    summary: summarise(entries),
    banks: adjusted.banks,
    skipped: candidates.skipped,
    maxBanksPerEnterprise: adjusted.maxBanksPerEnterprise,
  };
}
