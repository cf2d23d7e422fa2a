import { type HolidayCalendar, ValidationError } from '@sme/kernel';
import { addDays, isBusinessDate } from './business-dates.ts';

/**
 * The policy task ledger's reporting cycle (双周进展情况台账, seed 003's covering notice): "请认真组织实施，
 * 并于每月10日和25日填写“全面清单”和“重点清单”双周进展情况台账及报告至市金融办".
 *
 * A period is named by its due date (`2027-01-10`) and covers the days after the previous due date up to and
 * including its own (26 Dec 2026 – 10 Jan 2027). The seed names calendar days and says nothing of weekends or
 * holidays, so a due day that falls on one stays where the calendar puts it (10 Jan 2027, a Sunday, is the
 * due day; a report on Monday 11 Jan is late). Reminders say the last working day before such a due day.
 * A day of month a month lacks (a city's 30th in February) is that month's last day.
 */
export interface ReportingCycle {
  /** Due days of each month, ascending (seed 003: 10 and 25). */
  daysOfMonth: readonly number[];
  /** The first day reports are owed for: the first period is the first due date on or after it. */
  startsOn: string;
}

const monthLength = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function check(date: string, path: string): void {
  if (!isBusinessDate(date))
    throw new ValidationError(`Not a calendar date: ${date}`, [{ path, message: 'must be yyyy-mm-dd' }]);
}

/** The due dates of one month, ascending (a day the month lacks becomes its last day; duplicates merge). */
export function dueDatesOfMonth(cycle: Pick<ReportingCycle, 'daysOfMonth'>, year: number, month: number) {
  const last = monthLength(year, month);
  const days = [...new Set(cycle.daysOfMonth.map((d) => Math.min(d, last)))].sort((a, b) => a - b);
  const mm = String(month).padStart(2, '0');
  return days.map((d) => `${String(year).padStart(4, '0')}-${mm}-${String(d).padStart(2, '0')}`);
}

