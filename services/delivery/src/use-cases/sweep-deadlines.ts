import { type PushDeadlineChanged, pushDeadlineEventId } from '@sme/events';
import { type BankNotice, bankNotice } from '../domain/bank-notices.ts';
import { deadlineAlerts, deadlinesAsOf } from '../domain/deadline-sweep.ts';
import { toOpenPush } from '../domain/push.ts';
import { addCalendarDays, type DeadlineConfig } from '../domain/working-days.ts';
import type { PushStore } from './ports.ts';

export interface SweepDeps {
  pushes: PushStore;
  deadlines: DeadlineConfig;
  reminderDaysBefore: number;
  publish(events: PushDeadlineChanged[]): Promise<void>;
  enqueue(notices: BankNotice[]): Promise<void>;
  onError(pushId: string, error: unknown): void;
}

export interface SweepResult {
  /** Pushes read from the due-date index: those that may be due by the reminder horizon. */
  read: number;
  raised: number;
  /** Breaches not escalated because the deadline rests on a year with no holiday calendar. */
  heldProvisional: number;
  /**
   * Undecided pushes past a deadline today, escalated or not (what `GET /v1/overdue-pushes` lists):
   * the overdue-pushes alarm's gauge.
   */
  overdue: number;
}

/**
 * The daily sweep over pushes that may be due: a reminder to the bank before a deadline, an escalation
 * after it (PushDeadlineChanged; the overdue list itself is computed on read). It reads the due-date
 * index up to the reminder horizon, never every open push. The event and notice go out before the
 * alert is recorded on the push, so a crash between them repeats them with the same ids (consumers
 * de-duplicate) rather than losing them; once recorded, no later sweep raises the alert again.
 * A breach of a provisional deadline is not escalated: a bank is not accused on a guessed calendar
 * (the calendar alarm asks ops to load the year; the escalation follows once it is loaded).
 */
export async function sweepDeadlines(deps: SweepDeps, today: string, now: Date): Promise<SweepResult> {
  const result: SweepResult = { read: 0, raised: 0, heldProvisional: 0, overdue: 0 };
  const horizon = addCalendarDays(today, deps.reminderDaysBefore + 1);
  for await (const page of deps.pushes.dueBefore(horizon)) {
    result.read += page.length;
    for (const push of page.map(toOpenPush)) {
      if (deadlinesAsOf(push, deps.deadlines, today).some((d) => d.overdue)) result.overdue++;
      try {
        for (const alert of deadlineAlerts([push], deps.deadlines, today, deps.reminderDaysBefore)) {
          if (alert.status === 'breached' && alert.provisional) {
            result.heldProvisional++;
            continue;
          }
          await deps.publish([
            {
              type: 'PushDeadlineChanged',
              version: 1,
              eventId: pushDeadlineEventId(push.pushId, alert.status),
              occurredAt: now.toISOString(),
              pushId: push.pushId,
              batchId: push.batchId,
              uscc: push.uscc,
              bankId: push.bankId,
              kind: alert.kind,
              due: alert.due,
              status: alert.status,
            },
          ]);
          if (alert.status === 'nearing') {
            await deps.enqueue([
              bankNotice({
                bankId: push.bankId,
                subject: `${push.pushId}:${alert.kind}`,
                timestamp: now.toISOString(),
                data: {
                  type: 'push.deadline-nearing',
                  pushId: push.pushId,
                  due: alert.due,
                  ...(alert.provisional ? { provisional: true as const } : {}),
                  kind: alert.kind,
                  links: { push: `/v1/bank/pushes/${push.pushId}` },
                },
              }),
            ]);
          }
          if (await deps.pushes.recordAlert(push.pushId, alert.alert)) result.raised++;
        }
      } catch (error) {
        deps.onError(push.pushId, error);
      }
    }
  }
  return result;
}
