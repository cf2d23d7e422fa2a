import { loadCityConfig } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  currentPeriod,
  dueDatesOfMonth,
  isPeriod,
  periodSpan,
  periodsDue,
  periodsDueWithin,
  periodsOverdue,
  previousDue,
  type ReportingCycle,
} from './reporting-cycle.ts';

/** Seed 003: "每月10日和25日". */
const cycle: ReportingCycle = { daysOfMonth: [10, 25], startsOn: '2026-12-01' };
/** The demo city's 2026 notice; 2027 as a test assumption: only 1 January off (the real notice is not out). */
const calendar = {
  ...loadCityConfig('linshan').holidayCalendar,
  '2027': { holidays: ['2027-01-01'], makeUpWorkdays: [] },
};

describe('Function: periodsDue / periodsOverdue (seed 003: due on the 10th and the 25th)', () => {
  it('keeps the calendar date when the 10th is a Sunday (10 Jan 2027): on time that day, overdue on Monday the 11th', () => {
    // Prepare: 10 January 2027 is a Sunday (1 January 2027 is a Friday)
    expect(new Date('2027-01-10T00:00:00Z').getUTCDay()).toBe(0);

    // Act & Assess
    expect(periodsDue(cycle, '2027-01-10')).toEqual(['2026-12-10', '2026-12-25', '2027-01-10']);
    expect(periodsOverdue(cycle, '2027-01-10')).toEqual(['2026-12-10', '2026-12-25']);
    expect(periodsOverdue(cycle, '2027-01-11')).toEqual(['2026-12-10', '2026-12-25', '2027-01-10']);
    // Not moved to Friday 8 or Monday 11: the seed names calendar days and is silent on weekends
    expect(isPeriod(cycle, '2027-01-10')).toBe(true);
    expect(isPeriod(cycle, '2027-01-08')).toBe(false);
    expect(isPeriod(cycle, '2027-01-11')).toBe(false);
  });

  it('ends the year with the 25 December period and crosses into January', () => {
    // Act & Assess
    expect(periodSpan(cycle, '2026-12-25')).toEqual({ opens: '2026-12-11', due: '2026-12-25' });
    expect(periodSpan(cycle, '2027-01-10')).toEqual({ opens: '2026-12-26', due: '2027-01-10' });
    expect(previousDue(cycle, '2027-01-10')).toBe('2026-12-25');
    expect(currentPeriod(cycle, '2026-12-31')).toBe('2027-01-10');
    expect(currentPeriod(cycle, '2026-12-25')).toBe('2026-12-25');
    expect(currentPeriod(cycle, '2026-12-26')).toBe('2027-01-10');
    // 31 December: the 25 December period is overdue, the January one is not yet due
    expect(periodsOverdue(cycle, '2026-12-31')).toEqual(['2026-12-10', '2026-12-25']);
    expect(periodsDue(cycle, '2026-12-31')).toEqual(['2026-12-10', '2026-12-25']);
  });

  it('counts leap February: 26 Feb–10 Mar is 14 days in 2028 and 13 in 2027; a 30th is the last day of February', () => {
    // Act
    const leap = periodSpan(cycle, '2028-03-10');
    const common = periodSpan(cycle, '2027-03-10');
    const endOfMonth: ReportingCycle = { daysOfMonth: [15, 30], startsOn: '2027-01-01' };

    // Assess
    expect(leap).toEqual({ opens: '2028-02-26', due: '2028-03-10' });
    expect(common).toEqual({ opens: '2027-02-26', due: '2027-03-10' });
    expect(periodsDue(cycle, '2028-02-29')).toContain('2028-02-25');
    expect(dueDatesOfMonth(endOfMonth, 2028, 2)).toEqual(['2028-02-15', '2028-02-29']);
    expect(dueDatesOfMonth(endOfMonth, 2027, 2)).toEqual(['2027-02-15', '2027-02-28']);
    expect(isPeriod(endOfMonth, '2028-02-29')).toBe(true);
    expect(periodSpan(endOfMonth, '2028-03-15')).toEqual({ opens: '2028-03-01', due: '2028-03-15' });
    expect(periodsOverdue(endOfMonth, '2028-03-01')).toContain('2028-02-29');
  });

  it('owes nothing before the start and starts with the first due date on or after it', () => {
    // Act & Assess
    expect(periodsDue(cycle, '2026-12-09')).toEqual([]);
    expect(periodsOverdue(cycle, '2026-12-10')).toEqual([]);
    expect(isPeriod(cycle, '2026-11-25')).toBe(false);
    expect(periodsDue({ daysOfMonth: [10, 25], startsOn: '2026-12-11' }, '2027-01-10')).toEqual([
      '2026-12-25',
      '2027-01-10',
    ]);
  });
});

describe('Function: periodsDueWithin (reminders N working days ahead)', () => {
  it('reminds the Sunday 10 Jan 2027 period from Thursday 7 Jan, 2 working days ahead, naming Friday 8 Jan', () => {
    // Act
    const thursday = periodsDueWithin(cycle, calendar, '2027-01-07', 2);
    const wednesday = periodsDueWithin(cycle, calendar, '2027-01-06', 2);

    // Assess: Thu 7 + 2 working days = Mon 11, which passes Sunday 10
    expect(thursday).toEqual([
      { period: '2027-01-10', lastWorkingDay: '2027-01-08', workingDaysLeft: 1, provisional: false },
    ]);
    expect(wednesday).toEqual([]); // Wed 6 + 2 = Fri 8: the due date is not reached yet
  });

  it('counts across the New Year holiday: from 29 Dec 2026, 3 working days reach 4 Jan, not 10 Jan', () => {
    // Act
    const horizon = addWorkingDays('2026-12-29', 3, calendar); // Wed 30, Thu 31, (Fri 1 off), Mon 4
    const upcoming = periodsDueWithin(cycle, calendar, '2026-12-29', 3);
    const later = periodsDueWithin(cycle, calendar, '2027-01-06', 3);

    // Assess
    expect(horizon).toEqual({ date: '2027-01-04', provisional: false });
    expect(upcoming).toEqual([]);
    expect(later.map((p) => p.period)).toEqual(['2027-01-10']);
  });

  it('takes a due date on a make-up Saturday (10 Oct 2026, 调休) as its own last working day', () => {
    // Act
    const upcoming = periodsDueWithin(
      { daysOfMonth: [10, 25], startsOn: '2026-01-01' },
      calendar,
      '2026-10-08',
      2,
    );

    // Assess: Oct 1–7 off; Thu 8, Fri 9, Sat 10 worked
    expect(upcoming).toEqual([
      { period: '2026-10-10', lastWorkingDay: '2026-10-10', workingDaysLeft: 2, provisional: false },
    ]);
  });

  it('is provisional across a year with no holiday notice', () => {
    // Act
    const upcoming = periodsDueWithin(cycle, loadCityConfig('linshan').holidayCalendar, '2027-01-07', 2);

    // Assess
    expect(upcoming.map((p) => [p.period, p.provisional])).toEqual([['2027-01-10', true]]);
  });
});
