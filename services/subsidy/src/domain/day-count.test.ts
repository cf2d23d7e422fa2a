import { describe, expect, it } from 'vitest';
import { actualDays, dayNumber, splitByYear } from './day-count.ts';

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
