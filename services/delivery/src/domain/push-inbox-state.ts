import { subsidisedLoanPrograms } from '@sme/events';
import { ConflictError, freeText, ValidationError } from '@sme/kernel';
import * as z from 'zod';

/**
 * A bank's progress on one push (seed 001 §三(二)): contact the enterprise, collect complete materials
 * (which starts the 30-day decision clock), decide, and disburse.
 *
 * ```
 * PUSHED ─contacted─► CONTACTED ─materials-complete─► MATERIALS_COMPLETE ─approved─► APPROVED ─disbursed─► DISBURSED
 *    └──────────────────┴──────────────rejected──────────────┴──► REJECTED
 * ```
 * `application-received` records, in any undecided status and at most once, the day the bank received
 * the enterprise's credit application when the declaration was not that application; it starts a
 * no-loan household's reply clock and changes no status.
 * The approval path is strictly linear so every step's date exists for deadline monitoring. A
 * rejection is allowed from any state before a decision: a bank may find after contact, or even
 * before it, that it cannot lend, and the repair loop needs its reasons rather than a silent stall.
 * REJECTED and DISBURSED are final; a repeated post of the same event is refused here (the API's
 * Idempotency-Key makes a true retry a no-op before it reaches this function).
 */

export const pushStatuses = [
  'PUSHED',
  'CONTACTED',
  'MATERIALS_COMPLETE',
  'APPROVED',
  'REJECTED',
  'DISBURSED',
] as const;
export type PushStatus = (typeof pushStatuses)[number];

/** 信用 (no security), 保证, 政府性融资担保, 抵押, 质押, or a combination. */
export const guaranteeTypes = [
  'credit',
  'surety',
  'government-guarantee',
  'mortgage',
  'pledge',
  'combined',
] as const;

const isoDate = z.iso.date();
const fen = z.int().min(1).meta({ description: 'Amount in fen (1 CNY = 100 fen), an integer' });

/** Annual rate in percent as a decimal string, e.g. "3.45" for 3.45 %; never a binary float. */
export const annualRatePercentSchema = z
  .string()
  .regex(/^\d{1,2}(\.\d{1,4})?$/, 'a decimal string of percent with up to 4 decimals, e.g. "3.45"')
  .refine((rate) => /[1-9]/.test(rate), 'must be above zero');

export const contactedEventSchema = z.strictObject({
  type: z.literal('contacted'),
  contactedOn: isoDate,
  note: freeText(1000, 0).optional(),
});

export const applicationReceivedEventSchema = z.strictObject({
  type: z.literal('application-received'),
  receivedOn: isoDate.meta({ description: 'The day the bank received the credit application (授信申请)' }),
});

export const materialsCompleteEventSchema = z.strictObject({
  type: z.literal('materials-complete'),
  completedOn: isoDate,
});

export const approvedEventSchema = z
  .strictObject({
    type: z.literal('approved'),
    approvedOn: isoDate,
    amountFen: fen,
    annualRatePercent: annualRatePercentSchema,
    termMonths: z.int().min(1).max(360),
    guaranteeType: z.enum(guaranteeTypes),
    creditLoan: z.boolean().meta({ description: '信用贷款: counted in the credit-loan share' }),
    /** A government-guaranteed loan names its guarantor and fee rate: the subsidy service needs both. */
    guarantee: z
      .strictObject({
        guarantorId: z.string().min(1).max(64),
        feeRatePercent: annualRatePercentSchema,
      })
      .optional(),
    subsidyProgram: z
      .enum(subsidisedLoanPrograms)
      .optional()
      .meta({ description: 'A subsidised loan programme the loan is made under' }),
  })
  // Both fields are asked for so the credit-loan share cannot be skewed by one mistyped field.
  .refine((e) => e.creditLoan === (e.guaranteeType === 'credit'), {
    path: ['creditLoan'],
    message: 'a credit loan is exactly one with guaranteeType "credit"',
  })
  .refine((e) => (e.guarantee !== undefined) === (e.guaranteeType === 'government-guarantee'), {
    path: ['guarantee'],
    message: 'give the guarantor and fee rate exactly when guaranteeType is "government-guarantee"',
  });

