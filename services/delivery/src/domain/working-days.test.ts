import { loadCityConfig, ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  type DeadlineConfig,
  deadlineFor,
  type HolidayCalendar,
  isPastDeadline,
  isWorkingDay,
  shanghaiDate,
} from './working-days.ts';

// The demo city's official 2026 schedule: National Day Oct 1–7 with make-up Sunday Sep 20 and
// Saturday Oct 10; Spring Festival Feb 15–23 with make-up Saturdays Feb 14 and Feb 28.
const calendar: HolidayCalendar = loadCityConfig('linshan').holidayCalendar;
const config: DeadlineConfig = {
  decisionCalendarDays: 30,
  noLoanReplyWorkingDays: 5,
  holidayCalendar: calendar,
};

function validationPath(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues[0]?.path;
    throw error;
  }
  return undefined;
}

describe('Function: isWorkingDay', () => {
  it('follows holidays, make-up days and plain weekends of 2026', () => {
    // Assess
    expect(isWorkingDay('2026-10-01', calendar)).toBe(false); // Thursday, National Day
    expect(isWorkingDay('2026-10-07', calendar)).toBe(false); // Wednesday, still off
    expect(isWorkingDay('2026-10-08', calendar)).toBe(true); // Thursday
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true); // Saturday, make-up
    expect(isWorkingDay('2026-10-11', calendar)).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-20', calendar)).toBe(true); // Sunday, make-up
    expect(isWorkingDay('2026-02-16', calendar)).toBe(false); // Monday, Spring Festival
    expect(isWorkingDay('2026-03-03', calendar)).toBe(true); // plain Tuesday
    expect(isWorkingDay('2026-03-07', calendar)).toBe(false); // plain Saturday
  });

  it('refuses a year missing from the calendar instead of treating its holidays as workdays', () => {
    // Assess
    expect(() => isWorkingDay('2027-02-08', calendar)).toThrow(ValidationError);
    expect(validationPath(() => isWorkingDay('2027-02-08', calendar))).toBe('holidayCalendar.2027');
  });

  it('rejects malformed and impossible dates', () => {
    // Assess
    expect(validationPath(() => isWorkingDay('2026/10/01', calendar))).toBe('date');
    expect(validationPath(() => isWorkingDay('2026-02-29', calendar))).toBe('date');
  });
});

describe('Function: addWorkingDays', () => {
  it('counts five working days in a plain week, starting the day after', () => {
    // Assess: Mon 9 Mar → Tue, Wed, Thu, Fri, Mon 16 Mar.
    expect(addWorkingDays('2026-03-09', 5, calendar)).toBe('2026-03-16');
    // Fri 13 Mar → Mon 16 … Fri 20 Mar.
    expect(addWorkingDays('2026-03-13', 5, calendar)).toBe('2026-03-20');
  });

  it('skips National Day and counts make-up Saturday Oct 10', () => {
    // Assess: Wed 30 Sep → Oct 8 (1), 9 (2), Sat 10 (3), Mon 12 (4), Tue 13 (5).
    expect(addWorkingDays('2026-09-30', 5, calendar)).toBe('2026-10-13');
  });

  it('counts make-up Sunday Sep 20', () => {
    // Assess: Thu 17 Sep → Fri 18 (1), Sun 20 (2), Mon 21 (3), Tue 22 (4), Wed 23 (5).
    expect(addWorkingDays('2026-09-17', 5, calendar)).toBe('2026-09-23');
  });

  it('starts on the next working day when the start date is itself a holiday', () => {
    // Assess: Sat 3 Oct (holiday) → Oct 8, 9, 10, 12, 13.
    expect(addWorkingDays('2026-10-03', 5, calendar)).toBe('2026-10-13');
  });

  it('skips the Spring Festival and counts make-up Saturdays Feb 14 and Feb 28', () => {
    // Assess: Thu 12 Feb → Fri 13 (1), Sat 14 (2), Feb 15–23 off, Tue 24 (3), Wed 25 (4), Thu 26 (5).
    expect(addWorkingDays('2026-02-12', 5, calendar)).toBe('2026-02-26');
    // Tue 24 Feb → 25 (1), 26 (2), 27 (3), Sat 28 (4), Mon 2 Mar (5).
    expect(addWorkingDays('2026-02-24', 5, calendar)).toBe('2026-03-02');
  });

  it('returns the start date for zero working days', () => {
    // Assess
    expect(addWorkingDays('2026-10-03', 0, calendar)).toBe('2026-10-03');
  });

  it('fails at the year boundary when next year is missing, and crosses it once the year is added', () => {
    // Prepare: 2027 is not in the demo file; this 2027 entry is a test stand-in (New Year on Friday Jan 1).
    const withNextYear: HolidayCalendar = {
      ...calendar,
      '2027': { holidays: ['2027-01-01'], makeUpWorkdays: [] },
    };

    // Act & Assess: Mon 28 Dec 2026 → 29 (1), 30 (2), 31 (3), then 2027.
    expect(validationPath(() => addWorkingDays('2026-12-28', 5, calendar))).toBe('holidayCalendar.2027');
    expect(addWorkingDays('2026-12-28', 3, calendar)).toBe('2026-12-31');
    expect(addWorkingDays('2026-12-28', 5, withNextYear)).toBe('2027-01-05');
  });

  it('rejects a negative or fractional count', () => {
    // Assess
    expect(() => addWorkingDays('2026-03-09', -1, calendar)).toThrow(ValidationError);
    expect(() => addWorkingDays('2026-03-09', 1.5, calendar)).toThrow(ValidationError);
  });
});

