import { shanghaiDate } from '@sme/kernel';
import { logger } from '@sme/runtime';
import type { ScheduledEvent } from 'aws-lambda';
import { sendReminder } from '../use-cases/policy-tasks.ts';
import { holidayCalendar, policyTaskStore } from './composition.ts';

/**
 * Daily 01:30 Shanghai: what the responsible units owe within the ledger's reminder working days, stored under
 * the day (GET /v1/policy-tasks/reminders/{date}) and logged per unit. Dated by the schedule's own time, so a
 * retried invocation rewrites the same day.
 */
export async function handler(event: Pick<ScheduledEvent, 'time'>) {
  const asOf = shanghaiDate(new Date(event.time));
  const reminder = await sendReminder(asOf, new Date().toISOString(), {
    store: policyTaskStore(),
    calendar: holidayCalendar(),
  });
  if (!reminder) {
    logger.info('No policy task ledger loaded: no reminder', { asOf });
    return { asOf, periods: 0, outstanding: 0 };
  }
  const outstanding = reminder.periods.flatMap((p) => p.outstanding.map((o) => ({ ...o, period: p.period })));
  const byUnit = new Map<string, string[]>();
  for (const o of outstanding)
    byUnit.set(o.orgId, [...(byUnit.get(o.orgId) ?? []), `${o.measureId}@${o.period}`]);
  for (const [orgId, measures] of byUnit) logger.info('Policy task progress due soon', { orgId, measures });
  logger.info('Policy task reminder stored', {
    asOf,
    periods: reminder.periods.length,
    outstanding: outstanding.length,
  });
  return { asOf, periods: reminder.periods.length, outstanding: outstanding.length };
}
