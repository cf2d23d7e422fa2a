/**
 * Corrections and revocations of credit records. A record is keyed by (source agency id, source
 * record id): an agency can only reach its own records, because another agency's submission with
 * the same source record id is a different key.
 */
import { ConflictError, compareCodeUnits, ForbiddenError, ValidationError } from '@sme/kernel';
import { type CreditRecord, type CreditRecordVersion, contentOf, recordId } from './record.ts';
import type { CreditSubmission } from './submission.ts';

export type SubmissionOutcome =
  | { kind: 'created'; record: CreditRecord; affectedUsccs: string[] }
  | { kind: 'corrected'; record: CreditRecord; affectedUsccs: string[] }
  | { kind: 'unchanged'; record: CreditRecord; affectedUsccs: [] };

export type RevocationOutcome =
  | { kind: 'revoked'; record: CreditRecord; affectedUsccs: string[] }
  | { kind: 'unchanged'; record: CreditRecord; affectedUsccs: [] };

/** Sorted keys, absent values dropped: equality by value, not by key order or `undefined` fields. */
function canonicalJson(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, inner]) => inner !== undefined)
          .sort(([a], [b]) => compareCodeUnits(a, b))
          .map(([k, inner]) => [k, canonical(inner)]),
      );
    }
    return v;
  };
  return JSON.stringify(canonical(value));
}

/** True when two submissions say the same thing (the comparison behind "a replay is a no-op"). */
export function sameContent(a: CreditSubmission, b: CreditSubmission): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function snapshot(record: CreditRecord): CreditRecordVersion {
  return {
    version: record.version,
    status: record.status,
    content: contentOf(record),
    ...(record.revocation ? { revocation: record.revocation } : {}),
    recordedAt: record.updatedAt,
  };
}

function assertKey(current: CreditRecord, sourceAgencyId: string, sourceRecordId: string): void {
  if (current.sourceAgencyId !== sourceAgencyId) {
    throw new ForbiddenError(`record ${recordId(current)} belongs to agency ${current.sourceAgencyId}`);
  }
  if (current.sourceRecordId !== sourceRecordId) {
    throw new ValidationError(`record ${recordId(current)} is not ${sourceAgencyId}/${sourceRecordId}`, [
      { path: 'sourceRecordId', message: `expected ${current.sourceRecordId}` },
    ]);
  }
}

/**
 * Applies an agency's submission to the stored record with the same key (or to none). Equal
 * content is a replay and changes nothing; different content is a correction: the version is
 * bumped and the previous version kept in `history`. `affectedUsccs` lists the profiles to
 * recompute (two when a correction moves the record to another enterprise).
 *
 * A revoked record is not revived by a different submission (that would let a stale message undo a
 * revocation): it throws `ConflictError`; the agency submits under a new source record id.
 *
 * @example
 * applySubmission(undefined, 'tax-bureau', submission, '2025-01-02T03:04:05.000Z').kind; // 'created'
 */
export function applySubmission(
  current: CreditRecord | undefined,
  sourceAgencyId: string,
  submission: CreditSubmission,
  now: string,
): SubmissionOutcome {
  if (current === undefined) {
    const record: CreditRecord = {
      ...submission,
      sourceAgencyId,
      version: 1,
      status: 'active',
      createdAt: now,
      updatedAt: now,
      history: [],
    };
    return { kind: 'created', record, affectedUsccs: [record.uscc] };
  }
  assertKey(current, sourceAgencyId, submission.sourceRecordId);
  if (sameContent(contentOf(current), submission)) {
    return { kind: 'unchanged', record: current, affectedUsccs: [] };
  }
  if (current.status === 'revoked') {
    throw new ConflictError(`record ${recordId(current)} was revoked; submit a new source record id`, {
      revokedAt: current.revocation?.revokedAt,
    });
  }
  const record: CreditRecord = {
    ...submission,
    sourceAgencyId,
    version: current.version + 1,
    status: 'active',
    createdAt: current.createdAt,
    updatedAt: now,
    history: [...current.history, snapshot(current)],
  };
  const affectedUsccs = current.uscc === record.uscc ? [record.uscc] : [current.uscc, record.uscc].sort();
  return { kind: 'corrected', record, affectedUsccs };
}

/**
 * Revokes a record on behalf of `by` (its source agency only): the version is bumped, the previous
 * version kept, and the record never counts again. Revoking a revoked record changes nothing.
 */
export function revoke(
  current: CreditRecord,
  by: { agencyId: string },
  reason: string,
  now: string,
): RevocationOutcome {
  assertKey(current, by.agencyId, current.sourceRecordId);
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > 1000) {
    throw new ValidationError('A revocation needs a reason of 1 to 1000 characters', [
      { path: 'reason', message: 'must be 1 to 1000 characters' },
    ]);
  }
  if (current.status === 'revoked') return { kind: 'unchanged', record: current, affectedUsccs: [] };
  const record: CreditRecord = {
    ...current,
    version: current.version + 1,
    status: 'revoked',
    revocation: { reason: trimmed, revokedAt: now },
    updatedAt: now,
    history: [...current.history, snapshot(current)],
  };
  return { kind: 'revoked', record, affectedUsccs: [record.uscc] };
}
