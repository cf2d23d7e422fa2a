import type {
  BankFeedbackRecorded,
  DeclarationChanged,
  EnterprisePushed,
  PushDeadlineChanged,
} from '@sme/events';
import { shanghaiDate } from '@sme/kernel';
import { addDays } from './business-dates.ts';
import { unattributed } from './dimensions.ts';

/** What monitoring counts. Each fact is one event's contribution, on one business date. */
export const factKinds = [
  'declared',
  'recommended',
  'pushed',
  'contacted',
  'approved',
  'rejected',
  'disbursed',
  'deadline-breached',
] as const;
export type FactKind = (typeof factKinds)[number];

/**
 * One counted occurrence. `eventId` makes it unique (a redelivered event yields the same fact and
 * key); `subject` is what is counted once per range (the declaration or the push), so two events
 * about the same push (say, two "contacted" steps) still count one contacted push.
 */
export interface Fact {
  eventId: string;
  kind: FactKind;
  /** Shanghai business date the fact counts on. */
  on: string;
  uscc: string;
  /** Declaration id (declared, recommended) or push id (everything else). */
  subject: string;
  township: string;
  /** GB/T 4754 section letter. */
  industry: string;
  /** Absent before a bank is involved (declared, recommended). */
  bankId?: string;
  /** Position of a bank's step in its push (later approvals replace earlier ones). */
  seq?: number;
  /** Approved or disbursed amount, integer fen. */
  amountFen?: number;
  /** Approved annual rate in percent, a decimal string. */
  annualRatePercent?: string;
  creditLoan?: boolean;
  /** The enterprise was tagged a no-loan household (无贷户) when the approval was recorded: a first loan. */
  noLoanHousehold?: boolean;
}

/** What monitoring knows of the enterprise when an event arrives, frozen into its facts. */
export interface EnterpriseDimensions {
  township: string;
  industry: string;
  noLoanHousehold: boolean;
}

/** Dimensions of an enterprise monitoring has not seen registered (yet). */
export const unknownEnterprise: EnterpriseDimensions = {
  township: unattributed,
  industry: unattributed,
  noLoanHousehold: false,
};

const businessDateOf = (instant: string) => shanghaiDate(new Date(instant));

/**
 * A declaration's facts: its first version is a declaration (申报清单, whatever state screening
 * left it in); each move into RECOMMENDED is a sign-off into the recommendation list (推荐清单).
 */
export function declarationFacts(event: DeclarationChanged, dims: EnterpriseDimensions): Fact[] {
  const base = {
    eventId: event.eventId,
    on: businessDateOf(event.occurredAt),
    uscc: event.uscc,
    subject: event.declarationId,
    township: dims.township,
    industry: dims.industry,
  };
  const facts: Fact[] = [];
  if (event.declarationVersion === 1 || event.previousState === undefined) {
    facts.push({ ...base, kind: 'declared' });
  }
  if (event.state === 'RECOMMENDED' && event.previousState !== 'RECOMMENDED') {
    facts.push({ ...base, kind: 'recommended' });
  }
  return facts;
}

/** A push to a bank counts on the business date it was made. */
export function pushFacts(event: EnterprisePushed, dims: EnterpriseDimensions): Fact[] {
  return [
    {
      eventId: event.eventId,
      kind: 'pushed',
      on: businessDateOf(event.occurredAt),
      uscc: event.uscc,
      subject: event.pushId,
      township: dims.township,
      industry: dims.industry,
      bankId: event.bankId,
    },
  ];
}

/**
 * A bank's step counts on the business date the bank gives for it. "materials-complete" starts the
 * 30-day clock (delivery's business) but is no monitoring measure.
 */
export function feedbackFacts(event: BankFeedbackRecorded, dims: EnterpriseDimensions): Fact[] {
  const base = {
    eventId: event.eventId,
    on: event.on,
    uscc: event.uscc,
    subject: event.pushId,
    township: dims.township,
    industry: dims.industry,
    bankId: event.bankId,
    seq: event.seq,
  };
  switch (event.stage) {
    case 'contacted':
      return [{ ...base, kind: 'contacted' }];
    case 'approved':
      return event.approved
        ? [
            {
              ...base,
              kind: 'approved',
              amountFen: event.approved.amountFen,
              annualRatePercent: event.approved.annualRatePercent,
              creditLoan: event.approved.creditLoan,
              noLoanHousehold: dims.noLoanHousehold,
            },
          ]
        : [];
    case 'rejected':
      return [{ ...base, kind: 'rejected' }];
    case 'disbursed':
      return event.disbursed ? [{ ...base, kind: 'disbursed', amountFen: event.disbursed.amountFen }] : [];
    default:
      return [];
  }
}

/**
 * A breached deadline counts on the first day past its due date, whenever the sweep noticed it, so
 * a late sweep cannot move a breach into another week. "nearing" is a reminder, not a measure.
 */
export function deadlineFacts(event: PushDeadlineChanged, dims: EnterpriseDimensions): Fact[] {
  if (event.status !== 'breached') return [];
  return [
    {
      eventId: event.eventId,
      kind: 'deadline-breached',
      on: addDays(event.due, 1),
      uscc: event.uscc,
      subject: event.pushId,
      township: dims.township,
      industry: dims.industry,
      bankId: event.bankId,
    },
  ];
}
