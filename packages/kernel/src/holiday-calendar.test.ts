import { describe, expect, it } from 'vitest';
import notice2017 from '../../../test/fixtures/holiday-year-2017.json' with { type: 'json' };
import {
  CALENDAR_WARNING_DAYS,
  calendarStatus,
  holidayYearIssues,
  holidayYearSchema,
} from './holiday-calendar.ts';
import { loadCityConfig } from './load-city.ts';

describe('Function: holidayYearIssues', () => {
  it('accepts the State Council notice for 2017 as published', () => {
    expect(holidayYearIssues('2017', notice2017)).toEqual([]);
    expect(holidayYearSchema().safeParse(notice2017).success).toBe(true);
  });

  it('names a date outside the year, a day listed twice, a day both off and worked, a weekday make-up day', () => {
    // Prepare
    const bad = {
      holidays: ['2017-01-02', '2016-12-31', '2017-01-02'],
      makeUpWorkdays: ['2017-01-22', '2017-01-02', '2017-01-23'],
    };

    // Act
    const issues = holidayYearIssues('2017', bad);

    // Assess: each rule with the path of the offending entry.
    expect(issues).toEqual([
      { path: ['holidays', 1], message: 'must be a date in 2017' },
      { path: ['holidays', 2], message: '2017-01-02 is listed twice' },
      { path: ['makeUpWorkdays', 1], message: '2017-01-02 is also a holiday' },
      {
        path: ['makeUpWorkdays', 1],
        message: '2017-01-02 is a weekday: a make-up working day is a Saturday or Sunday',
      },
      {
        path: ['makeUpWorkdays', 2],
        message: '2017-01-23 is a weekday: a make-up working day is a Saturday or Sunday',
      },
    ]);
  });

  it('refuses a city file whose calendar breaks a rule, naming the field', () => {
    const city = loadCityConfig('linshan');
    expect(
      holidayYearIssues('2026', city.holidayCalendar['2026'] ?? { holidays: [], makeUpWorkdays: [] }),
    ).toEqual([]);
  });
});

describe('Function: calendarStatus', () => {
  const only2026 = { '2026': { holidays: [], makeUpWorkdays: [] } };

  it(`warns from ${CALENDAR_WARNING_DAYS} days before the last loaded year ends (inclusive), not a day earlier`, () => {
    // Assess: 2026-12-31 minus 60 days is 2026-11-01; minus 61 is 2026-10-31.
    expect(calendarStatus(only2026, '2026-10-31')).toMatchObject({ daysLeft: 61, warning: false });
    expect(calendarStatus(only2026, '2026-11-01')).toMatchObject({ daysLeft: 60, warning: true });
    expect(calendarStatus(only2026, '2026-12-04')).toMatchObject({
      coveredUntil: '2026-12-31',
      daysLeft: 27,
      warning: true,
    });
    expect(calendarStatus(only2026, '2026-12-04').message).toMatch(/load 2027/);
  });

  it('warns when the calendar has ended or nothing is loaded', () => {
    expect(calendarStatus(only2026, '2027-01-02')).toMatchObject({ daysLeft: -2, warning: true });
    expect(calendarStatus({}, '2026-12-04')).toMatchObject({ years: [], warning: true });
    expect(calendarStatus({ ...only2026, '2027': only2026['2026'] }, '2026-12-04')).toMatchObject({
      coveredUntil: '2027-12-31',
      warning: false,
    });
  });
});
