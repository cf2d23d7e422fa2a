import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isBusinessDate,
  monthsOf,
  previousWeek,
  weekStartOf,
} from './business-dates.ts';

describe('Function: monthsOf', () => {
  it('lists every month a range touches, across a year end', () => {
    expect(monthsOf('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('gives one month for a range inside it', () => {
    expect(monthsOf('2026-03-02', '2026-03-08')).toEqual(['2026-03']);
  });
});

describe('Function: previousWeek', () => {
  it('is the Monday-to-Sunday week before the week of a Monday', () => {
    // 2026-03-09 is a Monday
    expect(previousWeek('2026-03-09')).toEqual({ weekStart: '2026-03-02', weekEnd: '2026-03-08' });
  });

  it('is still last week later in the week and on a Sunday', () => {
    expect(previousWeek('2026-03-12').weekStart).toBe('2026-03-02');
    expect(previousWeek('2026-03-15').weekStart).toBe('2026-03-02');
  });

  it('crosses a year end', () => {
    // 2026-01-01 is a Thursday; its week began Monday 2025-12-29
    expect(previousWeek('2026-01-01')).toEqual({ weekStart: '2025-12-22', weekEnd: '2025-12-28' });
  });
});

describe('Function: weekStartOf', () => {
  it('maps a Sunday to the Monday six days before', () => {
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02');
  });
});

describe('Function: dates', () => {
  it('adds and counts days across a leap day', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('accepts only real calendar dates', () => {
    expect(['2026-02-28', '2024-02-29', '2026-02-29', '2026-3-1', '2026-13-01'].map(isBusinessDate)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
