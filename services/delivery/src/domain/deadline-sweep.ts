import type { PushStatus } from './push-inbox-state.ts';
import {
  addCalendarDays,
  type DeadlineConfig,
  type DeadlineKind,
  deadlineFor,
  earliestDue,
} from './working-days.ts';

/** What the sweep needs of an undecided push. */
export interface OpenPush {
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  status: PushStatus;
  /** Shanghai date the bank received the push. */
  pushedOn: string;
  /**
   * Shanghai date the bank received the enterprise's credit application: the push date when the
   * declaration is the application, otherwise the date the bank records. The no-loan household's
   * reply clock runs from it; absent, no such clock runs yet.
   */
  applicationOn?: string;
  materialsCompleteOn?: string;
  noLoanHousehold: boolean;
  /** Alerts already raised, as `<kind>:<nearing|breached>`. */
  alerts: readonly string[];
}

export interface RunningDeadline {
  kind: DeadlineKind;
  /** Last on-time day (inclusive). */
  due: string;
  /** Computed with weekends only: a year it crosses has no holiday calendar yet. */
  provisional: boolean;
  /** The clock started on this day. */
  from: string;
}

const undecided: readonly PushStatus[] = ['PUSHED', 'CONTACTED', 'MATERIALS_COMPLETE'];

/** Which clocks run on a push, and from when; no calendar needed. */
function clocks(push: OpenPush): { kind: DeadlineKind; from: string }[] {
  if (!undecided.includes(push.status)) return [];
  const running: { kind: DeadlineKind; from: string }[] = [];
  if (push.noLoanHousehold && push.applicationOn !== undefined) {
    running.push({ kind: 'no-loan-5-working-days', from: push.applicationOn });
  }
  if (push.status === 'MATERIALS_COMPLETE' && push.materialsCompleteOn !== undefined) {
    running.push({ kind: 'decision-30-days', from: push.materialsCompleteOn });
  }
  return running;
}

/**
 * The deadlines running on a push: a no-loan household's credit application must be answered within
 * N working days (seed 003 §五) — an approval or a reasoned rejection ends that clock, contact and
 * collecting materials do not; once materials are complete the bank has N calendar days to decide
 * (seed 001 §三(二)). A decided push has none.
 */
export function runningDeadlines(push: OpenPush, config: DeadlineConfig): RunningDeadline[] {
  return clocks(push).map(({ kind, from }) => ({ kind, from, ...deadlineFor({ kind, from, config }) }));
}

/**
 * The earliest day any running deadline of the push can fall on (see `earliestDue`), or undefined
 * when none runs: the sort key of the due-date index, valid whatever holidays are loaded later.
 */
export function earliestDueOf(push: OpenPush, config: DeadlineConfig): string | undefined {
  const dues = clocks(push).map(({ kind, from }) => earliestDue({ kind, from, config }));
  return dues.sort()[0];
}

/**
 * The running deadlines as of `today` (a Shanghai date), each `overdue` from the day after its last
 * on-time day: the push is overdue while any is.
 */
export function deadlinesAsOf(
  push: OpenPush,
  config: DeadlineConfig,
  today: string,
): (RunningDeadline & { overdue: boolean })[] {
  return runningDeadlines(push, config).map((d) => ({ ...d, overdue: today > d.due }));
}

export interface DeadlineAlert extends RunningDeadline {
  push: OpenPush;
  status: 'nearing' | 'breached';
  /** The key recorded on the push so the alert is raised once. */
  alert: string;
}

/**
 * The alerts due on `today` (a Shanghai date): `breached` the day after the last on-time day,
 * `nearing` from `reminderDaysBefore` days before it. Each (kind, status) is raised once per push:
 * alerts already recorded on the push are skipped, and a push already past due gets no reminder.
 */
export function deadlineAlerts(
  pushes: readonly OpenPush[],
  config: DeadlineConfig,
  today: string,
  reminderDaysBefore: number,
): DeadlineAlert[] {
  const alerts: DeadlineAlert[] = [];
  for (const push of pushes) {
    for (const deadline of runningDeadlines(push, config)) {
      const breached = today > deadline.due;
      const status = breached ? 'breached' : 'nearing';
      if (!breached && today < addCalendarDays(deadline.due, -reminderDaysBefore)) continue;
      const alert = `${deadline.kind}:${status}`;
      if (push.alerts.includes(alert)) continue;
      alerts.push({ ...deadline, push, status, alert });
    }
  }
  return alerts;
}
