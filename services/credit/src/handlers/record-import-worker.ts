import { DomainError } from '@sme/kernel';
import { cityConfig, importWorker, type RowResult } from '@sme/runtime';
import { creditConfig } from '../config.ts';
import { canSupply } from '../domain/permissions.ts';
import type { CreditRecord } from '../domain/record.ts';
import { applySubmission } from '../domain/record-history.ts';
import { type CreditSubmission, safeParseCreditSubmission } from '../domain/submission.ts';
import { recordStore } from './composition.ts';

/** One chunk of a bulk credit submission: the same rules as one record, reported per row. */
export const handler = importWorker(async (message, job) => {
  const city = cityConfig();
  const agency = city.agencies.find((a) => a.id === message.principal.orgId);
  const results: RowResult[] = [];
  const valid: { row: number; submission: CreditSubmission }[] = [];
  for (const { row, data, duplicateOf } of message.rows) {
    if (!agency) {
      results.push({
        row,
        outcome: 'rejected',
        errors: [{ path: '', message: `${message.principal.orgId} is not an agency of this city` }],
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
      const permitted = canSupply(agency, parsed.submission.category, creditConfig(city).supplyOverrides);
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
    const current = await recordStore().getMany(
      agency.id,
      valid.map((v) => v.submission.sourceRecordId),
    );
    const writes: CreditRecord[] = [];
    const now = new Date().toISOString();
    for (const { row, submission } of valid) {
      try {
        const outcome = applySubmission(current.get(submission.sourceRecordId), agency.id, submission, now);
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
    await recordStore().putAll(writes, {
      clientId: message.principal.clientId,
      orgId: message.principal.orgId,
      jobId: job.jobId,
    });
  }
  return results.sort((a, b) => a.row - b.row);
});
