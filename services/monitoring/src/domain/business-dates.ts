import { ValidationError } from '@sme/kernel';

/**
 * Calendar arithmetic on Shanghai business dates (`yyyy-mm-dd`). Dates are plain calendar days, so
 * UTC arithmetic on them is exact: China has one time zone and no daylight saving.
 */

const dayMs = 86_400_000;

/** True for a real calendar date written `yyyy-mm-dd` (2026-02-30 is not one). */
export function isBusinessDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

function toMs(date: string, path: string): number {
  if (!isBusinessDate(date)) {
    throw new ValidationError(`Not a calendar date: ${date}`, [{ path, message: 'must be yyyy-mm-dd' }]);
  }
  return Date.parse(`${date}T00:00:00Z`);
}

const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The date `days` later (earlier when negative). */
export function addDays(date: string, days: number): string {
  return fromMs(toMs(date, 'date') + days * dayMs);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to, 'to') - toMs(from, 'from')) / dayMs);
}

/** The months (`yyyy-mm`) a date range touches, in order: the fact table's partitions to query. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toMs(date, 'date')).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week a date falls in (weeks run Monday–Sunday, as Chinese bulletins count them). */
export function weekStartOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/**
 * The last full week before `today`: Monday to Sunday. On Monday 01:00 (the bulletin's schedule)
 * that is the week that ended a few hours earlier; on any later day it is still last week.
 */
export function previousWeek(today: string): { weekStart: string; weekEnd: string } {
  const weekStart = addDays(weekStartOf(today), -7);
  return { weekStart, weekEnd: addDays(weekStart, 6) };
}
