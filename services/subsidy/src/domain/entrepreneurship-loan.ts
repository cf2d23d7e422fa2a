import * as z from 'zod';
import { actualDays, basisDays } from './day-count.ts';
import { bpToRate, Dec, fenToDec, nonNegative, roundHalfUpToFen, showDecimal } from './exact.ts';
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
import { type BreakdownLine, line, type SubsidyResult, versionRef } from './result.ts';

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
 * date), the treasury pays the rest, on the principal capped per borrower type (3 million CNY for small
 * enterprises: only the capped part is subsidised).
 *
 * subsidy = round_half_up(min(principalFen, capFen) × max(0, rateForSubsidy − max(0, LPR − spread)) × days / basis)
 *
 * `rateForSubsidy` is the loan rate; above the program's rate cap (LPR + X bp) the loan is either not
 * eligible (zero) or subsidised as if at the cap, as the version's `rateCap.mode` says.
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

  const principalCap = params.principalCaps[loan.borrowerType];
  if (principalCap === undefined) reasons.push(`borrower ${loan.borrowerType} is not eligible`);
  const eligible = reasons.length === 0;
  const subsidisedPrincipal =
    principalCap === undefined || loan.principal < principalCap ? loan.principal : principalCap;
  breakdown.push(line('principalFen', 'principal × 100', loan.principal));
  breakdown.push(line('principalCapFen', `cap for ${loan.borrowerType}`, principalCap ?? 'none'));
  breakdown.push(line('subsidisedPrincipalFen', 'min(principalFen, principalCapFen)', subsidisedPrincipal));

  const subsidyRate = eligible ? nonNegative(rateForSubsidy.minus(borrowerShare)) : new Dec(0);
  breakdown.push(line('subsidyRate', 'max(0, rate for subsidy − borrowerMaxRate)', subsidyRate.toFixed()));

  const days = actualDays(loan.periodStart, loan.periodEnd);
  const basis = basisDays(version.dayCount);
  breakdown.push(
    line('days', `actual days ${loan.periodStart} → ${loan.periodEnd} (${version.dayCount})`, days),
  );
  const unrounded = fenToDec(subsidisedPrincipal).times(subsidyRate).times(days).div(basis);
  breakdown.push(
    line(
      'subsidyUnroundedFen',
      `subsidisedPrincipalFen × subsidyRate × days / ${basis}`,
      showDecimal(unrounded),
    ),
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
