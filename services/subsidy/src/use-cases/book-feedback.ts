import { ConcurrentModificationError } from '@sme/kernel';
import {
  type Approval,
  type BookRecord,
  guaranteeFromApproval,
  guaranteeIdOf,
  loanFromApproval,
  loanIdOf,
  type SubsidisedLoanProgram,
} from '../domain/book.ts';
import { entitlementsOf } from '../domain/entitlements.ts';
import { applyDisbursement } from '../domain/guarantee-reports.ts';
import type { SubsidyPolicy } from '../domain/policy.ts';
import type { Audit, Borrowers, SubsidyBook } from './ports.ts';

/** The fields of `BankFeedbackRecorded` v1 this service reads. */
export interface BankFeedback {
  eventId: string;
  occurredAt: string;
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  stage: string;
  on: string;
  approved?: {
    amountFen: number;
    annualRatePercent: string;
    termMonths: number;
    guarantee?: { guarantorId: string; feeRatePercent: string } | undefined;
    subsidyProgram?: SubsidisedLoanProgram | undefined;
  };
  disbursed?: { amountFen: number };
}

/**
 * The registry has not told this service about the borrower yet. Thrown so the message is retried
 * (the registry event may still be in flight) and, if it never comes, parked in the DLQ intact:
 * an entitlement is never computed on a guessed borrower type.
 */
export class BorrowerNotKnownError extends Error {}

export interface FeedbackPorts {
  book: SubsidyBook;
  borrowers: Borrowers;
  policy: SubsidyPolicy;
  cityGuarantorIds: readonly string[];
  audit: Audit;
}

/** What a feedback event did to a record, for the log: booked, already-booked, updated, unchanged, ignored: <why>. */
export interface FeedbackOutcome {
  recordId: string;
  outcome: string;
}

/**
 * Turns a bank's feedback into bookings: an approval with a government guarantee books the guarantee,
 * one naming a subsidised program books the loan (both may apply), each with its entitlements; a
 * disbursement re-bases what was booked. Other stages concern other services. Safe to repeat: the
 * booking is conditioned on the push's record not existing, a disbursement on its event id.
 */
export async function bookFeedback(
  event: BankFeedback,
  ports: FeedbackPorts,
  now: string,
): Promise<FeedbackOutcome[]> {
  if (event.stage === 'approved' && event.approved) return bookApproval(event, event.approved, ports, now);
  if (event.stage === 'disbursed' && event.disbursed)
    return rebase(event, event.disbursed.amountFen, ports, now);
  return [];
}

async function bookApproval(
  event: BankFeedback,
  approved: NonNullable<BankFeedback['approved']>,
  ports: FeedbackPorts,
  now: string,
): Promise<FeedbackOutcome[]> {
  if (approved.guarantee === undefined && approved.subsidyProgram === undefined) return [];
  const borrower = await ports.borrowers.get(event.uscc);
  if (borrower === undefined) {
    throw new BorrowerNotKnownError(`Enterprise ${event.uscc} is not known to the subsidy service yet`);
  }
  const approval: Approval = {
    eventId: event.eventId,
    pushId: event.pushId,
    batchId: event.batchId,
    uscc: event.uscc,
    bankId: event.bankId,
    on: event.on,
    amountFen: approved.amountFen,
    annualRatePercent: approved.annualRatePercent,
    termMonths: approved.termMonths,
    ...(approved.guarantee ? { guarantee: approved.guarantee } : {}),
    ...(approved.subsidyProgram ? { subsidyProgram: approved.subsidyProgram } : {}),
  };
  const records = [
    guaranteeFromApproval(approval, borrower, ports.cityGuarantorIds, now),
    loanFromApproval(approval, borrower, now),
  ].filter((r): r is BookRecord => r !== undefined);
  const outcomes: FeedbackOutcome[] = [];
  for (const record of records) {
    const entitlements = entitlementsOf(record, ports.policy);
    const booked = await ports.book.create(record, entitlements);
    outcomes.push({ recordId: record.recordId, outcome: booked ? 'booked' : 'already-booked' });
    await ports.audit({
      subjectType: record.kind === 'guarantee' ? 'guarantee' : 'subsidised-loan',
      subjectId: record.recordId,
      action: `${record.kind === 'guarantee' ? 'guarantee' : 'subsidised-loan'}.booked`,
      at: event.occurredAt,
      discriminator: event.eventId,
      detail: {
        pushId: event.pushId,
        entitlements: entitlements.map((e) => ({
          year: e.year,
          program: e.program,
          amountFen: e.amountFen.toString(),
          status: e.status,
        })),
      },
    });
  }
  return outcomes;
}

/** Tries of a change that lost a race with another change of the same record. */
const attempts = 3;

async function rebase(
  event: BankFeedback,
  amountFen: number,
  ports: FeedbackPorts,
  now: string,
): Promise<FeedbackOutcome[]> {
  const outcomes: FeedbackOutcome[] = [];
  for (const recordId of [guaranteeIdOf(event.pushId), loanIdOf(event.pushId)]) {
    for (let attempt = 1; ; attempt++) {
      const record = await ports.book.get(recordId);
      if (record === undefined) break;
      const applied = applyDisbursement(record, { eventId: event.eventId, on: event.on, amountFen }, now);
      if (!applied.changed) {
        outcomes.push({ recordId, outcome: applied.ignored ? `ignored: ${applied.ignored}` : 'unchanged' });
        break;
      }
      try {
        await ports.book.update(record, applied.record, entitlementsOf(applied.record, ports.policy));
      } catch (error) {
        if (error instanceof ConcurrentModificationError && attempt < attempts) continue;
        throw error;
      }
      outcomes.push({ recordId, outcome: 'updated' });
      await ports.audit({
        subjectType: record.kind === 'guarantee' ? 'guarantee' : 'subsidised-loan',
        subjectId: recordId,
        action: 'record.disbursement-applied',
        at: event.occurredAt,
        discriminator: event.eventId,
        detail: { amountFen, on: event.on, version: applied.record.version },
      });
      break;
    }
  }
  return outcomes;
}
