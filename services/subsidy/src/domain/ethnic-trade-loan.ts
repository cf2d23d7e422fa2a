import * as z from 'zod';
import { actualDays, basisDays } from './day-count.ts';
import { Dec, fenToDec, minDec, roundHalfUpToFen, showDecimal } from './exact.ts';
import { checkPeriod, cnySchema, isoDateSchema, parseInput, rateSchema } from './inputs.ts';
import type { SubsidyPolicy } from './policy.ts';
import { programVersionInForce } from './policy-lookup.ts';
import { type BreakdownLine, line, type SubsidyResult, versionRef } from './result.ts';

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
 * Interest subsidy for designated ethnic-trade producers (seed 004 §(六)): at most 2.88 % of principal
 * per year, pro-rated by days, and never more than the loan's own rate (a subsidy cannot exceed the
 * interest it offsets).
 *
 * subsidy = round_half_up(principalFen × min(maxSubsidyRate, loanRate) × days / basis)
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

  const days = actualDays(loan.periodStart, loan.periodEnd);
  const basis = basisDays(version.dayCount);
  breakdown.push(
    line('days', `actual days ${loan.periodStart} → ${loan.periodEnd} (${version.dayCount})`, days),
  );
  const unrounded = fenToDec(loan.principal).times(subsidyRate).times(days).div(basis);
  breakdown.push(
    line('subsidyUnroundedFen', `principalFen × subsidyRate × days / ${basis}`, showDecimal(unrounded)),
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
