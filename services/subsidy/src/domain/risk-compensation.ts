import * as z from 'zod';
import { COMMON_AND_LEAP_YEAR, dayNumber, daysInYear } from './day-count.ts';
import { Dec, fenToDec, roundHalfUpToFen, showDecimal } from './exact.ts';
import { checkPeriod, cnySchema, isoDateSchema, parseInput } from './inputs.ts';
import { dayAfter, earlierDate, laterDate, yearSlices } from './months.ts';
import type { SubsidyPolicy, VersionOf } from './policy.ts';
import { programVersionInForce } from './policy-lookup.ts';
import { type BreakdownLine, line, type SubsidyResult, versionRef } from './result.ts';

const segmentSchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema, balance: cnySchema })
  .refine((s) => s.from <= s.to, { path: ['to'], message: 'must not be before from' });

export const riskCompensationInputSchema = z
  .strictObject({
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    /** Pieces of the guarantor's eligible outstanding balance, each over [from, to); overlaps add up. */
    segments: z.array(segmentSchema),
  })
  .superRefine(checkPeriod);
export type RiskCompensationInput = z.input<typeof riskCompensationInputSchema>;

/**
 * Risk compensation to a guarantor (seed 003 §十四: 1‰ → 2‰ → 5‰ of the outstanding balance, a
 * yearly rate, each step a policy version with its dates), over [periodStart, periodEnd):
 *
 * round_half_up(Σ_pieces yearlyRate(version) × Σ_segments balanceFen × days in the piece / days in its year)
 *
 * The period is cut at every 1 January and every change of version, so each piece has one rate and one
 * year. Actual/actual: a ‰ of a balance per year pays exactly rate × balance for a whole year, 2024 and
 * 2028 (366 days) included, and part of a year pro rata by the days of THAT year (365 or 366). A
 * guarantee repaid in steps is given as several segments that start together and end at each
 * repayment, so the sum follows the balance down. The result names the version in force on
 * `periodStart`; the breakdown names every version used.
 */
export function calculateRiskCompensation(
  input: RiskCompensationInput,
  policy: SubsidyPolicy,
): SubsidyResult<'risk-compensation'> {
  return computeRiskCompensation(
    parseInput(riskCompensationInputSchema, input, 'risk compensation input'),
    policy,
  );
}

interface Piece {
  version: VersionOf<'risk-compensation'>;
  year: number;
  start: string;
  end: string;
}

/**
 * [start, end) cut by calendar year and by version. A day no version covers throws `ValidationError`
 * on `periodStart` when it is the first day, else on `periodEnd`.
 */
function pieces(policy: SubsidyPolicy, start: string, end: string): Piece[] {
  const out: Piece[] = [];
  for (const slice of yearSlices(start, end)) {
    let cursor = slice.start;
    while (cursor < slice.end) {
      const field = cursor === start ? 'periodStart' : 'periodEnd';
      const version = programVersionInForce(policy, 'risk-compensation', cursor, field);
      const pieceEnd =
        version.effectiveTo === undefined ? slice.end : earlierDate(slice.end, dayAfter(version.effectiveTo));
      out.push({ version, year: slice.year, start: cursor, end: pieceEnd });
      cursor = pieceEnd;
    }
  }
  return out;
}

/** `calculateRiskCompensation` on input already validated by `riskCompensationInputSchema` (an HTTP body, a stored record). */
export function computeRiskCompensation(
  request: z.output<typeof riskCompensationInputSchema>,
  policy: SubsidyPolicy,
): SubsidyResult<'risk-compensation'> {
  const version = programVersionInForce(policy, 'risk-compensation', request.periodStart, 'periodStart');
  const breakdown: BreakdownLine[] = [line('segments', 'balance segments given', request.segments.length)];
  let weighted = new Dec(0);
  for (const piece of pieces(policy, request.periodStart, request.periodEnd)) {
    let balanceDays = 0n;
    for (const segment of request.segments) {
      const from = dayNumber(laterDate(piece.start, segment.from));
      const to = dayNumber(earlierDate(piece.end, segment.to));
      if (to > from) balanceDays += segment.balance * BigInt(to - from);
    }
    const yearDays = daysInYear(piece.year);
    const rate = piece.version.params.yearlyRate;
    breakdown.push(
      line(
        `balanceDaysFen.${piece.start}`,
        `Σ balanceFen × days, ${piece.start} → ${piece.end}, of a ${yearDays}-day year`,
        balanceDays,
      ),
    );
    breakdown.push(line(`rate.${piece.start}`, `yearly rate of ${piece.version.id}`, rate.toFixed()));
    // Over 365 × 366, a day of a common year weighs 366 and a day of a leap year 365.
    weighted = weighted.plus(
      fenToDec(balanceDays)
        .times(COMMON_AND_LEAP_YEAR / yearDays)
        .times(rate),
    );
  }

  const unrounded = weighted.div(COMMON_AND_LEAP_YEAR);
  breakdown.push(
    line(
      'compensationUnroundedFen',
      'Σ rate × balanceDaysFen / days in its year (actual/actual)',
      showDecimal(unrounded),
    ),
  );
  const amountFen = roundHalfUpToFen(unrounded);
  breakdown.push(line('compensationFen', 'round half-up to the fen', amountFen));

  return {
    program: 'risk-compensation',
    policyVersion: versionRef(policy, version),
    amountFen,
    eligible: true,
    reasons: [],
    breakdown,
  };
}
