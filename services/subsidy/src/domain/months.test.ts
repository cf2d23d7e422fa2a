import { describe, expect, it } from 'vitest';
import { addMonths, dayAfter, yearSlices } from './months.ts';

describe('Function: addMonths', () => {
  it.each([
    ['2025-03-01', 12, '2026-03-01'],
    ['2024-01-31', 1, '2024-02-29'], // leap February: its last day
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-06-10', 36, '2028-06-10'],
  ])('%s + %i months is %s', (date, months, expected) => {
    // Act / Assess
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('Function: yearSlices', () => {
  it('cuts a period at each 1 January, the end day not included', () => {
    // Act
    const slices = yearSlices('2025-03-01', '2027-02-01');

    // Assess
    expect(slices).toEqual([
      { year: 2025, start: '2025-03-01', end: '2026-01-01' },
      { year: 2026, start: '2026-01-01', end: '2027-01-01' },
      { year: 2027, start: '2027-01-01', end: '2027-02-01' },
    ]);
  });

  it('gives one slice for a period inside a year, none for an empty one, none for a period ending on 1 January', () => {
    // Act / Assess
    expect(yearSlices('2025-03-01', '2025-04-01')).toEqual([
      { year: 2025, start: '2025-03-01', end: '2025-04-01' },
    ]);
    expect(yearSlices('2025-03-01', '2025-03-01')).toEqual([]);
    expect(yearSlices('2025-03-01', '2026-01-01')).toEqual([
      { year: 2025, start: '2025-03-01', end: '2026-01-01' },
    ]);
  });
});

describe('Function: dayAfter', () => {
  it.each([
    ['2024-02-28', '2024-02-29'],
    ['2023-02-28', '2023-03-01'],
    ['2022-03-30', '2022-03-31'],
    ['2025-12-31', '2026-01-01'],
  ])('the day after %s is %s', (date, expected) => {
    // Act / Assess
    expect(dayAfter(date)).toBe(expected);
  });
});
