import * as z from 'zod';
import { yearFraction } from './day-count.ts';
import { bpToRate, Dec, fenToCny, fenToDec, nonNegative, roundHalfUpToFen, showDecimal } from './exact.ts';
import {
  borrowerTypeSchema,
  checkPeriod,
  cnySchema,
  isoDateSchema,
  parseInput,
  rateSchema,
} from './inputs.ts';
import type { SubsidyPolicy } from './policy.ts';
import { lprInForce, programVersionInForce } from './policy-lookup.ts';
import { type BreakdownLine, line, periodLine, type SubsidyResult, versionRef } from './result.ts';

export const entrepreneurshipLoanInputSchema = z
  .strictObject({
    /** Picks both the policy version and the LPR quote. */
    contractDate: isoDateSchema,
    principal: cnySchema,
    /** Yearly contract rate of the loan. */
    loanRate: rateSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    borrowerType: borrowerTypeSchema,
  })
  .superRefine(checkPeriod);
export type EntrepreneurshipLoanInput = z.input<typeof entrepreneurshipLoanInputSchema>;

/**
 * Interest subsidy on an entrepreneurship guaranteed loan (创业担保贷款, seed 004 §(六), 000 §7): the
 * borrower bears interest up to LPR − 150 bp (LPR of the configured tenor in force on the contract
 * date), the treasury pays the rest. Only for the eligible borrower types, on loans up to and including
 * the type's maximum ("最高额度为300万元" for small and micro enterprises); a larger loan is not in
 * the program.
 *
 * subsidy = round_half_up(principalFen × max(0, rateForSubsidy − max(0, LPR − spread)) × yearFraction)
 *
 * The day count is the version's, actual/360 by default: the treasury pays part of the bank's interest,
 * which accrues at the yearly rate / 360 a day, so borrower and treasury shares add up to the interest
 * charged; the seeds cap no yearly amount here. `rateForSubsidy` is the loan rate, unless the city set
 * the optional rate cap that no seed states (`rateCap`, see policy.ts).
 */
export function calculateEntrepreneurshipLoanSubsidy(
  input: EntrepreneurshipLoanInput,
  policy: SubsidyPolicy,
): SubsidyResult<'entrepreneurship-loan'> {
  return computeEntrepreneurshipLoanSubsidy(
    parseInput(entrepreneurshipLoanInputSchema, input, 'entrepreneurship loan input'),
    policy,
  );
}

/** `calculateEntrepreneurshipLoanSubsidy` on input already validated by `entrepreneurshipLoanInputSchema` (an HTTP body, a stored record). */
export function computeEntrepreneurshipLoanSubsidy(
  loan: z.output<typeof entrepreneurshipLoanInputSchema>,
  policy: SubsidyPolicy,
): SubsidyResult<'entrepreneurship-loan'> {
  const version = programVersionInForce(policy, 'entrepreneurship-loan', loan.contractDate, 'contractDate');
  const params = version.params;
  const lpr = lprInForce(policy, params.lprTenor, loan.contractDate, 'contractDate');
  const breakdown: BreakdownLine[] = [];
  const reasons: string[] = [];

  breakdown.push(
    line(
      'lpr',
      `${params.lprTenor} LPR in force ${lpr.month} (contract ${loan.contractDate})`,
      lpr.rate.toFixed(),
    ),
  );
  const borrowerShare = nonNegative(lpr.rate.minus(bpToRate(params.borrowerBearsUpToLprMinusBp)));
  breakdown.push(
    line(
      'borrowerMaxRate',
      `max(0, LPR − ${params.borrowerBearsUpToLprMinusBp} bp)`,
      borrowerShare.toFixed(),
    ),
  );
  breakdown.push(line('loanRate', 'loanRate', loan.loanRate.toFixed()));

  let rateForSubsidy = loan.loanRate;
  if (params.rateCap !== undefined) {
    const capRate = lpr.rate.plus(bpToRate(params.rateCap.lprPlusBp));
    breakdown.push(
      line('rateCap', `LPR + ${params.rateCap.lprPlusBp} bp (${params.rateCap.mode})`, capRate.toFixed()),
    );
    if (loan.loanRate.greaterThan(capRate)) {
      if (params.rateCap.mode === 'ineligible') reasons.push(`loan rate above the cap ${capRate.toFixed()}`);
      else rateForSubsidy = capRate;
    }
  }

  if (!params.eligibleBorrowerTypes.includes(loan.borrowerType)) {
    reasons.push(`borrower ${loan.borrowerType} is not eligible`);
  }
  const maxPrincipal = params.maxPrincipal[loan.borrowerType];
  if (maxPrincipal !== undefined && loan.principal > maxPrincipal) {
    reasons.push(
      `principal ${fenToCny(loan.principal)} is above the program's maximum ${fenToCny(maxPrincipal)}`,
    );
  }
  const eligible = reasons.length === 0;
  breakdown.push(line('principalFen', 'principal × 100', loan.principal));
  breakdown.push(
    line('maxPrincipalFen', `highest loan for ${loan.borrowerType}, inclusive`, maxPrincipal ?? 'none'),
  );

  const subsidyRate = eligible ? nonNegative(rateForSubsidy.minus(borrowerShare)) : new Dec(0);
  breakdown.push(line('subsidyRate', 'max(0, rate for subsidy − borrowerMaxRate)', subsidyRate.toFixed()));

  const period = yearFraction(loan.periodStart, loan.periodEnd, version.dayCount);
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
    program: 'entrepreneurship-loan',
    policyVersion: versionRef(policy, version),
    amountFen,
    eligible,
    reasons,
    breakdown,
  };
}
