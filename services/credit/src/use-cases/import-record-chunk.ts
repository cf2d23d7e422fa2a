import { DomainError, type Principal } from '@sme/kernel';
import type { RowResult } from '@sme/runtime';
import { canSupply, type SupplyingAgency, type SupplyOverrides } from '../domain/permissions.ts';
import type { CreditRecord } from '../domain/record.ts';
import { applySubmission } from '../domain/record-history.ts';
import { type CreditSubmission, safeParseCreditSubmission } from '../domain/submission.ts';
import type { CreditRecordStore } from './ports.ts';

export interface RecordChunk {
  rows: { row: number; data: unknown; duplicateOf?: number }[];
  principal: Pick<Principal, 'clientId' | 'orgId'>;
  jobId: string;
}

/**
 * One chunk of a bulk credit submission: the same rules as one record (shape, the agency's right to
 * supply the category, the record's history), reported per row and sorted by row. The writes go in
 * one call after every row is decided; a row the history refuses is rejected, not thrown.
 */
export async function importRecordChunk(
  chunk: RecordChunk,
  deps: {
    /** The submitting agency, undefined when the principal's organisation is not one. */
    agency: SupplyingAgency | undefined;
    supplyOverrides: SupplyOverrides;
    records: CreditRecordStore;
    now: string;
  },
): Promise<RowResult[]> {
  const { agency } = deps;
  const results: RowResult[] = [];
  const valid: { row: number; submission: CreditSubmission }[] = [];
  for (const { row, data, duplicateOf } of chunk.rows) {
    if (!agency) {
      results.push({
        row,
        outcome: 'rejected',
        errors: [{ path: '', message: `${chunk.principal.orgId} is not an agency of this city` }],
      });
      continue;
    }
    const parsed = safeParseCreditSubmission(data, '');
    if (!parsed.ok) {
      results.push({
        row,
        outcome: 'rejected',
        errors: parsed.issues.map((i) => ({ ...i, path: i.path.replace(/^\./, '') })),
      });
    } else if (duplicateOf !== undefined) {
      results.push({
        row,
        outcome: 'rejected',
        key: parsed.submission.sourceRecordId,
        errors: [{ path: 'sourceRecordId', message: `duplicate of row ${duplicateOf}` }],
      });
    } else {
      const permitted = canSupply(agency, parsed.submission.category, deps.supplyOverrides);
      if (permitted.allowed) valid.push({ row, submission: parsed.submission });
      else
        results.push({
          row,
          outcome: 'rejected',
          key: parsed.submission.sourceRecordId,
          errors: [{ path: 'category', message: permitted.reason }],
        });
    }
  }
  if (agency && valid.length > 0) {
    const current = await deps.records.getMany(
      agency.id,
      valid.map((v) => v.submission.sourceRecordId),
    );
    const writes: CreditRecord[] = [];
    for (const { row, submission } of valid) {
      try {
        const outcome = applySubmission(
          current.get(submission.sourceRecordId),
          agency.id,
          submission,
          deps.now,
        );
        if (outcome.kind !== 'unchanged') writes.push(outcome.record);
        results.push({ row, outcome: outcome.kind, key: submission.sourceRecordId });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({
          row,
          outcome: 'rejected',
          key: submission.sourceRecordId,
          errors: [{ path: 'sourceRecordId', message: error.message }],
        });
      }
    }
    await deps.records.putAll(writes, {
      clientId: chunk.principal.clientId,
      orgId: chunk.principal.orgId,
      jobId: chunk.jobId,
    });
  }
  return results.sort((a, b) => a.row - b.row);
}
