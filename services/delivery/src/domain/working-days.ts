import { shanghaiDate, ValidationError } from '@sme/kernel';

/**
 * Business-date arithmetic for bank deadlines. Dates are plain ISO dates (YYYY-MM-DD) in
 * Asia/Shanghai; instants are converted with `shanghaiDate` at the edge.
 *
 * Counting convention (民法典 §201/§203, the general rule for periods counted in days):
 * - the start day never counts; counting begins the next day, so "within 5 working days" of an
 *   application on Monday 9 March 2026 ends on Monday 16 March;
 * - for a working-day period, the deadline is the n-th working day after the start date, whatever
 *   kind of day the start date is (an application on a holiday counts from the next working day);
 * - for a calendar-day period whose last day is a day off, the deadline moves to the next working day.
 * A deadline date is inclusive: a reply during that day (Shanghai time) is on time.
 */

/** One year's official schedule: weekday days off, and weekend days that are working days (调休). */
export interface HolidayYear {
  holidays: readonly string[];
  makeUpWorkdays: readonly string[];
}

/** Per-year calendars keyed by year ("2026"); the shape of the city config's `holidayCalendar`. */
export type HolidayCalendar = Readonly<Record<string, HolidayYear>>;

const dayMs = 86_400_000;
// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for business dates.

function toEpochDay(date: string, path: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new ValidationError(`Invalid date "${date}"`, [
      { path, message: 'must be a calendar date YYYY-MM-DD' },
    ]);
  }
  return ms / dayMs;
}

function fromEpochDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

function checkInteger(value: number, path: string, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ValidationError(`Invalid ${path}: ${value}`, [
      { path, message: `must be an integer ≥ ${min}` },
    ]);
  }
}

/** `date` plus `days` calendar days (negative goes back). */
export function addCalendarDays(date: string, days: number, path = 'date'): string {
  if (!Number.isSafeInteger(days)) {
    throw new ValidationError(`Invalid day count: ${days}`, [
      { path: 'days', message: 'must be an integer' },
    ]);
  }
  return fromEpochDay(toEpochDay(date, path) + days);
}

/**
 * Whether `date` is a working day: holidays are off, make-up days (调休) are on, otherwise Monday–Friday.
 * Throws `ValidationError` when the calendar lacks the date's year: guessing would silently turn the
 * Spring Festival into working days.
 */
export function isWorkingDay(date: string, calendar: HolidayCalendar, path = 'date'): boolean {
  const day = toEpochDay(date, path);
  const year = date.slice(0, 4);
  if (calendar[year] === undefined) {
    throw new ValidationError(`No holiday calendar for ${year}`, [
      {
        path: `holidayCalendar.${year}`,
        message: `add the official ${year} holiday schedule to the city config`,
      },
    ]);
  }
  // Look in every year: an official notice may list a day of the neighbouring year (a New Year bridge).
  const years = Object.values(calendar);
  if (years.some((y) => y.holidays.includes(date))) return false;
  if (years.some((y) => y.makeUpWorkdays.includes(date))) return true;
  const weekday = new Date(day * dayMs).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The n-th working day after `start` (the start day itself never counts).
 *
 * @example
 * addWorkingDays('2026-09-30', 5, calendar) // → '2026-10-13' (Oct 1–7 off, Saturday Oct 10 worked)
 */
export function addWorkingDays(start: string, n: number, calendar: HolidayCalendar, path = 'start'): string {
  checkInteger(n, 'workingDays', 0);
  let date = addCalendarDays(start, 0, path);
  for (let counted = 0; counted < n; ) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, calendar)) counted++;
  }
  return date;
}

/** Per-city deadline settings (seed 001 §三(二): 30 days; seed 003 §五: 5 working days). */
export interface DeadlineConfig {
  decisionCalendarDays: number;
  noLoanReplyWorkingDays: number;
  holidayCalendar: HolidayCalendar;
}

export type DeadlineKind = 'decision-30-days' | 'no-loan-5-working-days';

/**
 * The last day on which a bank's answer is on time.
 * - `decision-30-days`: credit decision, counted in calendar days from the day materials were complete
 *   (收齐企业申请材料30日内), moved to the next working day if it falls on a day off;
 * - `no-loan-5-working-days`: reply to a no-loan household's application (无贷户, 5个工作日内回复),
 *   counted in working days from the application date.
 * The day counts come from `config`, so a city can set other numbers under the same rule.
 */
export function deadlineFor(input: { kind: DeadlineKind; from: string; config: DeadlineConfig }): string {
  const { kind, from, config } = input;
  if (kind === 'no-loan-5-working-days') {
    checkInteger(config.noLoanReplyWorkingDays, 'noLoanReplyWorkingDays', 1);
    return addWorkingDays(from, config.noLoanReplyWorkingDays, config.holidayCalendar, 'from');
  }
  checkInteger(config.decisionCalendarDays, 'decisionCalendarDays', 1);
  let due = addCalendarDays(from, config.decisionCalendarDays, 'from');
  while (!isWorkingDay(due, config.holidayCalendar)) due = addCalendarDays(due, 1);
  return due;
}

/** Whether `now` is past the end of the (inclusive) deadline date, in Shanghai time. */
export function isPastDeadline(due: string, now: Date): boolean {
  return toEpochDay(shanghaiDate(now), 'now') > toEpochDay(due, 'due');
}

export { shanghaiDate };
