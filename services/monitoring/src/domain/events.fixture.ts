import {
  type BankFeedbackRecorded,
  bankFeedbackEventId,
  type DeclarationChanged,
  declarationEventId,
  type EnterprisePushed,
  type PushDeadlineChanged,
  pushDeadlineEventId,
} from '@sme/events';

/** Events as the producing services publish them, for domain tests. */

export const wan = (n: number) => n * 1_000_000; // 万元 → fen

export function declarationChanged(
  declarationId: string,
  uscc: string,
  version: number,
  state: string,
  occurredAt: string,
  previousState?: string,
): DeclarationChanged {
  return {
    type: 'DeclarationChanged',
    version: 1,
    eventId: declarationEventId(declarationId, version),
    occurredAt,
    declarationId,
    uscc,
    declarationVersion: version,
    state,
    ...(previousState ? { previousState } : {}),
    keyIndustryChain: false,
  };
}

export function pushed(pushId: string, uscc: string, bankId: string, occurredAt: string): EnterprisePushed {
  return {
    type: 'EnterprisePushed',
    version: 1,
    eventId: `enterprise-pushed:${pushId}`,
    occurredAt,
    pushId,
    batchId: 'pb-20260306-0000abcd',
    uscc,
    bankId,
    creditAccessUntil: '2026-06-30',
  };
}

type Step = Pick<BankFeedbackRecorded, 'stage' | 'on' | 'seq'> &
  Partial<Pick<BankFeedbackRecorded, 'approved' | 'disbursed' | 'rejected'>>;

export function feedback(pushId: string, uscc: string, bankId: string, step: Step): BankFeedbackRecorded {
  return {
    type: 'BankFeedbackRecorded',
    version: 1,
    eventId: bankFeedbackEventId(pushId, step.seq),
    occurredAt: `${step.on}T02:00:00.000Z`,
    pushId,
    batchId: 'pb-20260306-0000abcd',
    uscc,
    bankId,
    ...step,
  };
}

export const approval = (amountFen: number, annualRatePercent: string, creditLoan: boolean) => ({
  amountFen,
  annualRatePercent,
  termMonths: 12,
  guaranteeType: creditLoan ? 'credit' : 'mortgage',
  creditLoan,
});

export function deadline(
  pushId: string,
  uscc: string,
  bankId: string,
  due: string,
  status: 'nearing' | 'breached',
): PushDeadlineChanged {
  return {
    type: 'PushDeadlineChanged',
    version: 1,
    eventId: pushDeadlineEventId(pushId, status),
    occurredAt: `${due}T17:00:00.000Z`,
    pushId,
    batchId: 'pb-20260306-0000abcd',
    uscc,
    bankId,
    kind: 'decision-30-days',
    due,
    status,
  };
}
