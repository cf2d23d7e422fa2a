import { describe, expect, it } from 'vitest';
import {
  deadlineAlerts,
  deadlinesAsOf,
  earliestDueOf,
  type OpenPush,
  runningDeadlines,
} from './deadline-sweep.ts';
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
  applicationOn: '2026-09-30',
  noLoanHousehold: false,
  alerts: [],
  ...over,
});

describe('Function: runningDeadlines', () => {
  it('runs the no-loan reply clock in working days across National Day and its make-up Saturday', () => {
    // 09-30 + 5 working days: 10-08 (Thu), 10-09 (Fri), 10-10 (make-up Sat), 10-12 (Mon), 10-13 (Tue).
    expect(runningDeadlines(open({ noLoanHousehold: true }), config)).toEqual([
      { kind: 'no-loan-5-working-days', from: '2026-09-30', due: '2026-10-13', provisional: false },
    ]);
  });

  it('runs the no-loan reply clock from the application the bank recorded, not from the push', () => {
    // Prepare: the declaration was not the application; the bank received it on Mon 12 Oct.
    const waiting = open({ noLoanHousehold: true, applicationOn: undefined });
    const applied = open({ noLoanHousehold: true, applicationOn: '2026-10-12', status: 'CONTACTED' });

    // Assess: no clock until then; then Tue 13 (1) … Mon 19 Oct (5).
    expect(runningDeadlines(waiting, config)).toEqual([]);
    expect(runningDeadlines(applied, config).map((d) => d.due)).toEqual(['2026-10-19']);
  });

  it('keeps the no-loan reply clock running through contact and complete materials', () => {
    // Assess: only a decision answers the application.
    const push = open({
      noLoanHousehold: true,
      status: 'MATERIALS_COMPLETE',
      materialsCompleteOn: '2026-10-09',
    });
    expect(runningDeadlines(push, config).map((d) => [d.kind, d.due])).toEqual([
      ['no-loan-5-working-days', '2026-10-13'],
      ['decision-30-days', '2026-11-08'],
    ]);
  });

  it('starts the 30-day decision clock at complete materials and counts calendar days', () => {
    // 09-05 + 30 = 10-05 (a holiday): still the last on-time day.
    const push = open({ status: 'MATERIALS_COMPLETE', materialsCompleteOn: '2026-09-05' });
    expect(runningDeadlines(push, config)).toEqual([
      { kind: 'decision-30-days', from: '2026-09-05', due: '2026-10-05', provisional: false },
    ]);
  });

  it('stops every clock once the bank decided', () => {
    expect(runningDeadlines(open({ status: 'APPROVED', noLoanHousehold: true }), config)).toEqual([]);
    expect(runningDeadlines(open({ status: 'REJECTED', noLoanHousehold: true }), config)).toEqual([]);
  });
});

describe('Function: deadlinesAsOf', () => {
  it('is overdue from the day after the last on-time day, not before', () => {
    const push = open({ noLoanHousehold: true }); // due 2026-10-13
    const overdueOn = (today: string) => deadlinesAsOf(push, config, today).map((d) => [d.due, d.overdue]);
    expect(overdueOn('2026-10-13')).toEqual([['2026-10-13', false]]);
    expect(overdueOn('2026-10-14')).toEqual([['2026-10-13', true]]);
    expect(deadlinesAsOf(open({ noLoanHousehold: true, status: 'REJECTED' }), config, '2026-12-01')).toEqual(
      [],
    );
  });
});

describe('Function: earliestDueOf', () => {
  it('keys the due-date index by the earliest possible deadline, none when no clock runs', () => {
    expect(earliestDueOf(open({ noLoanHousehold: true }), config)).toBe('2026-10-05');
    expect(earliestDueOf(open({}), config)).toBeUndefined();
    const both = open({
      noLoanHousehold: true,
      status: 'MATERIALS_COMPLETE',
      materialsCompleteOn: '2026-09-01',
    });
    expect(earliestDueOf(both, config)).toBe('2026-10-01');
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
