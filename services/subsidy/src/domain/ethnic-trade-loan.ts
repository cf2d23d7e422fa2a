import * as z from 'zod';
import { type DayCount, yearFraction } from './day-count.ts';
import { Dec, fenToDec, minDec, roundHalfUpToFen, showDecimal } from './exact.ts';
import { checkPeriod, cnySchema, isoDateSchema, parseInput, rateSchema } from './inputs.ts';
import type { SubsidyPolicy } from './policy.ts';
import { programVersionInForce } from './policy-lookup.ts';
import { type BreakdownLine, line, periodLine, type SubsidyResult, versionRef } from './result.ts';

export const ethnicTradeLoanInputSchema = z
  .strictObject({
    contractDate: isoDateSchema,
    principal: cnySchema,
    loanRate: rateSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    /** A designated producer of ethnic-trade or ethnic-specific goods (民贸民品定点生产企业). */
    designatedProducer: z.boolean(),
  })
  .superRefine(checkPeriod);
export type EthnicTradeLoanInput = z.input<typeof ethnicTradeLoanInputSchema>;

/**
 * Actual/actual: "不高于贷款本金2.88%" caps a year's subsidy at 2.88 % of principal. Each calendar year
 * counts as exactly one, so no year pays more (a leap year on actual/365 would pay 2.888 %, a common
 * year on actual/360 2.92 %).
 */
const DAY_COUNT: DayCount = 'actual/actual';

/**
 * Interest subsidy for designated ethnic-trade producers (seed 004 §(六)): at most 2.88 % of principal
 * per year, pro-rated by days, and never more than the loan's own rate (a subsidy cannot exceed the
 * interest it offsets).
 *
 * subsidy = round_half_up(principalFen × min(maxSubsidyRate, loanRate) × yearFraction)
 */
export function calculateEthnicTradeLoanSubsidy(
  input: EthnicTradeLoanInput,
  policy: SubsidyPolicy,
): SubsidyResult<'ethnic-trade-loan'> {
  return computeEthnicTradeLoanSubsidy(
    parseInput(ethnicTradeLoanInputSchema, input, 'ethnic-trade loan input'),
    policy,
  );
}

/** `calculateEthnicTradeLoanSubsidy` on input already validated by `ethnicTradeLoanInputSchema` (an HTTP body, a stored record). */
export function computeEthnicTradeLoanSubsidy(
  loan: z.output<typeof ethnicTradeLoanInputSchema>,
  policy: SubsidyPolicy,
): SubsidyResult<'ethnic-trade-loan'> {
  const version = programVersionInForce(policy, 'ethnic-trade-loan', loan.contractDate, 'contractDate');
  const reasons = loan.designatedProducer ? [] : ['borrower is not a designated producer'];
  const eligible = reasons.length === 0;
  const breakdown: BreakdownLine[] = [];

  breakdown.push(line('principalFen', 'principal × 100', loan.principal));
  breakdown.push(
    line('maxSubsidyRate', 'yearly cap as a share of principal', version.params.maxSubsidyRate.toFixed()),
  );
  breakdown.push(line('loanRate', 'loanRate', loan.loanRate.toFixed()));
  const subsidyRate = eligible ? minDec(version.params.maxSubsidyRate, loan.loanRate) : new Dec(0);
  breakdown.push(line('subsidyRate', 'min(maxSubsidyRate, loanRate)', subsidyRate.toFixed()));

  const period = yearFraction(loan.periodStart, loan.periodEnd, DAY_COUNT);
  breakdown.push(periodLine(loan.periodStart, loan.periodEnd, period));
  const unrounded = fenToDec(loan.principal)
    .times(subsidyRate)
    .times(period.numerator)
    .div(period.denominator);
  breakdown.push(
    line('subsidyUnroundedFen', 'principalFen × subsidyRate × yearFraction', showDecimal(unrounded)),
  );
  const amountFen = roundHalfUpToFen(unrounded);
  breakdown.push(line('subsidyFen', 'round half-up to the fen', amountFen));

  return {
    program: 'ethnic-trade-loan',
    policyVersion: versionRef(policy, version),
    amountFen,
    eligible,
    reasons,
    breakdown,
  };
}
