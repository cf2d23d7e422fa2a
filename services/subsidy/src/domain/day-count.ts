/**
 * Day counting on ISO calendar dates. Periods are half-open, [start, end): the start day accrues, the
 * end day does not, so 2024-02-28 → 2024-03-01 is 2 days (28 Feb, 29 Feb) and 2023-02-28 → 2023-03-01
 * is 1. Dates are turned into day numbers with Date.UTC, which is pure (no clock, no time zone).
 */

export const dayCounts = ['actual/360', 'actual/365'] as const;
export type DayCount = (typeof dayCounts)[number];

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (already validated as `YYYY-MM-DD`). */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Actual days in [start, end). */
export function actualDays(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start);
}

/** Denominator of a day-count convention: interest per day = annual rate / basis. */
export function basisDays(dayCount: DayCount): number {
  return dayCount === 'actual/365' ? 365 : 360;
}

export interface YearSlice {
  year: number;
  days: number;
}

/** Splits the day range [startDay, endDay) by calendar year; years with no day are left out. */
export function splitByYear(startDay: number, endDay: number): YearSlice[] {
  const slices: YearSlice[] = [];
  let cursor = startDay;
  while (cursor < endDay) {
    const year = new Date(cursor * MS_PER_DAY).getUTCFullYear();
    const nextYearStart = Date.UTC(year + 1, 0, 1) / MS_PER_DAY;
    const sliceEnd = Math.min(endDay, nextYearStart);
    slices.push({ year, days: sliceEnd - cursor });
    cursor = sliceEnd;
  }
  return slices;
}
