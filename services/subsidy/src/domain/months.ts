/**
 * Calendar arithmetic for loan terms. A term of N months ends on the same day N months later, or on
 * that month's last day when it is shorter (2024-01-31 + 1 month → 2024-02-29), as loan contracts
 * count it. Pure: Date.UTC only, no clock, no time zone.
 */

/** The ISO date `months` calendar months after `isoDate` (an already validated `YYYY-MM-DD`). */
export function addMonths(isoDate: string, months: number): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7)) - 1 + months;
  const day = Number(isoDate.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  return date.toISOString().slice(0, 10);
}

/** The earlier of two ISO dates (they compare as strings). */
export function earlierDate(a: string, b: string): string {
  if (a <= b) return a;
  return b;
}

/** The later of two ISO dates. */
export function laterDate(a: string, b: string): string {
  if (a >= b) return a;
  return b;
}

/** The day after an ISO date. */
export function dayAfter(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7)) - 1;
  const day = Number(isoDate.slice(8, 10));
  return new Date(Date.UTC(year, month, day + 1)).toISOString().slice(0, 10);
}

/** The calendar year of an ISO date. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** 1 January of `year` as an ISO date. */
export function yearStart(year: number): string {
  return `${String(year).padStart(4, '0')}-01-01`;
}

/** The calendar years [start, end) touches, each with its slice of the period; empty when end ≤ start. */
export function yearSlices(start: string, end: string): { year: number; start: string; end: string }[] {
  const slices: { year: number; start: string; end: string }[] = [];
  for (let year = yearOf(start); end > start && yearStart(year) < end; year++) {
    slices.push({
      year,
      start: laterDate(start, yearStart(year)),
      end: earlierDate(end, yearStart(year + 1)),
    });
  }
  return slices;
}
