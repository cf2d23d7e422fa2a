import { type PushDeadlineChanged, pushDeadlineEventId } from '@sme/events';
import { type DynamoDbPushStore, toOpenPush } from '../adapters/dynamodb-push-store.ts';
import { type BankNotice, bankNotice } from '../domain/bank-notices.ts';
import { deadlineAlerts } from '../domain/deadline-sweep.ts';
import type { DeadlineConfig } from '../domain/working-days.ts';

export interface SweepDeps {
  pushes: DynamoDbPushStore;
  deadlines: DeadlineConfig;
  reminderDaysBefore: number;
  publish(events: PushDeadlineChanged[]): Promise<void>;
  enqueue(notices: BankNotice[]): Promise<void>;
  onError(pushId: string, error: unknown): void;
}

/**
 * The daily sweep over undecided pushes: a reminder to the bank before a deadline, an escalation
 * after it (PushDeadlineChanged, and the push goes on the coordinator's overdue list). The event and
 * notice go out before the alert is recorded on the push, so a crash between them repeats them with
 * the same ids (consumers de-duplicate) rather than losing them; once recorded, no later sweep raises
 * the alert again. One push's bad data (a year missing from the calendar) does not stop the others.
 */
export async function sweepDeadlines(deps: SweepDeps, today: string, now: Date): Promise<{ raised: number }> {
  let raised = 0;
  for await (const page of deps.pushes.open()) {
    const open = page.map(toOpenPush);
    for (const push of open) {
      try {
        for (const alert of deadlineAlerts([push], deps.deadlines, today, deps.reminderDaysBefore)) {
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
                  kind: alert.kind,
                  links: { push: `/v1/bank/pushes/${push.pushId}` },
                },
              }),
            ]);
          }
          const recorded = await deps.pushes.recordAlert(
            push.pushId,
            alert.alert,
            alert.status === 'breached' ? { since: today, due: alert.due } : undefined,
          );
          if (recorded) raised++;
        }
      } catch (error) {
        deps.onError(push.pushId, error);
      }
    }
  }
  return { raised };
}