export const disbursedEventSchema = z.strictObject({
  type: z.literal('disbursed'),
  disbursedOn: isoDate,
  amountFen: fen,
});

/** The rejection schema depends on the city's configured reason codes. */
export function rejectedEventSchema(reasonCodes: readonly string[]) {
  const [first, ...rest] = reasonCodes;
  if (first === undefined) {
    throw new ValidationError('No rejection reason codes configured', [
      { path: 'rejectionReasonCodes', message: 'configure at least one code' },
    ]);
  }
  return z.strictObject({
    type: z.literal('rejected'),
    rejectedOn: isoDate,
    reasonCodes: z
      .array(z.enum([first, ...rest]))
      .min(1)
      .refine((codes) => new Set(codes).size === codes.length, 'each reason code once'),
    reasonText: freeText(2000),
    repairSuggestions: z.array(freeText(500)).min(1).max(20),
  });
}

/** The body of a progress post: one of the five events, discriminated by `type`. */
export function progressEventSchema(options: { rejectionReasonCodes: readonly string[] }) {
  return z.discriminatedUnion('type', [
    contactedEventSchema,
    applicationReceivedEventSchema,
    materialsCompleteEventSchema,
    approvedEventSchema,
    rejectedEventSchema(options.rejectionReasonCodes),
    disbursedEventSchema,
  ]);
}

export type ContactedEvent = z.infer<typeof contactedEventSchema>;
export type ApplicationReceivedEvent = z.infer<typeof applicationReceivedEventSchema>;
export type MaterialsCompleteEvent = z.infer<typeof materialsCompleteEventSchema>;
export type ApprovedEvent = z.infer<typeof approvedEventSchema>;
export type RejectedEvent = z.infer<ReturnType<typeof rejectedEventSchema>>;
export type DisbursedEvent = z.infer<typeof disbursedEventSchema>;
export type ProgressEvent =
  | ContactedEvent
  | ApplicationReceivedEvent
  | MaterialsCompleteEvent
  | ApprovedEvent
  | RejectedEvent
  | DisbursedEvent;
export type ProgressEventType = ProgressEvent['type'];

/** What is known about a push so far; the fields fill in as the status advances. */
export interface PushProgress {
  status: PushStatus;
  contactedOn?: string;
  /** Recorded by the bank when the declaration was not the credit application. */
  applicationReceivedOn?: string;
  /** Starts the decision deadline. */
  materialsCompleteOn?: string;
  approval?: Omit<ApprovedEvent, 'type'>;
  rejection?: Omit<RejectedEvent, 'type'>;
  disbursement?: Omit<DisbursedEvent, 'type'>;
}

export const initialPushProgress: PushProgress = { status: 'PUSHED' };

const undecided: readonly PushStatus[] = ['PUSHED', 'CONTACTED', 'MATERIALS_COMPLETE'];

/** `to: undefined` keeps the status. */
const transitions: Record<ProgressEventType, { from: readonly PushStatus[]; to: PushStatus | undefined }> = {
  contacted: { from: ['PUSHED'], to: 'CONTACTED' },
  'application-received': { from: undecided, to: undefined },
  'materials-complete': { from: ['CONTACTED'], to: 'MATERIALS_COMPLETE' },
  approved: { from: ['MATERIALS_COMPLETE'], to: 'APPROVED' },
  rejected: { from: undecided, to: 'REJECTED' },
  disbursed: { from: ['APPROVED'], to: 'DISBURSED' },
};

/** The events a push in `status` accepts. */
export function allowedEvents(status: PushStatus): ProgressEventType[] {
  return (Object.keys(transitions) as ProgressEventType[]).filter((type) =>
    transitions[type].from.includes(status),
  );
}

/** Parses a progress post, throwing `ValidationError` with each bad field's path. */
export function parseProgressEvent(
  raw: unknown,
  options: { rejectionReasonCodes: readonly string[] },
): ProgressEvent {
  const result = progressEventSchema(options).safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
  throw new ValidationError('Invalid progress event', issues);
}

function notBefore(date: string, earlier: string | undefined, path: string, what: string): void {
  if (earlier !== undefined && date < earlier) {
    throw new ValidationError(`${path} ${date} is before ${what} ${earlier}`, [
      { path, message: `must not be before ${what} (${earlier})` },
    ]);
  }
}

