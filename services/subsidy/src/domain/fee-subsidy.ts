import { ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { type DayCount, yearFraction } from './day-count.ts';
import { fenToDec, nonNegative, roundHalfUpToFen, showDecimal } from './exact.ts';
import {
  borrowerTagSchema,
  borrowerTypeSchema,
  checkPeriod,
  cnySchema,
  industryCodeSchema,
  isoDateSchema,
  parseInput,
  rateSchema,
} from './inputs.ts';
import type { SubsidyPolicy } from './policy.ts';
import { byIndustry, programVersionInForce, withinLimit } from './policy-lookup.ts';
import { type BreakdownLine, line, periodLine, type SubsidyResult, versionRef } from './result.ts';

export const feeSubsidyInputSchema = z
  .strictObject({
    contractDate: isoDateSchema,
    guaranteeAmount: cnySchema,
    /** Yearly fee rate actually charged (after any relief). */
    actualFeeRate: rateSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    borrowerType: borrowerTypeSchema,
    tags: z.array(borrowerTagSchema).default([]),
    industryCode: industryCodeSchema,
  })
  .superRefine(checkPeriod);
export type FeeSubsidyInput = z.input<typeof feeSubsidyInputSchema>;

/**
 * Actual/actual: the subsidy makes up a gap between two yearly fee rates, so a whole year pays exactly
 * gap × amount (a leap year included), counted as the fee it complements is.
 */
const DAY_COUNT: DayCount = 'actual/actual';

/**
 * Guarantee fee-rate subsidy (担保费率补差, seed 003 §十四), paid to the guarantor:
 * round_half_up(guaranteeAmountFen × max(0, breakEvenRate(industry) − actualFeeRate) × yearFraction).
 * Only for eligible borrowers (listed types or tags), guarantees within the amount limit (1000万元以下,
 * inclusive) and fee rates below the threshold (低于1.5%, exclusive); otherwise zero with the reasons.
 * An industry with no break-even rate (and no "*" fallback) is a policy gap and throws
 * `ValidationError` on `industryCode`.
 */
export function calculateFeeSubsidy(
  input: FeeSubsidyInput,
  policy: SubsidyPolicy,
): SubsidyResult<'fee-subsidy'> {
  return computeFeeSubsidy(parseInput(feeSubsidyInputSchema, input, 'fee subsidy input'), policy);
}

/** `calculateFeeSubsidy` on input already validated by `feeSubsidyInputSchema` (an HTTP body, a stored record). */
export function computeFeeSubsidy(
  loan: z.output<typeof feeSubsidyInputSchema>,
  policy: SubsidyPolicy,
): SubsidyResult<'fee-subsidy'> {
  const version = programVersionInForce(policy, 'fee-subsidy', loan.contractDate, 'contractDate');
  const params = version.params;
  const breakdown: BreakdownLine[] = [];
  const reasons: string[] = [];

  const breakEven = byIndustry(params.breakEvenRates, loan.industryCode);
  if (breakEven === undefined) {
    throw new ValidationError('No break-even rate for the industry', [
      {
        path: 'industryCode',
        message: `version ${version.id} has no break-even rate for ${loan.industryCode}`,
      },
    ]);
  }

  const typeOk = params.eligibleBorrowerTypes.includes(loan.borrowerType);
  const tagOk = loan.tags.some((tag) => params.eligibleTags.includes(tag));
  if (!typeOk && !tagOk)
    reasons.push(`borrower ${loan.borrowerType} without an eligible tag is not eligible`);
  const limit = params.guaranteeAmountLimit;
  if (!withinLimit(loan.guaranteeAmount, limit)) {
    reasons.push(`guarantee amount must be ${limit.inclusive ? '≤' : '<'} ${limit.amount} fen`);
  }
  if (!loan.actualFeeRate.lessThan(params.feeRateBelow)) {
    reasons.push(`fee rate must be below ${params.feeRateBelow.toFixed()}`);
  }
  const eligible = reasons.length === 0;
  breakdown.push(
    line(
      'eligibility',
      'borrower type or tag, amount limit, fee-rate threshold',
      eligible ? 'eligible' : 'not eligible',
    ),
  );

  breakdown.push(line('guaranteeAmountFen', 'guaranteeAmount × 100', loan.guaranteeAmount));
  breakdown.push(
    line('breakEvenRate', `break-even rate for industry "${breakEven.key}"`, breakEven.value.toFixed()),
  );
  breakdown.push(line('actualFeeRate', 'actualFeeRate', loan.actualFeeRate.toFixed()));
  const gap = nonNegative(breakEven.value.minus(loan.actualFeeRate));
  if (eligible && gap.isZero()) reasons.push('actual fee rate is not below the break-even rate');
  breakdown.push(
    line('subsidyRate', 'max(0, breakEvenRate − actualFeeRate)', eligible ? gap.toFixed() : '0'),
  );

  const period = yearFraction(loan.periodStart, loan.periodEnd, DAY_COUNT);
  breakdown.push(periodLine(loan.periodStart, loan.periodEnd, period));
  const unrounded = eligible
    ? fenToDec(loan.guaranteeAmount).times(gap).times(period.numerator).div(period.denominator)
    : fenToDec(0n);
  breakdown.push(
    line('subsidyUnroundedFen', 'guaranteeAmountFen × subsidyRate × yearFraction', showDecimal(unrounded)),
  );
  const amountFen = roundHalfUpToFen(unrounded);
  breakdown.push(line('subsidyFen', 'round half-up to the fen', amountFen));

  return {
    program: 'fee-subsidy',
    policyVersion: versionRef(policy, version),
    amountFen,
    eligible,
    reasons,
    breakdown,
  };
}
