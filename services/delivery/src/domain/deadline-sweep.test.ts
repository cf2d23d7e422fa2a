import { describe, expect, it } from 'vitest';
import { deadlineAlerts, type OpenPush, runningDeadlines } from './deadline-sweep.ts';
import type { DeadlineConfig } from './working-days.ts';

// 2026: National Day 10-01..10-07 off, Saturday 10-10 worked (调休).
const config: DeadlineConfig = {
  decisionCalendarDays: 30,
  noLoanReplyWorkingDays: 5,
  holidayCalendar: {
    '2026': {
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      makeUpWorkdays: ['2026-09-27', '2026-10-10'],
    },
  },
};

const open = (over: Partial<OpenPush>): OpenPush => ({
  pushId: 'p1',
  batchId: 'pb-1',
  uscc: '91350100M000100Y43',
  bankId: 'bank-gs',
  status: 'PUSHED',
  pushedOn: '2026-09-30',
  noLoanHousehold: false,
  alerts: [],
  ...over,
});

describe('Function: runningDeadlines', () => {
  it('runs the no-loan reply clock in working days across National Day and its make-up Saturday', () => {
    // 09-30 + 5 working days: 10-08 (Thu), 10-09 (Fri), 10-10 (make-up Sat), 10-12 (Mon), 10-13 (Tue).
    expect(runningDeadlines(open({ noLoanHousehold: true }), config)).toEqual([
      { kind: 'no-loan-5-working-days', due: '2026-10-13' },
    ]);
  });

  it('starts the 30-day decision clock at complete materials, moved off a day off', () => {
    // 09-05 + 30 = 10-05 (a holiday) → first working day after: 10-08.
    const push = open({ status: 'MATERIALS_COMPLETE', materialsCompleteOn: '2026-09-05' });
    expect(runningDeadlines(push, config)).toEqual([{ kind: 'decision-30-days', due: '2026-10-08' }]);
  });

  it('stops every clock once the bank decided', () => {
    expect(runningDeadlines(open({ status: 'APPROVED', noLoanHousehold: true }), config)).toEqual([]);
    expect(runningDeadlines(open({ status: 'REJECTED', noLoanHousehold: true }), config)).toEqual([]);
  });
});

describe('Function: deadlineAlerts', () => {
  const push = open({ noLoanHousehold: true }); // due 2026-10-13

  it('reminds from three days before, escalates the day after the last on-time day', () => {
    expect(deadlineAlerts([push], config, '2026-10-09', 3)).toEqual([]);
    expect(deadlineAlerts([push], config, '2026-10-10', 3).map((a) => a.alert)).toEqual([
      'no-loan-5-working-days:nearing',
    ]);
    expect(deadlineAlerts([push], config, '2026-10-13', 3).map((a) => a.status)).toEqual(['nearing']);
    expect(deadlineAlerts([push], config, '2026-10-14', 3).map((a) => a.alert)).toEqual([
      'no-loan-5-working-days:breached',
    ]);
  });

  it('raises each alert once: a recorded alert is not raised by a later sweep', () => {
    const escalated = {
      ...push,
      alerts: ['no-loan-5-working-days:nearing', 'no-loan-5-working-days:breached'],
    };
    expect(deadlineAlerts([escalated], config, '2026-10-20', 3)).toEqual([]);
  });
});
