import { loadCityConfig, ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import notice2016 from '../../../../test/fixtures/holiday-year-2016.json' with { type: 'json' };
import notice2017 from '../../../../test/fixtures/holiday-year-2017.json' with { type: 'json' };
import {
  addCalendarDays,
  addWorkingDays,
  type DeadlineConfig,
  deadlineFor,
  earliestDue,
  type HolidayCalendar,
  isPastDeadline,
  isWorkingDay,
  isYearLoaded,
  mergeCalendars,
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

  it('falls back to Monday–Friday in a year the calendar lacks, and says the year is not loaded', () => {
    // Assess: 2027 is not in the demo file (its notice is not published as data here).
    expect(isWorkingDay('2027-01-01', calendar)).toBe(true); // a Friday: counted until 2027 is loaded
    expect(isWorkingDay('2027-01-02', calendar)).toBe(false); // a Saturday
    expect(isYearLoaded('2027-01-01', calendar)).toBe(false);
    expect(isYearLoaded('2026-12-31', calendar)).toBe(true);
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
    expect(addWorkingDays('2026-03-09', 5, calendar)).toEqual({ date: '2026-03-16', provisional: false });
    // Fri 13 Mar → Mon 16 … Fri 20 Mar.
    expect(addWorkingDays('2026-03-13', 5, calendar)).toEqual({ date: '2026-03-20', provisional: false });
  });

  it('skips National Day and counts make-up Saturday Oct 10', () => {
    // Assess: Wed 30 Sep → Oct 8 (1), 9 (2), Sat 10 (3), Mon 12 (4), Tue 13 (5).
    expect(addWorkingDays('2026-09-30', 5, calendar)).toEqual({ date: '2026-10-13', provisional: false });
  });

  it('counts make-up Sunday Sep 20', () => {
    // Assess: Thu 17 Sep → Fri 18 (1), Sun 20 (2), Mon 21 (3), Tue 22 (4), Wed 23 (5).
    expect(addWorkingDays('2026-09-17', 5, calendar)).toEqual({ date: '2026-09-23', provisional: false });
  });

  it('starts on the next working day when the start date is itself a holiday', () => {
    // Assess: Sat 3 Oct (holiday) → Oct 8, 9, 10, 12, 13.
    expect(addWorkingDays('2026-10-03', 5, calendar)).toEqual({ date: '2026-10-13', provisional: false });
  });

  it('skips the Spring Festival and counts make-up Saturdays Feb 14 and Feb 28', () => {
    // Assess: Thu 12 Feb → Fri 13 (1), Sat 14 (2), Feb 15–23 off, Tue 24 (3), Wed 25 (4), Thu 26 (5).
    expect(addWorkingDays('2026-02-12', 5, calendar)).toEqual({ date: '2026-02-26', provisional: false });
    // Tue 24 Feb → 25 (1), 26 (2), 27 (3), Sat 28 (4), Mon 2 Mar (5).
    expect(addWorkingDays('2026-02-24', 5, calendar)).toEqual({ date: '2026-03-02', provisional: false });
  });

  it('returns the start date for zero working days', () => {
    // Assess
    expect(addWorkingDays('2026-10-03', 0, calendar)).toEqual({ date: '2026-10-03', provisional: false });
  });

  it('is provisional across a year with no calendar, and exact once the notice is loaded', () => {
    // Prepare: December 2016 with only 2016 loaded, then 2017 from its notice (元旦: 1月1日放假，1月2日（星期一）补休).
    const only2016: HolidayCalendar = { '2016': notice2016 };
    const both = mergeCalendars(only2016, [{ year: '2017', ...notice2017 }]);

    // Act & Assess: Wed 28 Dec 2016 → Thu 29 (1), Fri 30 (2), then 2017: weekends only → Mon 2 (3), Tue 3 (4), Wed 4 (5).
    expect(addWorkingDays('2016-12-28', 2, only2016)).toEqual({ date: '2016-12-30', provisional: false });
    expect(addWorkingDays('2016-12-28', 5, only2016)).toEqual({ date: '2017-01-04', provisional: true });
    // Loaded: Mon 2 Jan 2017 is a day off → Tue 3 (3), Wed 4 (4), Thu 5 (5).
    expect(addWorkingDays('2016-12-28', 5, both)).toEqual({ date: '2017-01-05', provisional: false });
  });

  it('counts a make-up Sunday and skips the Spring Festival week of the loaded 2017 notice', () => {
    // Prepare
    const only2017: HolidayCalendar = { '2017': notice2017 };

    // Assess: Fri 20 Jan → Sun 22 (make-up, 1), Mon 23 (2), Tue 24 (3), Wed 25 (4), Thu 26 (5).
    expect(addWorkingDays('2017-01-20', 5, only2017)).toEqual({ date: '2017-01-26', provisional: false });
    // Thu 26 Jan → Jan 27–Feb 2 off, Fri 3 Feb (1), Sat 4 Feb make-up (2), Mon 6 (3), Tue 7 (4), Wed 8 (5).
    expect(addWorkingDays('2017-01-26', 5, only2017)).toEqual({ date: '2017-02-08', provisional: false });
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
    // Assess: Mon 2 Mar + 30 = Wed 1 Apr.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-03-02', config })).toEqual({
      due: '2026-04-01',
      provisional: false,
    });
  });

  it('counts a 30-day decision in calendar days even when day 30 is a holiday (收齐材料30日内)', () => {
    // Assess: Tue 1 Sep + 30 = Thu 1 Oct, National Day: still the last day, no holiday table consulted.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-09-01', config })).toEqual({
      due: '2026-10-01',
      provisional: false,
    });
    // One day either side: 31 Aug → 30 Sep; 2 Sep → 2 Oct.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-08-31', config }).due).toBe('2026-09-30');
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-09-02', config }).due).toBe('2026-10-02');
  });

  it('gives materials complete in late December a 30-day due date in the next year, exact without its calendar', () => {
    // Prepare: only 2026 is loaded (the demo city as of December 2026).
    expect(calendar['2027']).toBeUndefined();

    // Assess: Sun 20 Dec 2026 + 30 = Tue 19 Jan 2027; Thu 31 Dec + 30 = Sat 30 Jan 2027.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-12-20', config })).toEqual({
      due: '2027-01-19',
      provisional: false,
    });
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-12-31', config })).toEqual({
      due: '2027-01-30',
      provisional: false,
    });
  });

  it('marks a no-loan reply that crosses into 2027 provisional (weekends only)', () => {
    // Assess: Mon 28 Dec 2026 → 29 (1), 30 (2), 31 (3), Fri 1 Jan 2027 (4, assumed), Mon 4 Jan (5).
    expect(deadlineFor({ kind: 'no-loan-5-working-days', from: '2026-12-28', config })).toEqual({
      due: '2027-01-04',
      provisional: true,
    });
    // Mon 21 Dec: 22, 23, 24, 25, 28 — all in 2026: exact.
    expect(deadlineFor({ kind: 'no-loan-5-working-days', from: '2026-12-21', config })).toEqual({
      due: '2026-12-28',
      provisional: false,
    });
  });

  it('gives a no-loan household reply 5 working days from the application', () => {
    // Assess
    expect(deadlineFor({ kind: 'no-loan-5-working-days', from: '2026-09-30', config })).toEqual({
      due: '2026-10-13',
      provisional: false,
    });
  });

  it('uses the city-configured counts', () => {
    // Prepare
    const stricter: DeadlineConfig = { ...config, decisionCalendarDays: 15, noLoanReplyWorkingDays: 3 };

    // Assess: Mon 2 Mar + 15 = Tue 17 Mar; Wed 30 Sep + 3 working days = Sat 10 Oct.
    expect(deadlineFor({ kind: 'decision-30-days', from: '2026-03-02', config: stricter }).due).toBe(
      '2026-03-17',
    );
    expect(deadlineFor({ kind: 'no-loan-5-working-days', from: '2026-09-30', config: stricter }).due).toBe(
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

describe('Function: earliestDue', () => {
  it('never falls after the exact deadline, whatever the calendar holds', () => {
    // Assess: 5 working days take at least 5 calendar days; National Day pushes the exact date later.
    expect(earliestDue({ kind: 'no-loan-5-working-days', from: '2026-09-30', config })).toBe('2026-10-05');
    expect(deadlineFor({ kind: 'no-loan-5-working-days', from: '2026-09-30', config }).due).toBe(
      '2026-10-13',
    );
    // The 30-day deadline is exact already.
    expect(earliestDue({ kind: 'decision-30-days', from: '2026-12-20', config })).toBe('2027-01-19');
    // Every start date of 2016–2017, against the loaded notices: the lower bound holds.
    const both = mergeCalendars({ '2016': notice2016 }, [{ year: '2017', ...notice2017 }]);
    for (let day = '2016-01-01'; day < '2017-12-20'; day = addCalendarDays(day, 1)) {
      const exact = deadlineFor({
        kind: 'no-loan-5-working-days',
        from: day,
        config: { ...config, holidayCalendar: both },
      });
      expect(earliestDue({ kind: 'no-loan-5-working-days', from: day, config }) <= exact.due).toBe(true);
    }
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
