/**
 * Day counting on ISO calendar dates. Periods are half-open, [start, end): the start day accrues, the
 * end day does not, so 2024-02-28 → 2024-03-01 is 2 days (28 Feb, 29 Feb) and 2023-02-28 → 2023-03-01
 * is 1. Dates are turned into day numbers with Date.UTC, which is pure (no clock, no time zone).
 *
 * Conventions, as a fraction of a year:
 * - `actual/360`, `actual/365`: days / 360 or 365, how a bank accrues interest (a whole year is more
 *   than one: 365/360, or 366/365 in a leap year), so only for programs that pay part of the interest;
 * - `actual/actual`: each day is 1/365 of a common year and 1/366 of a leap year, so a whole calendar
 *   year is exactly one and no year counts more than one. For yearly rates that are caps or whole-year
 *   amounts (a fee rate cap, 2.88 % of principal, a ‰ of a balance).
 */

export const dayCounts = ['actual/360', 'actual/365', 'actual/actual'] as const;
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

/** 366 in a Gregorian leap year, else 365. */
export function daysInYear(year: number): 365 | 366 {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 366 : 365;
}

/** 365 × 366: a denominator for a mix of common-year and leap-year days, so a calculator still divides once. */
export const COMMON_AND_LEAP_YEAR = 365 * 366;

/** A period as a fraction of a year, numerator / denominator, both whole numbers. */
export interface YearFraction {
  days: number;
  numerator: number;
  denominator: number;
  /** How the period was counted, e.g. "306/365 + 59/366 (actual/actual)". */
  shown: string;
}

/** [start, end) as a fraction of a year under `dayCount`. */
export function yearFraction(start: string, end: string, dayCount: DayCount): YearFraction {
  const days = actualDays(start, end);
  if (dayCount !== 'actual/actual') {
    const basis = dayCount === 'actual/365' ? 365 : 360;
    return { days, numerator: days, denominator: basis, shown: `${days}/${basis} (${dayCount})` };
  }
  const slices = splitByYear(dayNumber(start), dayNumber(end));
  const numerator = slices.reduce(
    (sum, slice) => sum + slice.days * (COMMON_AND_LEAP_YEAR / daysInYear(slice.year)),
    0,
  );
  const parts = slices.map((slice) => `${slice.days}/${daysInYear(slice.year)}`);
  return {
    days,
    numerator,
    denominator: COMMON_AND_LEAP_YEAR,
    shown: `${parts.length === 0 ? '0' : parts.join(' + ')} (actual/actual)`,
  };
}
