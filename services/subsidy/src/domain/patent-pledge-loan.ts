import * as z from 'zod';
import { actualDays } from './day-count.ts';
import { fenToDec, roundHalfUpToFen, showDecimal } from './exact.ts';
import { cnySchema, isoDateSchema, parseInput } from './inputs.ts';
import type { SubsidyPolicy } from './policy.ts';
import { programVersionInForce } from './policy-lookup.ts';
import { type BreakdownLine, line, type SubsidyResult, versionRef } from './result.ts';

const repaymentSchema = z.strictObject({
  dueDate: isoDateSchema,
  paidDate: isoDateSchema,
  /** Interest actually paid with this instalment. */
  interestPaid: cnySchema,
});

export const patentPledgeLoanInputSchema = z.strictObject({
  contractDate: isoDateSchema,
  /** Principal and interest fully repaid: the subsidy is paid only afterwards. */
  fullyRepaid: z.boolean(),
  repayments: z.array(repaymentSchema),
});
export type PatentPledgeLoanInput = z.input<typeof patentPledgeLoanInputSchema>;

/**
 * Interest subsidy on a patent-pledge loan (seed 004 §(六)): 50 % of the interest actually paid, once
 * the loan is repaid, and only if every instalment was paid on or before its due date; otherwise zero,
 * with each late instalment named (sorted, so the reasons do not depend on the input order).
 *
 * subsidy = round_half_up(Σ interestPaidFen × shareOfInterestPaid)
 */
export function calculatePatentPledgeLoanSubsidy(
  input: PatentPledgeLoanInput,
  policy: SubsidyPolicy,
): SubsidyResult<'patent-pledge-loan'> {
  return computePatentPledgeLoanSubsidy(
    parseInput(patentPledgeLoanInputSchema, input, 'patent-pledge loan input'),
    policy,
  );
}

/** `calculatePatentPledgeLoanSubsidy` on input already validated by `patentPledgeLoanInputSchema` (an HTTP body, a stored record). */
export function computePatentPledgeLoanSubsidy(
  loan: z.output<typeof patentPledgeLoanInputSchema>,
  policy: SubsidyPolicy,
): SubsidyResult<'patent-pledge-loan'> {
  const version = programVersionInForce(policy, 'patent-pledge-loan', loan.contractDate, 'contractDate');
  const share = version.params.shareOfInterestPaid;
  const reasons: string[] = [];

  if (!loan.fullyRepaid) reasons.push('loan not yet fully repaid');
  if (loan.repayments.length === 0) reasons.push('no repayment reported');
  const late = loan.repayments
    .filter((r) => r.paidDate > r.dueDate)
    .map((r) => `${r.dueDate}|${r.paidDate}`)
    .sort();
  for (const key of late) {
    const [due = '', paid = ''] = key.split('|');
    reasons.push(`instalment due ${due} paid ${paid}, ${actualDays(due, paid)} day(s) late`);
  }
  const eligible = reasons.length === 0;

  const interestPaid = loan.repayments.reduce((sum, r) => sum + r.interestPaid, 0n);
  const breakdown: BreakdownLine[] = [
    line('repayments', 'instalments reported', loan.repayments.length),
    line('lateRepayments', 'instalments paid after their due date', late.length),
    line('interestPaidFen', 'Σ interestPaid × 100', interestPaid),
    line('share', 'share of interest paid refunded', eligible ? share.toFixed() : '0'),
  ];
  const unrounded = eligible ? fenToDec(interestPaid).times(share) : fenToDec(0n);
  breakdown.push(line('subsidyUnroundedFen', 'interestPaidFen × share', showDecimal(unrounded)));
  const amountFen = roundHalfUpToFen(unrounded);
  breakdown.push(line('subsidyFen', 'round half-up to the fen', amountFen));

  return {
    program: 'patent-pledge-loan',
    policyVersion: versionRef(policy, version),
    amountFen,
    eligible,
    reasons,
    breakdown,
  };
}
