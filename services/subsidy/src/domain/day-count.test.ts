import { describe, expect, it } from 'vitest';
import { actualDays, dayNumber, daysInYear, splitByYear, yearFraction } from './day-count.ts';

describe('Function: actualDays', () => {
  it.each([
    ['2024-02-28', '2024-03-01', 2], // leap year: 28 Feb and 29 Feb accrue
    ['2023-02-28', '2023-03-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2025-01-01', '2025-12-27', 360],
    ['2024-07-01', '2024-07-01', 0],
  ])('%s → %s is %i days', (start, end, days) => {
    // Act / Assess
    expect(actualDays(start, end)).toBe(days);
  });
});

describe('Function: splitByYear', () => {
  it('splits a range that crosses a leap year end into calendar years', () => {
    // Prepare: 2024-07-01 → 2025-07-01: 184 days in 2024 (Jul–Dec), 181 in 2025 (Jan–Jun)
    const start = dayNumber('2024-07-01');
    const end = dayNumber('2025-07-01');

    // Act
    const slices = splitByYear(start, end);

    // Assess
    expect(slices).toEqual([
      { year: 2024, days: 184 },
      { year: 2025, days: 181 },
    ]);
  });

  it('gives nothing for an empty range', () => {
    // Act / Assess
    expect(splitByYear(dayNumber('2025-03-01'), dayNumber('2025-03-01'))).toEqual([]);
  });
});

describe('Function: daysInYear', () => {
  it.each([
    [2024, 366],
    [2028, 366],
    [2000, 366], // divisible by 400
    [2025, 365],
    [2100, 365], // divisible by 100, not by 400
  ])('%i has %i days', (year, days) => {
    // Act / Assess
    expect(daysInYear(year)).toBe(days);
  });
});

describe('Function: yearFraction', () => {
  it.each([
    // actual/actual: a whole calendar year is exactly one, whatever its length
    { start: '2024-01-01', end: '2025-01-01', dayCount: 'actual/actual', fraction: 1, shown: '366/366' },
    { start: '2028-01-01', end: '2029-01-01', dayCount: 'actual/actual', fraction: 1, shown: '366/366' },
    { start: '2025-01-01', end: '2026-01-01', dayCount: 'actual/actual', fraction: 1, shown: '365/365' },
    // a day of a leap year is 1/366, of a common year 1/365
    { start: '2024-02-29', end: '2024-03-01', dayCount: 'actual/actual', fraction: 1 / 366, shown: '1/366' },
    { start: '2023-02-28', end: '2023-03-01', dayCount: 'actual/actual', fraction: 1 / 365, shown: '1/365' },
    {
      start: '2024-07-01',
      end: '2025-07-01',
      dayCount: 'actual/actual',
      fraction: 184 / 366 + 181 / 365,
      shown: '184/366 + 181/365',
    },
    // interest conventions: more than one for a whole year
    { start: '2024-01-01', end: '2025-01-01', dayCount: 'actual/360', fraction: 366 / 360, shown: '366/360' },
    { start: '2024-01-01', end: '2025-01-01', dayCount: 'actual/365', fraction: 366 / 365, shown: '366/365' },
  ] as const)('$start → $end on $dayCount is $shown', ({ start, end, dayCount, fraction, shown }) => {
    // Act
    const result = yearFraction(start, end, dayCount);

    // Assess
    expect(result.numerator / result.denominator).toBeCloseTo(fraction, 12);
    expect(result.shown).toBe(`${shown} (${dayCount})`);
  });

  it('keeps a whole leap year exact: numerator equals denominator', () => {
    // Act
    const result = yearFraction('2024-01-01', '2025-01-01', 'actual/actual');

    // Assess
    expect(result.numerator).toBe(result.denominator);
    expect(result.days).toBe(366);
  });
});
