import { type HolidayCalendar, type HolidayYear, shanghaiDate, ValidationError } from '@sme/kernel';

/**
 * Business-date arithmetic for bank deadlines. Dates are plain ISO dates (YYYY-MM-DD) in
 * Asia/Shanghai; instants are converted with `shanghaiDate` at the edge.
 *
 * Counting convention (民法典 §201/§203, the general rule for periods counted in days):
 * - the start day never counts; counting begins the next day, so "within 5 working days" of an
 *   application on Monday 9 March 2026 ends on Monday 16 March;
 * - for a working-day period, the deadline is the n-th working day after the start date, whatever
 *   kind of day the start date is (an application on a holiday counts from the next working day);
 * - a calendar-day period ("30日内") is counted in calendar days and needs no holiday table: its last
 *   day is known the moment the clock starts, whatever year it falls in.
 * A deadline date is inclusive: a reply during that day (Shanghai time) is on time.
 *
 * A year missing from the calendar never breaks a deadline: working days in it are counted as
 * Monday–Friday and the result is marked `provisional`, to be recomputed (on every read) once ops
 * load the year from the State Council's notice. Nothing is guessed about its holidays.
 */

export type { HolidayCalendar, HolidayYear };

/**
 * One calendar from the city file's years and the years ops loaded later: a loaded year replaces the
 * file's copy of the same year.
 */
export function mergeCalendars(
  fromFile: HolidayCalendar,
  loaded: readonly (HolidayYear & { year: string })[],
): HolidayCalendar {
  const merged: Record<string, HolidayYear> = { ...fromFile };
  for (const { year, holidays, makeUpWorkdays, notice } of loaded) {
    merged[year] = { holidays, makeUpWorkdays, ...(notice ? { notice } : {}) };
  }
  return merged;
}

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

/** Whether the calendar holds `date`'s year, so its working days are known rather than assumed. */
export function isYearLoaded(date: string, calendar: HolidayCalendar): boolean {
  return calendar[date.slice(0, 4)] !== undefined;
}

/**
 * Whether `date` is a working day: holidays are off, make-up days (调休) are on, otherwise Monday–Friday.
 * For a year the calendar lacks this is the weekend rule alone; callers that must know say so with
 * {@link isYearLoaded}.
 */
export function isWorkingDay(date: string, calendar: HolidayCalendar, path = 'date'): boolean {
  const day = toEpochDay(date, path);
  const year = calendar[date.slice(0, 4)];
  if (year?.holidays.includes(date)) return false;
  if (year?.makeUpWorkdays.includes(date)) return true;
  const weekday = new Date(day * dayMs).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** A computed date, and whether it rests on a year the calendar lacks (weekends only). */
export interface CountedDate {
  date: string;
  provisional: boolean;
}

/**
 * The n-th working day after `start` (the start day itself never counts).
 *
 * @example
 * addWorkingDays('2026-09-30', 5, calendar) // → { date: '2026-10-13', provisional: false } (Oct 1–7 off, Sat Oct 10 worked)
 */
export function addWorkingDays(
  start: string,
  n: number,
  calendar: HolidayCalendar,
  path = 'start',
): CountedDate {
  checkInteger(n, 'workingDays', 0);
  let date = addCalendarDays(start, 0, path);
  let provisional = false;
  for (let counted = 0; counted < n; ) {
    date = addCalendarDays(date, 1);
    if (!isYearLoaded(date, calendar)) provisional = true;
    if (isWorkingDay(date, calendar)) counted++;
  }
  return { date, provisional };
}

/** Per-city deadline settings (seed 001 §三(二): 30 days; seed 003 §五: 5 working days). */
export interface DeadlineConfig {
  decisionCalendarDays: number;
  noLoanReplyWorkingDays: number;
  holidayCalendar: HolidayCalendar;
}

export type DeadlineKind = 'decision-30-days' | 'no-loan-5-working-days';

/** The last on-time day of a deadline; `provisional` when a year it crosses has no calendar yet. */
export interface Due {
  due: string;
  provisional: boolean;
}

/**
 * The last day on which a bank's answer is on time.
 * - `decision-30-days`: credit decision, counted in calendar days from the day materials were complete
 *   (收齐企业申请材料30日内); never provisional;
 * - `no-loan-5-working-days`: reply to a no-loan household's credit application (无贷户授信申请,
 *   5个工作日内回复), counted in working days from the application date.
 * The day counts come from `config`, so a city can set other numbers under the same rule.
 */
export function deadlineFor(input: { kind: DeadlineKind; from: string; config: DeadlineConfig }): Due {
  const { kind, from, config } = input;
  if (kind === 'no-loan-5-working-days') {
    checkInteger(config.noLoanReplyWorkingDays, 'noLoanReplyWorkingDays', 1);
    const counted = addWorkingDays(from, config.noLoanReplyWorkingDays, config.holidayCalendar, 'from');
    return { due: counted.date, provisional: counted.provisional };
  }
  checkInteger(config.decisionCalendarDays, 'decisionCalendarDays', 1);
  return { due: addCalendarDays(from, config.decisionCalendarDays, 'from'), provisional: false };
}

/**
 * The earliest day a deadline can fall on, whatever the calendar: n working days take at least n
 * calendar days. An index keyed by it finds every push that may be due without knowing any holiday,
 * so loading a year never requires rewriting stored pushes.
 */
export function earliestDue(input: { kind: DeadlineKind; from: string; config: DeadlineConfig }): string {
  const { kind, from, config } = input;
  const days =
    kind === 'no-loan-5-working-days' ? config.noLoanReplyWorkingDays : config.decisionCalendarDays;
  return addCalendarDays(from, days, 'from');
}

/** Whether `now` is past the end of the (inclusive) deadline date, in Shanghai time. */
export function isPastDeadline(due: string, now: Date): boolean {
  return toEpochDay(shanghaiDate(now), 'now') > toEpochDay(due, 'due');
}

export { shanghaiDate };