/** What a progress event is checked against besides the progress itself. */
export interface ProgressContext {
  /** Shanghai date the bank received the push: no step can be earlier. */
  pushedOn: string;
  /** Shanghai date today: no step can be later. */
  today: string;
  /** Set when the push itself was the credit application (the declaration is the application). */
  applicationOn?: string;
}

/** The business date an event states. */
export function eventDate(event: ProgressEvent): { path: string; date: string } {
  switch (event.type) {
    case 'contacted':
      return { path: 'contactedOn', date: event.contactedOn };
    case 'application-received':
      return { path: 'receivedOn', date: event.receivedOn };
    case 'materials-complete':
      return { path: 'completedOn', date: event.completedOn };
    case 'approved':
      return { path: 'approvedOn', date: event.approvedOn };
    case 'rejected':
      return { path: 'rejectedOn', date: event.rejectedOn };
    case 'disbursed':
      return { path: 'disbursedOn', date: event.disbursedOn };
  }
}

/**
 * Applies one progress event. Throws `ConflictError` (naming the current status and the refused
 * event) when the transition is not allowed, and `ValidationError` when the event contradicts what
 * is already recorded (a date before the push or an earlier step, or after today; a disbursement
 * above the approved amount).
 */
export function applyProgressEvent(
  progress: PushProgress,
  event: ProgressEvent,
  context?: ProgressContext,
): PushProgress {
  const transition = transitions[event.type];
  if (!transition.from.includes(progress.status)) {
    const allowed = allowedEvents(progress.status);
    throw new ConflictError(
      `Push is ${progress.status}; cannot record "${event.type}" (allowed: ${allowed.length ? allowed.join(', ') : 'none, final state'})`,
      { currentStatus: progress.status, refusedEvent: event.type, allowedEvents: allowed },
    );
  }
  if (context !== undefined) {
    const { path, date } = eventDate(event);
    notBefore(date, context.pushedOn, path, 'the push');
    if (date > context.today) {
      throw new ValidationError(`${path} ${date} is in the future`, [
        { path, message: `must not be after today (${context.today}, Asia/Shanghai)` },
      ]);
    }
  }
  const next: PushProgress = { ...progress, status: transition.to ?? progress.status };
  const latestStep = progress.materialsCompleteOn ?? progress.contactedOn;
  switch (event.type) {
    case 'contacted':
      next.contactedOn = event.contactedOn;
      break;
    case 'application-received': {
      const received = context?.applicationOn ?? progress.applicationReceivedOn;
      if (received !== undefined) {
        throw new ConflictError(
          `The credit application was already received on ${received}${context?.applicationOn ? ' (the declaration is the application)' : ''}`,
          { currentStatus: progress.status, refusedEvent: event.type, applicationOn: received },
        );
      }
      next.applicationReceivedOn = event.receivedOn;
      break;
    }
    case 'materials-complete':
      notBefore(event.completedOn, progress.contactedOn, 'completedOn', 'contact');
      next.materialsCompleteOn = event.completedOn;
      break;
    case 'approved': {
      notBefore(event.approvedOn, latestStep, 'approvedOn', 'the previous step');
      const { type: _type, ...approval } = event;
      next.approval = approval;
      break;
    }
    case 'rejected': {
      notBefore(event.rejectedOn, latestStep, 'rejectedOn', 'the previous step');
      const { type: _type, ...rejection } = event;
      next.rejection = rejection;
      break;
    }
    case 'disbursed': {
      const approval = progress.approval;
      notBefore(event.disbursedOn, approval?.approvedOn, 'disbursedOn', 'approval');
      if (approval !== undefined && event.amountFen > approval.amountFen) {
        throw new ValidationError(
          `Disbursed ${event.amountFen} fen exceeds approved ${approval.amountFen} fen`,
          [{ path: 'amountFen', message: `must not exceed the approved ${approval.amountFen} fen` }],
        );
      }
      next.disbursement = { disbursedOn: event.disbursedOn, amountFen: event.amountFen };
      break;
    }
  }
  return next;
}
