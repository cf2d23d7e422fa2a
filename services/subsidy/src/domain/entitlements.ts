import { ValidationError } from '@sme/kernel';
import type { BookRecord, GuaranteeRecord, LedgerProgram, LoanRecord } from './book.ts';
import { computeEntrepreneurshipLoanSubsidy } from './entrepreneurship-loan.ts';
import { computeEthnicTradeLoanSubsidy } from './ethnic-trade-loan.ts';
import { Dec } from './exact.ts';
import { computeFeeSubsidy } from './fee-subsidy.ts';
import { computeGuaranteeFee } from './guarantee-fee.ts';
import { lastRepaymentOn } from './guarantee-reports.ts';
import { dayAfter, earlierDate, laterDate, yearOf, yearSlices } from './months.ts';
import type { SubsidyPolicy, VersionOf } from './policy.ts';
import { programVersionInForce } from './policy-lookup.ts';
import { type BreakdownLine, line, type PolicyVersionRef, type SubsidyResult, versionRef } from './result.ts';
import { computeRiskCompensation } from './risk-compensation.ts';

/**
 * Entitlements of the book: for each record, one line per program and calendar year it accrues in.
 * Each line is its own calculation over its slice of the period [start, end) ∩ the year, rounded once,
 * so a year's actuals are the sum of whole fen and a later year never changes an earlier one's line.
 * A line that pays nothing still exists, with its reasons, so the ledger explains every record.
 */

/**
 * - `accrued`: computed by the program's rule (possibly zero, e.g. a fee at the break-even rate);
 * - `not-eligible`: the rule or the facts exclude it (reasons say which);
 * - `pending`: cannot be computed yet (no risk-compensation rate set yet after the city's last version;
 *   paid only after on-time repayment).
 */
export const entitlementStatuses = ['accrued', 'not-eligible', 'pending'] as const;
export type EntitlementStatus = (typeof entitlementStatuses)[number];

export interface Entitlement {
  recordId: string;
  program: LedgerProgram;
  year: number;
  amountFen: bigint;
  status: EntitlementStatus;
  reasons: string[];
  period: { start: string; end: string } | null;
  policyVersion: PolicyVersionRef | null;
  breakdown: BreakdownLine[];
}

/** `<year>|<program>`: one line per record, program and year. */
export const entitlementKey = (e: { year: number; program: LedgerProgram }) => `${e.year}|${e.program}`;

type Slice = { year: number; start: string; end: string };

function fromResult(recordId: string, slice: Slice, result: SubsidyResult<LedgerProgram>): Entitlement {
  return {
    recordId,
    program: result.program,
    year: slice.year,
    amountFen: result.amountFen,
    status: result.eligible ? 'accrued' : 'not-eligible',
    reasons: result.reasons,
    period: { start: slice.start, end: slice.end },
    policyVersion: result.policyVersion,
    breakdown: result.breakdown,
  };
}

function withoutAmount(
  recordId: string,
  program: LedgerProgram,
  slice: Slice,
  status: EntitlementStatus,
  reasons: string[],
  policyVersion: PolicyVersionRef | null = null,
): Entitlement {
  return {
    recordId,
    program,
    year: slice.year,
    amountFen: 0n,
    status,
    reasons,
    period: { start: slice.start, end: slice.end },
    policyVersion,
    breakdown: [line('amountFen', status, 0)],
  };
}

/** Runs a calculation; a policy gap (no version in force, no rate for the industry) becomes a not-eligible line. */
function attempt(
  recordId: string,
  program: LedgerProgram,
  slice: Slice,
  calculate: () => SubsidyResult<LedgerProgram>,
): Entitlement {
  try {
    return fromResult(recordId, slice, calculate());
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const details = error.issues.map((i) => i.message);
    return withoutAmount(recordId, program, slice, 'not-eligible', [error.message, ...details]);
  }
}

/**
 * The last day the guarantee covers (exclusive): the default date, the day the balance reached zero,
 * or the contractual end — and a repayment made late keeps its tranche covered until it was paid.
 */
