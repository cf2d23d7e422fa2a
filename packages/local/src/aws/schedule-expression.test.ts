import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { nextCronTime, parseSchedule } from './schedule-expression.ts';

function nextAfter(expression: string, afterIso: string): string | undefined {
  const schedule = parseSchedule(expression);
  if (schedule.kind !== 'cron') throw new Error('not a cron');
  const next = nextCronTime(schedule.fields, Date.parse(afterIso));
  return next === undefined ? undefined : new Date(next).toISOString();
}

describe('Function: parseSchedule', () => {
  it.each([
    ['rate(1 minute)', 60_000],
    ['rate(5 minutes)', 300_000],
    ['rate(2 hours)', 7_200_000],
    ['rate(1 day)', 86_400_000],
  ])('reads %s as every %i ms', (expression, everyMs) => {
    // Act
    const schedule = parseSchedule(expression);

    // Assess
    expect(schedule).toEqual({ kind: 'rate', everyMs });
  });

  it.each([
    'rate(1 minutes)',
    'rate(5 minute)',
    'rate(0 minutes)',
    'rate(5 weeks)',
    'every 5 minutes',
    'cron(0 18 * * MON-FRI *)',
    'cron(0 18 ? * ? *)',
    'cron(0 18 ? * MON-FRI)',
    'cron(60 18 ? * MON-FRI *)',
    'cron(0 10 L * ? *)',
    'cron(0 10 ? * 6#3 *)',
  ])('rejects %s naming the expression field', (expression) => {
    // Act
    const parse = () => parseSchedule(expression);

    // Assess
    expect(parse).toThrow(ValidationError);
    expect(parse).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'expression' })] }),
    );
  });
});

describe('Function: nextCronTime', () => {
  // 2025-03-01 is a Saturday.
  it.each([
    ['cron(0 2 * * ? *)', '2025-03-01T00:00:30Z', '2025-03-01T02:00:00.000Z'],
    ['cron(0 2 * * ? *)', '2025-03-01T02:00:00Z', '2025-03-02T02:00:00.000Z'],
    ['cron(0 18 ? * MON-FRI *)', '2025-03-01T10:00:00Z', '2025-03-03T18:00:00.000Z'],
    ['cron(0 9 ? * 1 *)', '2025-03-01T10:00:00Z', '2025-03-02T09:00:00.000Z'],
    ['cron(0/15 * * * ? *)', '2025-03-01T10:07:10Z', '2025-03-01T10:15:00.000Z'],
    ['cron(10-50/20 8 * * ? *)', '2025-03-01T08:31:00Z', '2025-03-01T08:50:00.000Z'],
    ['cron(0 0 29 2 ? *)', '2025-03-01T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['cron(0 12 1 JAN,JUL ? 2026)', '2025-03-01T00:00:00Z', '2026-01-01T12:00:00.000Z'],
    ['cron(0 12 1 JAN,JUL ? 2026)', '2026-01-01T12:00:00Z', '2026-07-01T12:00:00.000Z'],
    ['cron(0 12 1 JAN,JUL ? 2026)', '2026-07-01T12:00:00Z', undefined],
    ['cron(30 23 31 * ? *)', '2025-04-01T00:00:00Z', '2025-05-31T23:30:00.000Z'],
  ])('%s after %s fires at %s', (expression, after, expected) => {
    // Act
    const next = nextAfter(expression, after);

    // Assess
    expect(next).toBe(expected);
  });
});
