import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { readReminder } from '../use-cases/policy-tasks.ts';
import { callerOf, holidayCalendar, policyTaskStore } from './composition.ts';

/** GET /v1/policy-tasks/reminders/{date}: the day's reminder as the schedule stored it, or built now. */
export const getPolicyReminder: RouteFunction<typeof routes.getPolicyReminder> = async ({
  params,
  principal,
}) => ({
  status: 200,
  body: await readReminder(params.date, callerOf(principal), {
    store: policyTaskStore(),
    calendar: holidayCalendar(),
  }),
});

export const handler = httpHandler(routes.getPolicyReminder, getPolicyReminder);
