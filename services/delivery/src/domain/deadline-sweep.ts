import type { PushStatus } from './push-inbox-state.ts';
import { addCalendarDays, type DeadlineConfig, type DeadlineKind, deadlineFor } from './working-days.ts';

/** What the sweep needs of an undecided push. */
export interface OpenPush {
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  status: PushStatus;
  /** Shanghai date the bank received the push: a no-loan household's application date. */
  pushedOn: string;
  materialsCompleteOn?: string;
  noLoanHousehold: boolean;
  /** Alerts already raised, as `<kind>:<nearing|breached>`. */
  alerts: readonly string[];
}

export interface RunningDeadline {
  kind: DeadlineKind;
  due: string;
}

const undecided: readonly PushStatus[] = ['PUSHED', 'CONTACTED', 'MATERIALS_COMPLETE'];

/**
 * The deadlines running on a push: a no-loan household must be answered within N working days of its
 * application (seed 003 §五) — any decision ends that clock; once materials are complete the bank has
 * N calendar days to decide (seed 001 §三(二)). A decided push has none.
 */
export function runningDeadlines(push: OpenPush, config: DeadlineConfig): RunningDeadline[] {
  if (!undecided.includes(push.status)) return [];
  const deadlines: RunningDeadline[] = [];
  if (push.noLoanHousehold) {
    const kind = 'no-loan-5-working-days';
    deadlines.push({ kind, due: deadlineFor({ kind, from: push.pushedOn, config }) });
  }
  if (push.status === 'MATERIALS_COMPLETE' && push.materialsCompleteOn !== undefined) {
    const kind = 'decision-30-days';
    deadlines.push({ kind, due: deadlineFor({ kind, from: push.materialsCompleteOn, config }) });
  }
  return deadlines;
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