export function guaranteeCoverEnd(g: GuaranteeRecord): string {
  if (g.status === 'DEFAULTED' && g.defaulted !== undefined) return g.defaulted.defaultedOn;
  const last = lastRepaymentOn(g);
  if (g.status === 'REPAID' && last !== undefined) return last;
  return last === undefined ? g.endDate : laterDate(last, g.endDate);
}

/** Balance segments of a guarantee for risk compensation: each repaid tranche until its repayment, the rest until the cover ends. */
export function balanceSegments(g: GuaranteeRecord): { from: string; to: string; balance: bigint }[] {
  const end = guaranteeCoverEnd(g);
  const segments = [...g.repayments]
    .sort((a, b) => (a.repaidOn < b.repaidOn ? -1 : a.repaidOn > b.repaidOn ? 1 : 0))
    .map((r) => ({
      from: g.startDate,
      to: earlierDate(r.repaidOn, end),
      balance: BigInt(r.amountFen),
    }));
  if (g.outstandingFen > 0) segments.push({ from: g.startDate, to: end, balance: BigInt(g.outstandingFen) });
  return segments;
}

/** Whether the fee charged is within the city's cap; undefined (with why) when no cap version applies. */
function feeCompliance(g: GuaranteeRecord, policy: SubsidyPolicy): { compliant: boolean; reason: string } {
  try {
    const result = computeGuaranteeFee(
      {
        contractDate: g.contractDate,
        guaranteeAmount: BigInt(g.principalFen),
        feeRate: new Dec(g.feeRate),
        periodStart: g.startDate,
        periodEnd: g.endDate,
        // The borrower type only matters for re-guarantee waivers, which this check does not cover.
        borrowerType: g.borrower.borrowerType ?? 'small-enterprise',
        business: 'guarantee',
      },
      policy,
    );
    return {
      compliant: result.compliant,
      reason: `fee rate ${result.effectiveRate} is above the cap ${result.capRate ?? ''} (${result.policyVersion.versionId})`,
    };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { compliant: true, reason: '' };
  }
}

/**
 * Fee subsidy and risk-compensation lines of a guarantee, per calendar year of its cover. Only the
 * city's own guarantors are subsidised; a fee above the cap forfeits the fee subsidy; a borrower
 * whose size the registry has not classified waits (not eligible, says so).
 */
export function guaranteeEntitlements(g: GuaranteeRecord, policy: SubsidyPolicy): Entitlement[] {
  const slices = yearSlices(g.startDate, guaranteeCoverEnd(g));
  const fee = feeCompliance(g, policy);
  const unknownGuarantor = `guarantor ${g.guarantorId} is not a guarantor of city ${policy.city}`;
  const lines: Entitlement[] = [];
  for (const slice of slices) {
    const borrowerType = g.borrower.borrowerType;
    if (!g.guarantorKnown) {
      lines.push(withoutAmount(g.recordId, 'fee-subsidy', slice, 'not-eligible', [unknownGuarantor]));
    } else if (borrowerType === undefined) {
      lines.push(
        withoutAmount(g.recordId, 'fee-subsidy', slice, 'not-eligible', [
          'the registry has not classified the borrower’s size',
        ]),
      );
    } else if (!fee.compliant) {
      lines.push(withoutAmount(g.recordId, 'fee-subsidy', slice, 'not-eligible', [fee.reason]));
    } else {
      lines.push(
        attempt(g.recordId, 'fee-subsidy', slice, () =>
          computeFeeSubsidy(
            {
              contractDate: g.contractDate,
              guaranteeAmount: BigInt(g.principalFen),
              actualFeeRate: new Dec(g.feeRate),
              periodStart: slice.start,
              periodEnd: slice.end,
              borrowerType,
              tags: g.borrower.tags,
              industryCode: g.borrower.industryCode,
            },
            policy,
          ),
        ),
      );
    }
    lines.push(riskCompensationLine(g, slice, policy, unknownGuarantor));
  }
  return lines;
}

