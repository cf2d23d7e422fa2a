import { holidayYearIssues, ValidationError } from '@sme/kernel';
import { appendAudit, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { calendarView } from './calendar-view.ts';
import { calendarStore, config, forgetCalendar } from './composition.ts';

/**
 * PUT /v1/holiday-calendar/{year}: one year of the State Council's notice, validated against the year
 * (every date inside it, nothing both off and worked, make-up days on weekends) and stored as data, so
 * deadlines in that year turn from provisional to exact without a redeploy. The change is audited
 * with what it replaced.
 */
export const loadHolidayYear: RouteFunction<typeof routes.loadHolidayYear> = async (request) => {
  const { year } = request.params;
  const body = request.body;
  const issues = holidayYearIssues(year, body).map((i) => ({
    path: ['body', ...i.path].join('.'),
    message: i.message,
  }));
  if (issues.length > 0) throw new ValidationError(`The ${year} calendar breaks a rule`, issues);
  const store = calendarStore();
  const stored = await store.years();
  const before = stored.find((y) => y.year === year);
  const previous = before ?? config().deadlines.holidayCalendar[year];
  const now = new Date();
  const loaded = {
    year,
    holidays: [...body.holidays].sort(),
    makeUpWorkdays: [...body.makeUpWorkdays].sort(),
    ...(body.notice ? { notice: body.notice } : {}),
    loadedAt: now.toISOString(),
    loadedBy: { clientId: request.principal.clientId, orgId: request.principal.orgId },
    version: (before?.version ?? 0) + 1,
  };
  await store.put(loaded);
  forgetCalendar();
  await appendAudit({
    subjectType: 'holiday-calendar',
    subjectId: year,
    action: before ? 'holiday-year.reloaded' : 'holiday-year.loaded',
    principal: request.principal,
    at: loaded.loadedAt,
    discriminator: request.requestId,
    changes: {
      holidays: { from: previous?.holidays ?? null, to: loaded.holidays },
      makeUpWorkdays: { from: previous?.makeUpWorkdays ?? null, to: loaded.makeUpWorkdays },
    },
    ...(body.notice ? { detail: { notice: body.notice } } : {}),
  });
  const years = [...stored.filter((y) => y.year !== year), loaded];
  return { status: 200, body: calendarView(config().deadlines.holidayCalendar, years, now) };
};

export const handler = httpHandler(routes.loadHolidayYear, loadHolidayYear);
