import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { calendarView } from './calendar-view.ts';
import { calendarStore, config } from './composition.ts';

/** GET /v1/holiday-calendar: the years known, and whether the next one must be loaded soon. */
export const getHolidayCalendar: RouteFunction<typeof routes.getHolidayCalendar> = async () => ({
  status: 200,
  body: calendarView(config().deadlines.holidayCalendar, await calendarStore().years(), new Date()),
});

export const handler = httpHandler(routes.getHolidayCalendar, getHolidayCalendar);
