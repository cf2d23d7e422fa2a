/**
 * A stored credit record: the latest submission of one (source agency, source record id) key, its
 * version, whether it was revoked, and the previous versions.
 */
import type { Category } from './category-facts.ts';
import type { CreditSubmission } from './submission.ts';

export interface Revocation {
  reason: string;
  revokedAt: string;
}

/** One superseded version, kept so that a correction never loses what was served before. */
export interface CreditRecordVersion {
  version: number;
  status: 'active' | 'revoked';
  content: CreditSubmission;
  revocation?: Revocation;
  /** When this version was written. */
  recordedAt: string;
}

interface RecordState {
  /** The supplying agency's organisation id: half of the record's key. */
  sourceAgencyId: string;
  version: number;
  status: 'active' | 'revoked';
  revocation?: Revocation;
  createdAt: string;
  updatedAt: string;
  /** Previous versions, oldest first. */
  history: CreditRecordVersion[];
}

/** The current version of a record; narrow on `category` for its typed facts. */
export type CreditRecord = CreditSubmission & RecordState;
export type RecordOf<C extends Category> = Extract<CreditRecord, { category: C }>;

/**
 * The record's key as one string. Agency ids are slugs without `/`, so the split is unambiguous.
 *
 * @example
 * recordId({ sourceAgencyId: 'tax-bureau', sourceRecordId: 'R-2024-1' }); // 'tax-bureau/R-2024-1'
 */
export function recordId(record: { sourceAgencyId: string; sourceRecordId: string }): string {
  return `${record.sourceAgencyId}/${record.sourceRecordId}`;
}

/** A reference to one version of a record, as listed behind an evaluation's factors. */
export interface RecordRef {
  sourceAgencyId: string;
  sourceRecordId: string;
  version: number;
  category: Category;
  occurredOn: string;
}

export function refOf(record: CreditRecord): RecordRef {
  return {
    sourceAgencyId: record.sourceAgencyId,
    sourceRecordId: record.sourceRecordId,
    version: record.version,
    category: record.category,
    occurredOn: record.occurredOn,
  };
}

/** The submitted content of a record, without bookkeeping: what a correction compares. */
export function contentOf(record: CreditRecord): CreditSubmission {
  const { sourceAgencyId, version, status, revocation, createdAt, updatedAt, history, ...content } = record;
  return content as CreditSubmission;
}
