/**
 * What each reader may see of a profile. A bank gets the minimum necessary (公益性原则, seed 001
 * §五(一)): evaluation, flags and summarised facts, with records named only by category and date.
 * The office and supervising agencies get the records themselves, with evidence references.
 */
import { ConflictError } from '@sme/kernel';
import type { Category } from './category-facts.ts';
import type { CreditProfile } from './evaluate.ts';
import { type CreditRecord, recordId } from './record.ts';

export interface BankRecordRef {
  category: Category;
  occurredOn: string;
}

export interface BankCreditView {
  uscc: string;
  score: number;
  grade: CreditProfile['grade'];
  modelVersion: string;
  asOf: string;
  hardStop: boolean;
  flags: { [K in keyof CreditProfile['flags']]: { since: string; count: number } | null };
  factors: { id: string; label: string; contribution: number; records: BankRecordRef[] }[];
  facts: CreditProfile['facts'];
}

/** The record as the office sees it: everything but the superseded versions. */
export type OfficeRecordView = Omit<CreditRecord, 'history'>;

export interface FullCreditView extends CreditProfile {
  records: OfficeRecordView[];
}

function bankFlag(flag: CreditProfile['flags'][keyof CreditProfile['flags']]) {
  return flag === null ? null : { since: flag.since, count: flag.recordIds.length };
}

/**
 * The profile as a bank may read it: no agency ids, source record ids or evidence references.
 *
 * @example
 * bankView(profile).factors[0]?.records; // [{ category: 'tax-credit-rating', occurredOn: '2025-04-20' }]
 */
export function bankView(profile: CreditProfile): BankCreditView {
  return {
    uscc: profile.uscc,
    score: profile.score,
    grade: profile.grade,
    modelVersion: profile.modelVersion,
    asOf: profile.asOf,
    hardStop: profile.hardStop,
    flags: {
      dishonestJudgmentDebtor: bankFlag(profile.flags.dishonestJudgmentDebtor),
      seriousIllegalDishonest: bankFlag(profile.flags.seriousIllegalDishonest),
      abnormalOperation: bankFlag(profile.flags.abnormalOperation),
    },
    factors: profile.factors.map((factor) => ({
      id: factor.id,
      label: factor.label,
      contribution: factor.contribution,
      records: factor.records.map((ref) => ({ category: ref.category, occurredOn: ref.occurredOn })),
    })),
    facts: profile.facts,
  };
}

/**
 * The profile with the records it was computed from (the profile's `basis`), evidence references
 * included. Throws when a basis record is missing or at another version: the caller read records
 * newer or older than the profile and must recompute rather than show a mismatch.
 */
export function fullView(profile: CreditProfile, records: readonly CreditRecord[]): FullCreditView {
  const byKey = new Map(records.map((record) => [recordId(record), record]));
  const basisRecords = profile.basis.map((ref) => {
    const record = byKey.get(recordId(ref));
    if (record === undefined || record.version !== ref.version) {
      throw new ConflictError(
        `record ${recordId(ref)} v${ref.version} behind the profile is not among the records given`,
        {
          recordId: recordId(ref),
          version: ref.version,
        },
      );
    }
    const { history, ...current } = record;
    return current;
  });
  return { ...profile, records: basisRecords };
}