/**
 * The city's last risk-compensation version when it ends before `end`: the days after it wait for the
 * city to set the next rate, rather than being refused.
 */
function lastVersionEndingBefore(
  policy: SubsidyPolicy,
  end: string,
): VersionOf<'risk-compensation'> | undefined {
  const last = policy.programs
    .filter((v): v is VersionOf<'risk-compensation'> => v.program === 'risk-compensation')
    .reduce<VersionOf<'risk-compensation'> | undefined>(
      (latest, v) => (latest === undefined || v.effectiveFrom > latest.effectiveFrom ? v : latest),
      undefined,
    );
  return last?.effectiveTo !== undefined && dayAfter(last.effectiveTo) < end ? last : undefined;
}

function riskCompensationLine(
  g: GuaranteeRecord,
  slice: Slice,
  policy: SubsidyPolicy,
  unknownGuarantor: string,
): Entitlement {
  if (!g.guarantorKnown) {
    return withoutAmount(g.recordId, 'risk-compensation', slice, 'not-eligible', [unknownGuarantor]);
  }
  const last = lastVersionEndingBefore(policy, slice.end);
  if (last !== undefined) {
    return withoutAmount(
      g.recordId,
      'risk-compensation',
      slice,
      'pending',
      [`version ${last.id} ends on ${last.effectiveTo}; no rate is set after it yet`],
      versionRef(policy, last),
    );
  }
  return attempt(g.recordId, 'risk-compensation', slice, () =>
    computeRiskCompensation(
      {
        periodStart: slice.start,
        periodEnd: slice.end,
        segments: balanceSegments(g),
      },
      policy,
    ),
  );
}

/**
 * Interest-subsidy lines of a subsidised loan. Entrepreneurship and ethnic-trade loans accrue per
 * year of the term (the bank names the ethnic-trade program only for designated producers). A
 * patent-pledge loan is paid after on-time repayment: one pending line in the year the term ends.
 */
export function loanEntitlements(loan: LoanRecord, policy: SubsidyPolicy): Entitlement[] {
  const principal = BigInt(loan.principalFen);
  const loanRate = new Dec(loan.loanRate);
  if (loan.program === 'patent-pledge-loan') {
    const slice = { year: yearOf(loan.endDate), start: loan.startDate, end: loan.endDate };
    let ref: PolicyVersionRef | null = null;
    try {
      ref = versionRef(
        policy,
        programVersionInForce(policy, loan.program, loan.contractDate, 'contractDate'),
      );
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return [withoutAmount(loan.recordId, loan.program, slice, 'not-eligible', [error.message])];
    }
    return [
      withoutAmount(
        loan.recordId,
        loan.program,
        slice,
        'pending',
        ['paid after the loan is repaid on time, on the interest actually paid; no repayment reported yet'],
        ref,
      ),
    ];
  }
  return yearSlices(loan.startDate, loan.endDate).map((slice) => {
    const period = {
      contractDate: loan.contractDate,
      principal,
      loanRate,
      periodStart: slice.start,
      periodEnd: slice.end,
    };
    if (loan.program === 'ethnic-trade-loan') {
      return attempt(loan.recordId, loan.program, slice, () =>
        computeEthnicTradeLoanSubsidy({ ...period, designatedProducer: true }, policy),
      );
    }
    const borrowerType = loan.borrower.borrowerType;
    if (borrowerType === undefined) {
      return withoutAmount(loan.recordId, loan.program, slice, 'not-eligible', [
        'the registry has not classified the borrower’s size',
      ]);
    }
    return attempt(loan.recordId, loan.program, slice, () =>
      computeEntrepreneurshipLoanSubsidy({ ...period, borrowerType }, policy),
    );
  });
}

/** Every entitlement line of a record. */
export function entitlementsOf(record: BookRecord, policy: SubsidyPolicy): Entitlement[] {
  return record.kind === 'guarantee'
    ? guaranteeEntitlements(record, policy)
    : loanEntitlements(record, policy);
}
