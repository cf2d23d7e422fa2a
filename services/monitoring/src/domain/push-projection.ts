import type { BankFeedbackRecorded, EnterprisePushed, PushDeadlineChanged } from '@sme/events';
import { shanghaiDate } from '@sme/kernel';
import { daysBetween } from './business-dates.ts';

/** One step a bank recorded on a push, keyed by its position (a redelivery repeats the position). */
export interface PushStep {
  seq: number;
  stage: BankFeedbackRecorded['stage'];
  on: string;
  /** Rejections only. */
  reasonCodes?: string[];
}

/**
 * What monitoring keeps of one push, from the push itself, the bank's steps and the deadline sweep,
 * which may arrive in any order: a step seen before its push waits for `pushedOn` to count.
 */
export interface PushProjection {
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  /** Business date of the push; absent until EnterprisePushed has arrived. */
  pushedOn?: string;
  /** The enterprise's township when the push arrived, for the gap list. */
  township?: string;
  steps: PushStep[];
  /** The most severe deadline state the sweep announced. */
  deadline?: { kind: PushDeadlineChanged['kind']; due: string; status: PushDeadlineChanged['status'] };
}

type PushRef = Pick<EnterprisePushed, 'pushId' | 'batchId' | 'uscc' | 'bankId'>;
const blank = (e: PushRef): PushProjection => ({
  pushId: e.pushId,
  batchId: e.batchId,
  uscc: e.uscc,
  bankId: e.bankId,
  steps: [],
});

/** The projection once the push itself is known; `undefined` when it already was. */
export function applyPushed(
  current: PushProjection | undefined,
  event: EnterprisePushed,
  township: string | undefined,
): PushProjection | undefined {
  if (current?.pushedOn) return undefined;
  return {
    ...(current ?? blank(event)),
    pushedOn: shanghaiDate(new Date(event.occurredAt)),
    ...(township ? { township } : {}),
  };
}

/** The projection with one more bank step; `undefined` when that step is already held. */
export function applyFeedback(
  current: PushProjection | undefined,
  event: BankFeedbackRecorded,
): PushProjection | undefined {
  const base = current ?? blank(event);
  if (base.steps.some((s) => s.seq === event.seq)) return undefined;
  const step: PushStep = {
    seq: event.seq,
    stage: event.stage,
    on: event.on,
    ...(event.stage === 'rejected' ? { reasonCodes: event.rejected?.reasonCodes ?? [] } : {}),
  };
  return { ...base, steps: [...base.steps, step].sort((a, b) => a.seq - b.seq) };
}

const severity = { nearing: 1, breached: 2 } as const;

/** The projection with the sweep's deadline state; never downgraded from breached to nearing. */
export function applyDeadline(
  current: PushProjection | undefined,
  event: PushDeadlineChanged,
): PushProjection | undefined {
  const base = current ?? blank(event);
  const held = base.deadline;
  if (held && severity[held.status] >= severity[event.status] && held.due === event.due) return undefined;
  if (held && severity[held.status] > severity[event.status]) return undefined;
  return { ...base, deadline: { kind: event.kind, due: event.due, status: event.status } };
}

/** A rejection explains itself when it names at least one reason code (seed 001 §三(二): specific reasons). */
const explained = (s: PushStep) => (s.reasonCodes ?? []).some((c) => c.trim() !== '');

/**
 * "Should be lent but isn't" (应贷未贷, seed 001 §四(一)): a recommended enterprise pushed to a bank
 * that has not decided — neither approved nor rejected — or that rejected without a reason code,
 * which leaves the repair loop nothing to work on.
 */
export function shouldBeLent(p: PushProjection): boolean {
  if (!p.pushedOn) return false;
  const decided = p.steps.some((s) => s.stage === 'approved' || (s.stage === 'rejected' && explained(s)));
  return !decided;
}

/** The push's latest step, or `pushed` before the bank recorded any. */
export const latestStage = (p: PushProjection): PushStep['stage'] | 'pushed' =>
  p.steps.at(-1)?.stage ?? 'pushed';

/** An entry of the "should be lent" list as the API shows it. */
export interface ShouldBeLentEntry {
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  township: string | null;
  pushedOn: string;
  daysSincePush: number;
  latestStage: PushStep['stage'] | 'pushed';
  /** True for a rejection without reason codes. */
  rejectedWithoutReason: boolean;
  deadline: PushProjection['deadline'] | null;
}

/** The list entry of a push in the gap, on business date `today`. */
export function shouldBeLentEntry(
  p: PushProjection & { pushedOn: string },
  today: string,
): ShouldBeLentEntry {
  return {
    pushId: p.pushId,
    batchId: p.batchId,
    uscc: p.uscc,
    bankId: p.bankId,
    township: p.township ?? null,
    pushedOn: p.pushedOn,
    daysSincePush: Math.max(0, daysBetween(p.pushedOn, today)),
    latestStage: latestStage(p),
    rejectedWithoutReason: p.steps.some((s) => s.stage === 'rejected' && !explained(s)),
    deadline: p.deadline ?? null,
  };
}
