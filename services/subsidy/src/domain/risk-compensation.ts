import { ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { basisDays, dayNumber, splitByYear } from './day-count.ts';
import { Dec, fenToDec, roundHalfUpToFen, showDecimal } from './exact.ts';
import { checkPeriod, cnySchema, isoDateSchema, parseInput } from './inputs.ts';
import type { SubsidyPolicy } from './policy.ts';
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
 * Risk compensation to a guarantor (seed 003 §十四: 1‰ → 2‰ → 5‰ of the outstanding balance):
 * round_half_up(Σ_year rate(year) × Σ_segments balanceFen × days in the year / basis), over
 * [periodStart, periodEnd). A guarantee repaid in steps is given as several segments that start
 * together and end at each repayment, so the integral follows the balance down. The version in force
 * on `periodStart` applies to the whole period; its yearly table must cover every year touched.
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

/** `calculateRiskCompensation` on input already validated by `riskCompensationInputSchema` (an HTTP body, a stored record). */
export function computeRiskCompensation(
  request: z.output<typeof riskCompensationInputSchema>,
  policy: SubsidyPolicy,
): SubsidyResult<'risk-compensation'> {
  const version = programVersionInForce(policy, 'risk-compensation', request.periodStart, 'periodStart');
  const startDay = dayNumber(request.periodStart);
  const endDay = dayNumber(request.periodEnd);
  const years = splitByYear(startDay, endDay);

  const balanceDays = new Map<number, bigint>(years.map((slice) => [slice.year, 0n]));
  for (const segment of request.segments) {
    const from = Math.max(startDay, dayNumber(segment.from));
    const to = Math.min(endDay, dayNumber(segment.to));
    for (const slice of splitByYear(from, to)) {
      const sum = balanceDays.get(slice.year) ?? 0n;
      balanceDays.set(slice.year, sum + segment.balance * BigInt(slice.days));
    }
  }

  const breakdown: BreakdownLine[] = [line('segments', 'balance segments given', request.segments.length)];
  let weighted = new Dec(0);
  for (const slice of years) {
    const rate = version.params.ratesByYear[String(slice.year)];
    if (rate === undefined) {
      throw new ValidationError(`No risk-compensation rate for ${slice.year}`, [
        {
          path: slice.year === years[0]?.year ? 'periodStart' : 'periodEnd',
          message: `version ${version.id} has no rate for ${slice.year}`,
        },
      ]);
    }
    const sum = balanceDays.get(slice.year) ?? 0n;
    breakdown.push(
      line(`balanceDaysFen.${slice.year}`, `Σ balanceFen × days in ${slice.year} (${slice.days} days)`, sum),
    );
    breakdown.push(line(`rate.${slice.year}`, `yearly rate for ${slice.year}`, rate.toFixed()));
    weighted = weighted.plus(fenToDec(sum).times(rate));
  }

  const basis = basisDays(version.dayCount);
  const unrounded = weighted.div(basis);
  breakdown.push(
    line(
      'compensationUnroundedFen',
      `Σ rate × balanceDaysFen / ${basis} (${version.dayCount})`,
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
