import type { YearFraction } from './day-count.ts';
import type { Citation, ProgramId, ProgramVersion, SubsidyPolicy } from './policy.ts';

/** One line of a calculation's explanation. Money values are in fen; rates are fractions. */
export interface BreakdownLine {
  step: string;
  formula: string;
  value: string;
}

/** Which policy version a result used: enough to find it again and to cite it. */
export interface PolicyVersionRef {
  city: string;
  program: ProgramId;
  versionId: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  citation: Citation;
}

export function versionRef(policy: SubsidyPolicy, version: ProgramVersion): PolicyVersionRef {
  return {
    city: policy.city,
    program: version.program,
    versionId: version.id,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo ?? null,
    citation: { seed: version.citation.seed, section: version.citation.section },
  };
}

export function line(step: string, formula: string, value: string | number | bigint): BreakdownLine {
  return { step, formula, value: String(value) };
}

/** The `days` line of a period [start, end): its actual days, and the fraction of a year they count as. */
export function periodLine(start: string, end: string, period: YearFraction): BreakdownLine {
  return line('days', `actual days ${start} → ${end} = ${period.shown} of a year`, period.days);
}

/** Serialises any result to JSON, bigint as a decimal string; the same result always gives the same bytes. */
export function resultToJson(result: unknown): string {
  return JSON.stringify(result, (_key, value: unknown) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
}

/** A money calculation that may be zero because the case is not eligible. */
export interface SubsidyResult<P extends ProgramId> {
  program: P;
  policyVersion: PolicyVersionRef;
  amountFen: bigint;
  eligible: boolean;
  /** Why the amount is zero or reduced; empty when paid in full. */
  reasons: string[];
  breakdown: BreakdownLine[];
}
