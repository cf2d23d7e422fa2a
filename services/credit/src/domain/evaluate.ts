/**
 * The comprehensive credit evaluation of one enterprise (企业信用状况综合评价, seed 001 §五(一)):
 * a score, a grade, the hard-stop flags and the factors that moved the score, each with the
 * records behind it. Pure and deterministic: the same records in any order give identical JSON.
 */
import { ValidationError } from '@sme/kernel';
import { categoryMeta } from './categories.ts';
import { dateRange } from './dates.ts';
import { type CreditRecord, type RecordRef, recordId, refOf } from './record.ts';
import { isInForce, type RetentionPolicy } from './retention.ts';
import { applyFactor } from './score-factors.ts';
import { type Grade, gradeFor, maxScore, minScore, type ScoringModel } from './scoring-model.ts';
import { type CategorySummaries, summariseFacts } from './summaries.ts';

export interface HardStopFlag {
  /** Earliest `occurredOn` among the records in force. */
  since: string;
  /** `sourceAgencyId/sourceRecordId` of each record in force, sorted. */
  recordIds: string[];
}

export interface HardStopFlags {
  dishonestJudgmentDebtor: HardStopFlag | null;
  seriousIllegalDishonest: HardStopFlag | null;
  abnormalOperation: HardStopFlag | null;
}

export interface ProfileFactor {
  id: string;
  label: string;
  /** Signed points added to the base score. */
  contribution: number;
  records: RecordRef[];
}

export interface CreditProfile {
  uscc: string;
  score: number;
  grade: Grade;
  modelVersion: string;
  asOf: string;
  hardStop: boolean;
  flags: HardStopFlags;
  /** Non-zero factors, by |contribution| descending, then id. */
  factors: ProfileFactor[];
  facts: Partial<CategorySummaries>;
  /** Every record in force that the evaluation considered, sorted by record id. */
  basis: RecordRef[];
}

export interface EvaluationInput {
  uscc: string;
  records: readonly CreditRecord[];
  model: ScoringModel;
  asOf: string;
  retention: RetentionPolicy;
}

const flagCategories = {
  dishonestJudgmentDebtor: 'dishonest-judgment-debtor',
  seriousIllegalDishonest: 'serious-illegal-dishonest',
  abnormalOperation: 'abnormal-operation',
} as const satisfies Record<keyof HardStopFlags, string>;

function byRecordId(a: CreditRecord, b: CreditRecord): number {
  const [x, y] = [recordId(a), recordId(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function checkedRecords(uscc: string, records: readonly CreditRecord[]): CreditRecord[] {
  const sorted = [...records].sort(byRecordId);
  sorted.forEach((record, i) => {
    if (record.uscc !== uscc) {
      throw new ValidationError(`record ${recordId(record)} is about ${record.uscc}, not ${uscc}`, [
        { path: `records.${recordId(record)}.uscc`, message: `expected ${uscc}` },
      ]);
    }
    const previous = sorted[i - 1];
    if (previous !== undefined && recordId(previous) === recordId(record)) {
      throw new ValidationError(`record ${recordId(record)} is given twice`, [
        { path: `records.${recordId(record)}`, message: 'one version per record' },
      ]);
    }
  });
  return sorted;
}

function flagOf(records: readonly CreditRecord[], category: string): HardStopFlag | null {
  const listed = records.filter((record) => record.category === category);
  if (listed.length === 0) return null;
  return {
    since: dateRange(listed.map((r) => r.occurredOn)).first,
    recordIds: listed.map(recordId),
  };
}

/**
 * Scores an enterprise's records in force on `asOf` under `model`. Revoked records and records out
 * of force contribute nothing and appear nowhere. A hard stop sets the grade to the model's
 * `hardStopGrade` whatever the score.
 *
 * @example
 * const profile = evaluateCreditProfile({ uscc, records, model: demoScoringModel, asOf: '2025-06-30', retention });
 * profile.factors[0]; // { id: 'tax-credit-grade', label: 'Latest tax credit grade', contribution: 120, records: [...] }
 */
export function evaluateCreditProfile(input: EvaluationInput): CreditProfile {
  const { uscc, model, asOf, retention } = input;
  const inForce = checkedRecords(uscc, input.records).filter(
    (record) => isInForce(record, asOf, retention).inForce,
  );
  const factors: ProfileFactor[] = [];
  for (const factor of model.factors) {
    const outcome = applyFactor(factor, inForce);
    if (outcome.contribution === 0) continue;
    factors.push({
      id: factor.id,
      label: factor.label,
      contribution: outcome.contribution,
      records: outcome.records.map(refOf),
    });
  }
  factors.sort(
    (a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const total = factors.reduce((sum, factor) => sum + factor.contribution, model.baseScore);
  const score = Math.max(minScore, Math.min(maxScore, total));
  const flags: HardStopFlags = {
    dishonestJudgmentDebtor: flagOf(inForce, flagCategories.dishonestJudgmentDebtor),
    seriousIllegalDishonest: flagOf(inForce, flagCategories.seriousIllegalDishonest),
    abnormalOperation: flagOf(inForce, flagCategories.abnormalOperation),
  };
  const hardStop = inForce.some((record) => categoryMeta[record.category].hardStop);
  return {
    uscc,
    score,
    grade: hardStop ? model.hardStopGrade : gradeFor(score, model),
    modelVersion: model.version,
    asOf,
    hardStop,
    flags,
    factors,
    facts: summariseFacts(inForce),
    basis: inForce.map(refOf),
  };
}
