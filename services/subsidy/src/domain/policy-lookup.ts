import { ValidationError } from '@sme/kernel';
import type { AmountLimit, LprEntry, ProgramId, SubsidyPolicy, VersionOf } from './policy.ts';

/**
 * Picks the version of `program` in force on `date`. Throws `ValidationError` on `program` when the
 * city has no such program, and on `dateField` when no version covers the date.
 */
export function programVersionInForce<P extends ProgramId>(
  policy: SubsidyPolicy,
  program: P,
  date: string,
  dateField: string,
): VersionOf<P> {
  const versions = policy.programs.filter((v): v is VersionOf<P> => v.program === program);
  if (versions.length === 0) {
    throw new ValidationError(`Unknown program ${program}`, [
      { path: 'program', message: `city ${policy.city} has no program "${program}"` },
    ]);
  }
  const inForce = versions.find(
    (v) => v.effectiveFrom <= date && (v.effectiveTo === undefined || date <= v.effectiveTo),
  );
  if (inForce === undefined) {
    const spans = versions.map((v) => `${v.id} ${v.effectiveFrom}..${v.effectiveTo ?? ''}`).join(', ');
    throw new ValidationError(`No ${program} policy in force on ${date}`, [
      { path: dateField, message: `no version of ${program} in force on ${date} (versions: ${spans})` },
    ]);
  }
  return inForce;
}

/**
 * The LPR quote in force in the month of `date`: the latest entry whose month is not after it.
 * LPR is published around the 20th; a city that needs the exact day must enter the month it applies.
 */
export function lprInForce(
  policy: SubsidyPolicy,
  tenor: 'one-year' | 'five-year',
  date: string,
  dateField: string,
): LprEntry {
  const table = tenor === 'one-year' ? policy.lpr.oneYear : policy.lpr.fiveYear;
  const month = date.slice(0, 7);
  for (let i = table.length - 1; i >= 0; i--) {
    const entry = table[i];
    if (entry !== undefined && entry.month <= month) return entry;
  }
  throw new ValidationError(`No ${tenor} LPR in force on ${date}`, [
    { path: dateField, message: `the ${tenor} LPR table starts after ${date}` },
  ]);
}

/** Whether `fen` qualifies under a limit: below it, or equal when the limit is inclusive. */
export function withinLimit(fen: bigint, limit: AmountLimit): boolean {
  return limit.inclusive ? fen <= limit.amount : fen < limit.amount;
}

/**
 * The entry whose industry prefix matches `industryCode` most precisely ("C3911" prefers "C39" to
 * "C"), falling back to "*". Undefined when nothing matches.
 */
export function byIndustry<T>(
  table: Record<string, T>,
  industryCode: string,
): { key: string; value: T } | undefined {
  let best: { key: string; value: T } | undefined;
  for (const [key, value] of Object.entries(table)) {
    const matches = key === '*' || industryCode.startsWith(key);
    const better = best === undefined || best.key === '*' || (key !== '*' && key.length > best.key.length);
    if (matches && better) best = { key, value };
  }
  return best;
}

/** Whether `industryCode` falls under any of the prefixes ("*" matches all). */
export function inSectors(industryCode: string | undefined, prefixes: readonly string[]): string | undefined {
  if (industryCode === undefined) return undefined;
  return prefixes.find((prefix) => prefix === '*' || industryCode.startsWith(prefix));
}
