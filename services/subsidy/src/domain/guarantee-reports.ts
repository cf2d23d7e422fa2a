import { ConflictError, ValidationError } from '@sme/kernel';
import type { BookRecord, GuaranteeRecord, Repayment } from './book.ts';
import { addMonths, laterDate } from './months.ts';

/**
 * What a guarantor reports on its guarantees (repayments release the outstanding balance; a default
 * ends it), and what a disbursement changes. Each returns the next version of the record, or the same
 * record with `changed: false` when the report was already applied, so a retried report is harmless.
 */

export interface RepaymentReport {
  reportId: string;
  repaidOn: string;
  amountFen: number;
}

export interface DefaultReportInput {
  reportId: string;
  defaultedOn: string;
  compensatedFen?: number | undefined;
  note?: string | undefined;
}

/** Who reports, when (ISO instant) and the business date of "today", for the future-date check. */
export interface ReportContext {
  by: string;
  at: string;
  today: string;
}

export interface Applied<R> {
  record: R;
  changed: boolean;
}

function next<R extends BookRecord>(record: R, changes: Partial<R>, at: string): R {
  return { ...record, ...changes, version: record.version + 1, updatedAt: at };
}

function assertActive(g: GuaranteeRecord, what: string): void {
  if (g.status !== 'ACTIVE') {
    throw new ConflictError(`Guarantee ${g.recordId} is ${g.status}; ${what} needs an ACTIVE guarantee`, {
      status: g.status,
    });
  }
}

function assertDateInCover(g: GuaranteeRecord, date: string, field: string, today: string): void {
  if (date < g.startDate) {
    throw new ValidationError(`${field} before the guarantee started`, [
      { path: field, message: `must not be before the guarantee's start ${g.startDate}` },
    ]);
  }
  if (date > today) {
    throw new ValidationError(`${field} in the future`, [
      { path: field, message: `must not be after today (${today})` },
    ]);
  }
}

/** The date the last repayment was made, or undefined without repayments. */
export function lastRepaymentOn(g: GuaranteeRecord): string | undefined {
  return g.repayments.reduce<string | undefined>(
    (last, r) => (last === undefined ? r.repaidOn : laterDate(last, r.repaidOn)),
    undefined,
  );
}

/**
 * Releases `amountFen` of the outstanding balance on `repaidOn`; at zero the guarantee is REPAID.
 * Refuses (naming the field) an amount above the outstanding balance or a date outside the cover;
 * refuses (409) a guarantee that is no longer ACTIVE, or a report id reused with other figures.
 */
export function applyRepayment(
  g: GuaranteeRecord,
  report: RepaymentReport,
  context: ReportContext,
): Applied<GuaranteeRecord> {
  const previous = g.repayments.find((r) => r.reportId === report.reportId);
  if (previous !== undefined) {
    if (previous.repaidOn === report.repaidOn && previous.amountFen === report.amountFen) {
      return { record: g, changed: false };
    }
    throw new ConflictError(`Report ${report.reportId} was already recorded with other figures`, {
      recorded: { repaidOn: previous.repaidOn, amountFen: previous.amountFen },
    });
  }
  assertActive(g, 'a repayment');
  assertDateInCover(g, report.repaidOn, 'repaidOn', context.today);
  if (report.amountFen > g.outstandingFen) {
    throw new ValidationError('Repayment above the outstanding balance', [
      { path: 'amountFen', message: `exceeds the outstanding balance of ${g.outstandingFen} fen` },
    ]);
  }
  const repayment: Repayment = { ...report, reportedAt: context.at, reportedBy: context.by };
  const outstandingFen = g.outstandingFen - report.amountFen;
  return {
    record: next(
      g,
      {
        repayments: [...g.repayments, repayment],
        outstandingFen,
        status: outstandingFen === 0 ? 'REPAID' : 'ACTIVE',
      },
      context.at,
    ),
    changed: true,
  };
}

/**
 * Records the borrower's default on `defaultedOn`: the guaranteed balance stops accruing risk
 * compensation and fee subsidy that day. Refuses a date before the last repayment or outside the
 * cover, a compensation above the outstanding balance, and a guarantee already closed (409).
 */
export function applyDefault(
  g: GuaranteeRecord,
  report: DefaultReportInput,
  context: ReportContext,
): Applied<GuaranteeRecord> {
  if (g.defaulted?.reportId === report.reportId) {
    const same =
      g.defaulted.defaultedOn === report.defaultedOn && g.defaulted.compensatedFen === report.compensatedFen;
    if (same) return { record: g, changed: false };
    throw new ConflictError(`Report ${report.reportId} was already recorded with other figures`, {
      recorded: { defaultedOn: g.defaulted.defaultedOn, compensatedFen: g.defaulted.compensatedFen },
    });
  }
  assertActive(g, 'a default');
  assertDateInCover(g, report.defaultedOn, 'defaultedOn', context.today);
  const last = lastRepaymentOn(g);
  if (last !== undefined && report.defaultedOn < last) {
    throw new ValidationError('Default before a reported repayment', [
      { path: 'defaultedOn', message: `must not be before the last reported repayment on ${last}` },
    ]);
  }
  if (report.compensatedFen !== undefined && report.compensatedFen > g.outstandingFen) {
    throw new ValidationError('Compensation above the outstanding balance', [
      { path: 'compensatedFen', message: `exceeds the outstanding balance of ${g.outstandingFen} fen` },
    ]);
  }
  const defaulted = {
    reportId: report.reportId,
    defaultedOn: report.defaultedOn,
    ...(report.compensatedFen === undefined ? {} : { compensatedFen: report.compensatedFen }),
    ...(report.note === undefined ? {} : { note: report.note }),
    reportedAt: context.at,
    reportedBy: context.by,
  };
  return { record: next(g, { status: 'DEFAULTED', defaulted }, context.at), changed: true };
}

export interface Disbursement {
  eventId: string;
  on: string;
  amountFen: number;
}

/**
 * A disbursement re-bases a record on what was actually lent: principal = the disbursed amount,
 * [on, on + term). The contract date (approval) still picks the policy version. Ignored, with the
 * reason, once a guarantor has reported on the guarantee: its reports are about the old base.
 */
export function applyDisbursement<R extends BookRecord>(
  record: R,
  disbursement: Disbursement,
  at: string,
): Applied<R> & { ignored?: string } {
  if (record.sourceEventIds.includes(disbursement.eventId)) return { record, changed: false };
  if (record.kind === 'guarantee' && (record.repayments.length > 0 || record.status !== 'ACTIVE')) {
    return { record, changed: false, ignored: 'the guarantor has already reported on this guarantee' };
  }
  const changes = {
    principalFen: disbursement.amountFen,
    startDate: disbursement.on,
    endDate: addMonths(disbursement.on, record.termMonths),
    sourceEventIds: [...record.sourceEventIds, disbursement.eventId],
    ...(record.kind === 'guarantee' ? { outstandingFen: disbursement.amountFen } : {}),
  } as Partial<R>;
  return { record: next(record, changes, at), changed: true };
}