describe('Function: addCalendarDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    // Assess
    expect(addCalendarDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2026-03-02', 30)).toBe('2026-04-01');
  });
});

describe('Function: deadlineFor', () => {
  it('gives a decision 30 calendar days from complete materials', () => {
    // Assess: Mon 2 Mar + 30 = Wed 1 Apr, a working day.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-03-02', config })).toBe('2026-04-01');
  });

  it('moves a 30-day deadline that lands on National Day to the next working day', () => {
    // Assess: Tue 1 Sep + 30 = Thu 1 Oct (off until Oct 7) → Thu 8 Oct.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-09-01', config })).toBe('2026-10-08');
  });

  it('keeps a 30-day deadline that lands on make-up Saturday Oct 10', () => {
    // Assess: Thu 10 Sep + 30 = Sat 10 Oct, a working day.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-09-10', config })).toBe('2026-10-10');
  });

  it('moves a 30-day deadline from a plain Sunday to Monday', () => {
    // Assess: Fri 6 Feb + 30 = Sun 8 Mar → Mon 9 Mar.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-02-06', config })).toBe('2026-03-09');
  });

  it('gives a no-loan household reply 5 working days from the application', () => {
    // Assess
    expect(deadlineFor({ kind: 'no-loan-5-working-days', from: '2026-09-30', config })).toBe('2026-10-13');
  });

  it('uses the city-configured counts', () => {
    // Prepare
    const stricter: DeadlineConfig = { ...config, decisionCalendarDays: 15, noLoanReplyWorkingDays: 3 };

    // Assess: Mon 2 Mar + 15 = Tue 17 Mar; Wed 30 Sep + 3 working days = Sat 10 Oct.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-03-02', config: stricter })).toBe(
      '2026-03-17',
    );
    expect(deadlineFor({ kind: 'no-loan-5-working-days', from: '2026-09-30', config: stricter })).toBe(
      '2026-10-10',
    );
  });

  it('rejects a zero day count and an invalid start date', () => {
    // Assess
    expect(
      validationPath(() =>
        deadlineFor({
          kind: 'no-loan-5-working-days',
          from: '2026-03-02',
          config: { ...config, noLoanReplyWorkingDays: 0 },
        }),
      ),
    ).toBe('noLoanReplyWorkingDays');
    expect(validationPath(() => deadlineFor({ kind: 'decision-30-days', from: '2026-13-01', config }))).toBe(
      'from',
    );
  });
});

describe('Function: shanghaiDate', () => {
  it('switches date at 16:00 UTC (midnight in Shanghai)', () => {
    // Assess
    expect(shanghaiDate(new Date('2026-09-30T15:59:59.999Z'))).toBe('2026-09-30');
    expect(shanghaiDate(new Date('2026-09-30T16:00:00.000Z'))).toBe('2026-10-01');
    expect(() => shanghaiDate(new Date('not a date'))).toThrow(ValidationError);
  });
});

describe('Function: isPastDeadline', () => {
  it('is on time through the whole deadline day in Shanghai and late from the next midnight', () => {
    // Assess: deadline 13 Oct ends at 2026-10-13T16:00:00Z.
    expect(isPastDeadline('2026-10-13', new Date('2026-10-13T15:59:59Z'))).toBe(false);
    expect(isPastDeadline('2026-10-13', new Date('2026-10-13T16:00:00Z'))).toBe(true);
  });
});
