import * as z from 'zod';

/**
 * The national holiday calendar (国务院办公厅关于 YYYY 年部分节假日安排的通知) as per-year data.
 * Each year is exactly what the State Council's notice says: the days off that fall on weekdays or
 * weekends, and the weekend days that are worked instead (调休). A year that is not loaded is never
 * guessed: working-day arithmetic that reaches it counts weekends only and says it is provisional.
 */

/** One year's official schedule, every date inside that year. */
export interface HolidayYear {
  holidays: readonly string[];
  makeUpWorkdays: readonly string[];
  /** Where the dates come from: the notice's title, number and date (optional in the city file). */
  notice?: { title: string; documentNumber?: string; publishedOn?: string; url?: string };
}

/** Per-year calendars keyed by year ("2026"). */
export type HolidayCalendar = Readonly<Record<string, HolidayYear>>;

/** The warning window before the last loaded year ends: "60 days" counted inclusively (以内). */
export const CALENDAR_WARNING_DAYS = 60;

const isoDate = z.iso.date();

export const holidayNoticeSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({ description: 'The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知' }),
  documentNumber: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: '文号, e.g. 国办发明电〔2026〕7号' }),
  publishedOn: isoDate.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/**
 * The rules every year must keep, as zod issues: each date inside `year`, none listed twice, no day
 * both off and worked, and a make-up working day only on a Saturday or Sunday (a weekday is worked anyway).
 */
export function holidayYearIssues(year: string, y: Pick<HolidayYear, 'holidays' | 'makeUpWorkdays'>) {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const check = (list: 'holidays' | 'makeUpWorkdays') => {
    const seen = new Set<string>();
    y[list].forEach((date, i) => {
      if (!date.startsWith(`${year}-`))
        issues.push({ path: [list, i], message: `must be a date in ${year}` });
      if (seen.has(date)) issues.push({ path: [list, i], message: `${date} is listed twice` });
      seen.add(date);
    });
    return seen;
  };
  const off = check('holidays');
  check('makeUpWorkdays');
  y.makeUpWorkdays.forEach((date, i) => {
    if (off.has(date)) issues.push({ path: ['makeUpWorkdays', i], message: `${date} is also a holiday` });
    const day = weekday(date);
    if (day !== 0 && day !== 6) {
      issues.push({
        path: ['makeUpWorkdays', i],
        message: `${date} is a weekday: a make-up working day is a Saturday or Sunday`,
      });
    }
  });
  return issues;
}

/**
 * The shape of a year, as loaded by ops or written in a city file. Its rules need the year, which is a
 * path parameter or a record key: callers check them with {@link holidayYearIssues}.
 */
export function holidayYearSchema() {
  return z.strictObject({
    holidays: z.array(isoDate).max(60),
    makeUpWorkdays: z.array(isoDate).max(20),
    notice: holidayNoticeSchema.optional(),
  });
}

export interface CalendarStatus {
  /** Years loaded, ascending. */
  years: string[];
  /** The last day covered by a loaded year (31 December of the last year), if any. */
  coveredUntil?: string;
  /** Days from `today` to `coveredUntil` (0 on the last day itself). */
  daysLeft?: number;
  /** True when nothing is loaded or the last year ends within {@link CALENDAR_WARNING_DAYS} days. */
  warning: boolean;
  message: string;
}

/**
 * How far the calendar reaches from `today` (a Shanghai date), and whether ops must load the next year.
 *
 * @example
 * calendarStatus({ '2026': y }, '2026-12-04') // { coveredUntil: '2026-12-31', daysLeft: 27, warning: true, … }
 */
export function calendarStatus(calendar: HolidayCalendar, today: string): CalendarStatus {
  const years = Object.keys(calendar).sort();
  const last = years.at(-1);
  if (last === undefined) {
    return {
      years,
      warning: true,
      message: 'No holiday calendar is loaded: working-day deadlines are provisional',
    };
  }
  const coveredUntil = `${last}-12-31`;
  const daysLeft = Math.round(
    (Date.parse(`${coveredUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  const next = String(Number(last) + 1);
  const warning = daysLeft <= CALENDAR_WARNING_DAYS;
  const message = !warning
    ? `Holiday calendar loaded until ${coveredUntil}`
    : daysLeft < 0
      ? `The holiday calendar ended on ${coveredUntil}: load ${daysLeft < -365 ? 'the missing years' : next} from the State Council's notice; working-day deadlines after it are provisional`
      : `The holiday calendar ends on ${coveredUntil} (in ${daysLeft} days): load ${next} from the State Council's notice when it is published; until then working-day deadlines in ${next} are provisional`;
  return { years, coveredUntil, daysLeft, warning, message };
}
