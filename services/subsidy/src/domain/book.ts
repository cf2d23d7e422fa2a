import { ValidationError } from '@sme/kernel';
import type { Borrower } from './borrower.ts';
import { Dec } from './exact.ts';
import { addMonths } from './months.ts';

/**
 * The book of the subsidy service: guarantees and subsidised loans a bank reported as approved (event
 * `BankFeedbackRecorded`), each keyed by the push it answers, so a push yields at most one guarantee
 * and one subsidised loan however often its events are delivered. Money is integer fen (safe
 * integers, as the events carry it); rates are decimal fraction strings.
 */

/** Programs whose entitlements the yearly ledger books (guarantee fees are the guarantor's income, not a subsidy). */
export const ledgerPrograms = [
  'fee-subsidy',
  'risk-compensation',
  'entrepreneurship-loan',
  'ethnic-trade-loan',
  'patent-pledge-loan',
] as const;
export type LedgerProgram = (typeof ledgerPrograms)[number];

export const subsidisedLoanPrograms = [
  'entrepreneurship-loan',
  'ethnic-trade-loan',
  'patent-pledge-loan',
] as const;
export type SubsidisedLoanProgram = (typeof subsidisedLoanPrograms)[number];

export const guaranteeStatuses = ['ACTIVE', 'REPAID', 'DEFAULTED'] as const;
export type GuaranteeStatus = (typeof guaranteeStatuses)[number];

/** Who reported a step, and when: kept on the record for the audit trail and the API. */
export interface Reported {
  reportId: string;
  reportedAt: string;
  reportedBy: string;
}

export interface Repayment extends Reported {
  repaidOn: string;
  amountFen: number;
}

export interface DefaultReport extends Reported {
  defaultedOn: string;
  /** What the guarantor paid the bank in its place (代偿), when known. */
  compensatedFen?: number;
  note?: string;
}

interface RecordBase {
  recordId: string;
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  principalFen: number;
  /** Yearly loan rate as a fraction ("0.0345"). */
  loanRate: string;
  termMonths: number;
  /** The approval date: it picks the policy version and the LPR. */
  contractDate: string;
  /** [startDate, endDate): from the approval (or disbursement) for termMonths. */
  startDate: string;
  endDate: string;
  borrower: Borrower;
  /** Events already applied: a re-delivered one changes nothing. */
  sourceEventIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface GuaranteeRecord extends RecordBase {
  kind: 'guarantee';
  guarantorId: string;
  /** Whether the guarantor is one of the city's (government) guarantors; only those are subsidised. */
  guarantorKnown: boolean;
  /** Fee rate charged, after any relief, as a fraction. */
  feeRate: string;
  outstandingFen: number;
  status: GuaranteeStatus;
  repayments: Repayment[];
  defaulted?: DefaultReport;
}

export interface LoanRecord extends RecordBase {
  kind: 'loan';
  program: SubsidisedLoanProgram;
}

export type BookRecord = GuaranteeRecord | LoanRecord;

/** An approval as the bank reported it (the `approved` part of `BankFeedbackRecorded`, with its push). */
export interface Approval {
  eventId: string;
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  on: string;
  amountFen: number;
  annualRatePercent: string;
  termMonths: number;
  guarantee?: { guarantorId: string; feeRatePercent: string };
  subsidyProgram?: SubsidisedLoanProgram;
}

const PERCENT_PATTERN = /^(0|[1-9]\d{0,2})(\.\d{1,10})?$/;

/** "0.8" (percent) → "0.008" (fraction), exactly; throws `ValidationError` on `field` unless 0…100. */
export function percentToRate(percent: string, field: string): string {
  if (!PERCENT_PATTERN.test(percent) || new Dec(percent).greaterThan(100)) {
    throw new ValidationError(`Invalid percentage ${percent}`, [
      { path: field, message: 'a percentage between 0 and 100 as a decimal string, e.g. "0.8"' },
    ]);
  }
  return new Dec(percent).div(100).toFixed();
}

export const guaranteeIdOf = (pushId: string) => `g-${pushId}`;
export const loanIdOf = (pushId: string) => `l-${pushId}`;

function base(approval: Approval, borrower: Borrower, now: string) {
  return {
    pushId: approval.pushId,
    batchId: approval.batchId,
    uscc: approval.uscc,
    bankId: approval.bankId,
    principalFen: approval.amountFen,
    loanRate: percentToRate(approval.annualRatePercent, 'approved.annualRatePercent'),
    termMonths: approval.termMonths,
    contractDate: approval.on,
    startDate: approval.on,
    endDate: addMonths(approval.on, approval.termMonths),
    borrower,
    sourceEventIds: [approval.eventId],
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The government guarantee of an approval: principal = the approved amount, [on, on + term).
 * `feeRatePercent` is taken as the rate charged, after any relief the guarantor applied.
 */
export function guaranteeFromApproval(
  approval: Approval,
  borrower: Borrower,
  cityGuarantorIds: readonly string[],
  now: string,
): GuaranteeRecord | undefined {
  const guarantee = approval.guarantee;
  if (guarantee === undefined) return undefined;
  return {
    kind: 'guarantee',
    recordId: guaranteeIdOf(approval.pushId),
    ...base(approval, borrower, now),
    guarantorId: guarantee.guarantorId,
    guarantorKnown: cityGuarantorIds.includes(guarantee.guarantorId),
    feeRate: percentToRate(guarantee.feeRatePercent, 'approved.guarantee.feeRatePercent'),
    outstandingFen: approval.amountFen,
    status: 'ACTIVE',
    repayments: [],
  };
}

/** The subsidised loan of an approval that names a program. */
export function loanFromApproval(
  approval: Approval,
  borrower: Borrower,
  now: string,
): LoanRecord | undefined {
  const program = approval.subsidyProgram;
  if (program === undefined) return undefined;
  return { kind: 'loan', recordId: loanIdOf(approval.pushId), ...base(approval, borrower, now), program };
}