/** The first due date on or after `date` (ignoring `startsOn`): the period `date` belongs to. */
export function dueOnOrAfter(cycle: Pick<ReportingCycle, 'daysOfMonth'>, date: string): string {
  check(date, 'date');
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  for (;;) {
    const found = dueDatesOfMonth(cycle, year, month).find((d) => d >= date);
    if (found) return found;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The due date before `due` (the previous period's), across a month or a year end. */
export function previousDue(cycle: Pick<ReportingCycle, 'daysOfMonth'>, due: string): string {
  check(due, 'due');
  let year = Number(due.slice(0, 4));
  let month = Number(due.slice(5, 7));
  for (;;) {
    const found = dueDatesOfMonth(cycle, year, month)
      .filter((d) => d < due)
      .at(-1);
    if (found) return found;
    month -= 1;
    if (month < 1) {
      month = 12;
      year -= 1;
    }
  }
}

/** Whether `date` is a due date of the cycle on or after its start: a period reports can be filed for. */
export function isPeriod(cycle: ReportingCycle, date: string): boolean {
  return isBusinessDate(date) && date >= firstPeriod(cycle) && dueOnOrAfter(cycle, date) === date;
}

/** The cycle's first period: the first due date on or after `startsOn`. */
export function firstPeriod(cycle: ReportingCycle): string {
  return dueOnOrAfter(cycle, cycle.startsOn);
}

/** The days a period covers: from the day after the previous due date to its due date, inclusive. */
export function periodSpan(cycle: ReportingCycle, due: string): { opens: string; due: string } {
  return { opens: addDays(previousDue(cycle, due), 1), due };
}

/** Every period whose due date lies within [from, to] (inclusive), from the cycle's start on. */
export function periodsBetween(cycle: ReportingCycle, from: string, to: string): string[] {
  check(from, 'from');
  check(to, 'to');
  const periods: string[] = [];
  const start = from > cycle.startsOn ? from : cycle.startsOn;
  for (let due = dueOnOrAfter(cycle, start); due <= to; due = dueOnOrAfter(cycle, addDays(due, 1)))
    periods.push(due);
  return periods;
}

/**
 * The periods due as of a date: every period whose due date is on or before `asOf` (the day itself is still
 * on time), oldest first.
 *
 * @example
 * periodsDue({ daysOfMonth: [10, 25], startsOn: '2026-12-01' }, '2027-01-10') // ['2026-12-10', '2026-12-25', '2027-01-10']
 */
export function periodsDue(cycle: ReportingCycle, asOf: string): string[] {
  return periodsBetween(cycle, cycle.startsOn, asOf);
}

/**
 * The periods overdue as of a date: due strictly before `asOf`. A period is overdue from the day after its due
 * date, whatever day of the week that is (the seed is silent on weekends and holidays).
 *
 * @example
 * periodsOverdue({ daysOfMonth: [10, 25], startsOn: '2027-01-01' }, '2027-01-11') // ['2027-01-10']
 */
export function periodsOverdue(cycle: ReportingCycle, asOf: string): string[] {
  check(asOf, 'asOf');
  return periodsBetween(cycle, cycle.startsOn, addDays(asOf, -1));
}

/** The period being reported for on `asOf`: the first due date on or after it (and on or after the start). */
export function currentPeriod(cycle: ReportingCycle, asOf: string): string {
  check(asOf, 'asOf');
  return dueOnOrAfter(cycle, asOf > cycle.startsOn ? asOf : cycle.startsOn);
}

/**
 * Whether `date` is a working day: holidays off, make-up days (调休) worked, otherwise Monday–Friday. A year the
 * calendar lacks counts weekends only (as bank deadlines do; see services/delivery working-days.ts).
 */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  check(date, 'date');
  const year = calendar[date.slice(0, 4)];
  if (year?.holidays.includes(date)) return false;
  if (year?.makeUpWorkdays.includes(date)) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after `start` (the start day never counts), and whether a year it met is not loaded. */
export function addWorkingDays(
  start: string,
  n: number,
  calendar: HolidayCalendar,
): { date: string; provisional: boolean } {
  check(start, 'start');
  let date = start;
  let provisional = false;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    if (calendar[date.slice(0, 4)] === undefined) provisional = true;
    if (isWorkingDay(date, calendar)) counted++;
  }
  return { date, provisional };
}

/** The last working day on or before `date` (the day a unit working weekdays files a weekend due date by). */
export function lastWorkingDayOnOrBefore(date: string, calendar: HolidayCalendar): string {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/** A period due soon, as a reminder names it. */
export interface UpcomingPeriod {
  period: string;
  /** The last working day on or before the due date: the due date itself unless it is a weekend or holiday. */
  lastWorkingDay: string;
  /** Working days from `asOf` to the due date's last working day (0: today is that day). */
  workingDaysLeft: number;
  /** A year on the way has no holiday notice loaded: weekends only were skipped. */
  provisional: boolean;
}

/**
 * The periods a reminder on `asOf` names: due on or after `asOf` and no later than the `workingDays`-th working
 * day after it. A due date on a weekend is reached by the working day after it, so it is reminded as early as
 * the working days before it allow.
 *
 * @example
 * // Thursday 7 Jan 2027, 2 working days ahead (Fri 8, Mon 11): the period due Sunday 10 Jan, last working day Fri 8
 * periodsDueWithin(cycle, calendar2027, '2027-01-07', 2) // [{ period: '2027-01-10', lastWorkingDay: '2027-01-08', workingDaysLeft: 1, … }]
 */
export function periodsDueWithin(
  cycle: ReportingCycle,
  calendar: HolidayCalendar,
  asOf: string,
  workingDays: number,
): UpcomingPeriod[] {
  const horizon = addWorkingDays(asOf, workingDays, calendar);
  return periodsBetween(cycle, asOf, horizon.date).map((period) => {
    const lastWorkingDay = lastWorkingDayOnOrBefore(period, calendar);
    let workingDaysLeft = 0;
    for (let day = asOf; day < lastWorkingDay; ) {
      day = addDays(day, 1);
      if (isWorkingDay(day, calendar)) workingDaysLeft++;
    }
    const provisional =
      horizon.provisional ||
      calendar[asOf.slice(0, 4)] === undefined ||
      calendar[period.slice(0, 4)] === undefined;
    return { period, lastWorkingDay, workingDaysLeft, provisional };
  });
}
