import { ValidationError } from '@sme/kernel';

/** A parsed EventBridge schedule expression. */
export type Schedule = { kind: 'rate'; everyMs: number } | { kind: 'cron'; fields: CronFields };

export interface CronFields {
  minutes: Set<number>;
  hours: Set<number>;
  /** `undefined` when the field is `?` (the other day field decides). */
  daysOfMonth: Set<number> | undefined;
  months: Set<number>;
  /** AWS numbering: 1 = Sunday … 7 = Saturday. */
  daysOfWeek: Set<number> | undefined;
  years: Set<number>;
}

const unitMs = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
const monthNames = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const dayNames = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function invalid(expression: string, why: string): ValidationError {
  return new ValidationError(`schedule expression ${expression} is not valid: ${why}`, [
    { path: 'expression', message: why },
  ]);
}

function parseRate(expression: string, body: string): Schedule {
  const match = /^(\d+) (minute|minutes|hour|hours|day|days)$/.exec(body.trim());
  if (!match) throw invalid(expression, 'rate must be "rate(<n> minute|minutes|hour|hours|day|days)"');
  const value = Number(match[1]);
  const unit = match[2] ?? '';
  if (value < 1) throw invalid(expression, 'rate value must be at least 1');
  // EventBridge insists on the singular for 1 and the plural otherwise; so do we, to fail before deploy.
  const singular = !unit.endsWith('s');
  if (singular !== (value === 1))
    throw invalid(expression, `use "${value === 1 ? '1 unit' : 'n units'}" form`);
  const base = unit.replace(/s$/, '') as keyof typeof unitMs;
  return { kind: 'rate', everyMs: value * unitMs[base] };
}

function parseValue(token: string, names: string[] | undefined, offset: number): number {
  const index = names?.indexOf(token.toUpperCase()) ?? -1;
  if (index >= 0) return index + offset;
  return /^\d+$/.test(token) ? Number(token) : Number.NaN;
}

/** One field: `*`, values, names, ranges `a-b`, lists `a,b`, steps `* /n`, `a/n`, `a-b/n`. */
function parseField(
  expression: string,
  field: string,
  label: string,
  min: number,
  max: number,
  names?: string[],
  nameOffset = 0,
): Set<number> {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let from: number;
    let to: number;
    if (range === '*') {
      from = min;
      to = max;
    } else if (range.includes('-')) {
      const [a = '', b = ''] = range.split('-');
      from = parseValue(a, names, nameOffset);
      to = parseValue(b, names, nameOffset);
    } else {
      from = parseValue(range, names, nameOffset);
      to = stepText === undefined ? from : max;
    }
    if (![from, to, step].every(Number.isInteger) || step < 1 || from < min || to > max || from > to) {
      throw invalid(
        expression,
        `${label} "${part}" must be values or ranges within ${min}-${max} (L, W and # are not supported locally)`,
      );
    }
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

function parseCron(expression: string, body: string): Schedule {
  const parts = body.trim().split(/\s+/);
  if (parts.length !== 6)
    throw invalid(expression, 'cron needs 6 fields: minutes hours day-of-month month day-of-week year');
  const [minutes = '', hours = '', dom = '', month = '', dow = '', year = ''] = parts;
  if ((dom === '?') === (dow === '?')) {
    throw invalid(expression, 'exactly one of day-of-month and day-of-week must be "?"');
  }
  return {
    kind: 'cron',
    fields: {
      minutes: parseField(expression, minutes, 'minutes', 0, 59),
      hours: parseField(expression, hours, 'hours', 0, 23),
      daysOfMonth: dom === '?' ? undefined : parseField(expression, dom, 'day-of-month', 1, 31),
      months: parseField(expression, month, 'month', 1, 12, monthNames, 1),
      daysOfWeek: dow === '?' ? undefined : parseField(expression, dow, 'day-of-week', 1, 7, dayNames, 1),
      years: parseField(expression, year, 'year', 1970, 2199),
    },
  };
}

/**
 * Parses an EventBridge schedule expression: `rate(...)` fully, `cron(...)` with `*`, `?`, values,
 * month and day names, ranges, lists and steps (not `L`, `W`, `#`). Cron is read in UTC, as
 * EventBridge rules do.
 */
export function parseSchedule(expression: string): Schedule {
  const match = /^(rate|cron)\((.*)\)$/.exec(expression.trim());
  if (!match) throw invalid(expression, 'must be rate(...) or cron(...)');
  const body = match[2] ?? '';
  return match[1] === 'rate' ? parseRate(expression, body) : parseCron(expression, body);
}

/**
 * The first cron time strictly after `afterMs` (epoch ms), or `undefined` when the year field has
 * no time left. Jumps a whole year, month, day or hour when that field does not match.
 */
export function nextCronTime(fields: CronFields, afterMs: number): number | undefined {
  let t = Math.floor(afterMs / 60_000) * 60_000 + 60_000;
  const lastYear = Math.max(...fields.years);
  for (let guard = 0; guard < 1_000_000; guard++) {
    const d = new Date(t);
    const [year, month, day, hour, minute] = [
      d.getUTCFullYear(),
      d.getUTCMonth(),
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
    ];
    if (year > lastYear) return undefined;
    const dayMatches =
      (fields.daysOfMonth?.has(day) ?? true) && (fields.daysOfWeek?.has(d.getUTCDay() + 1) ?? true);
    if (!fields.years.has(year)) t = Date.UTC(year + 1, 0, 1);
    else if (!fields.months.has(month + 1)) t = Date.UTC(year, month + 1, 1);
    else if (!dayMatches) t = Date.UTC(year, month, day + 1);
    else if (!fields.hours.has(hour)) t = Date.UTC(year, month, day, hour + 1);
    else if (!fields.minutes.has(minute)) t = Date.UTC(year, month, day, hour, minute + 1);
    else return t;
  }
  return undefined;
}
