/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings. Dates are civil dates of the city
 * (China Standard Time); they are handled as UTC midnights so that no host time zone leaks in.
 */

const msPerDay = 86_400_000;
/** China Standard Time has no daylight saving: a fixed UTC+8 offset. */
const chinaOffsetSeconds = 8 * 3600;

function parts(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not an ISO date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return format(Date.UTC(y, m - 1, d) + days * msPerDay);
}

/**
 * The corresponding day `years` years after `date`, or the last day of that month when there is
 * none (29 February → 28 February): 民法典 第二百零二条, "到期月的对应日为期间的最后一日；没有对应日的，为月末日".
 */
export function addYears(date: string, years: number): string {
  const [y, m, d] = parts(date);
  const lastDayOfMonth = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return format(Date.UTC(y + years, m - 1, Math.min(d, lastDayOfMonth)));
}

/** The earliest of the given dates, ignoring absent ones (ISO dates order as strings). */
export function earliest(...dates: (string | undefined)[]): string | undefined {
  let min: string | undefined;
  for (const date of dates) if (date !== undefined && (min === undefined || date < min)) min = date;
  return min;
}

/** Seconds since the epoch at 00:00 China Standard Time on `date`. */
export function chinaMidnightEpochSeconds(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / 1000 - chinaOffsetSeconds;
}

/** The earliest and the latest of a non-empty list of dates. */
export function dateRange(dates: readonly string[]): { first: string; last: string } {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) throw new Error('dateRange of no dates');
  return { first, last };
}
