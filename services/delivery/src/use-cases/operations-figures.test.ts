import { businessMetrics, type MetricsSink } from '@sme/runtime';
import { describe, expect, it } from 'vitest';
import type { DeliveryStatus } from '../domain/delivery-record.ts';
import type { PushItem } from '../domain/push.ts';
import type { DeadlineConfig } from '../domain/working-days.ts';
import { emitPushFigures, pushFigures } from './push-figures.ts';
import { reportAwaitingReplay } from './report-awaiting-replay.ts';
import { sweepDeadlines } from './sweep-deadlines.ts';

/** Records what a use case hands Powertools Metrics: each publish is one EMF log line. */
function recorder() {
  const added: [string, number][] = [];
  const published: [string, number][][] = [];
  const sink: MetricsSink = {
    addMetric: (name, _unit, value) => {
      added.push([name, value]);
    },
    publishStoredMetrics: () => {
      published.push(added.splice(0));
    },
  };
  return { sink, published };
}

describe('Function: reportAwaitingReplay', () => {
  it('writes the parked and endpoint-disabled counts as gauges, zeros included', async () => {
    // Prepare
    const counts: Record<DeliveryStatus, number> = {
      pending: 9,
      delivered: 40,
      parked: 3,
      'endpoint-disabled': 0,
    };
    const metrics = recorder();

    // Act
    const result = await reportAwaitingReplay({
      deliveries: { count: async (status) => counts[status] },
      metrics: metrics.sink,
    });

    // Assess: one line with both gauges; a zero is written so the alarm clears after a replay.
    expect(result).toEqual({ parked: 3, endpointDisabled: 0 });
    expect(metrics.published).toEqual([
      [
        [businessMetrics.deliveriesParked, 3],
        [businessMetrics.deliveriesEndpointDisabled, 0],
      ],
    ]);
  });
});

describe('Function: pushFigures', () => {
  it('counts a new push as received and each fresh approval or rejection once', () => {
    expect(pushFigures(true, [])).toEqual({ received: 1, approved: 0, rejected: 0 });
    expect(pushFigures(false, [{ type: 'contacted' }, { type: 'approved' }])).toEqual({
      received: 0,
      approved: 1,
      rejected: 0,
    });
    expect(pushFigures(false, [{ type: 'rejected' }])).toEqual({ received: 0, approved: 0, rejected: 1 });
  });

  it('writes only the non-zero figures, and nothing at all for a step that is neither', () => {
    // Prepare
    const metrics = recorder();

    // Act
    emitPushFigures(metrics.sink, { received: 0, approved: 2, rejected: 0 });
    emitPushFigures(metrics.sink, { received: 0, approved: 0, rejected: 0 });

    // Assess: Powertools warns on an empty publish, so the second call publishes nothing.
    expect(metrics.published).toEqual([[[businessMetrics.pushesApproved, 2]]]);
  });
});

describe('Function: sweepDeadlines', () => {
  const config: DeadlineConfig = {
    decisionCalendarDays: 30,
    noLoanReplyWorkingDays: 5,
    holidayCalendar: { '2026': { holidays: [], makeUpWorkdays: [] } },
  };
  const push = (pushId: string, over: Partial<PushItem>): PushItem => ({
    pushId,
    batchId: 'pb-1',
    uscc: '91350100M000100Y43',
    bankId: 'bank-gs',
    pushedAt: '2026-11-02T02:00:00Z',
    pushedOn: '2026-11-02',
    applicationOn: '2026-11-02',
    noLoanHousehold: true,
    progress: { status: 'PUSHED' },
    history: [],
    alerts: [],
    version: 1,
    ...over,
  });

  it('counts the undecided pushes past a deadline, those escalated on earlier days too', async () => {
    // Prepare: Mon 2 Nov + 5 working days → due Mon 9 Nov; today Wed 11 Nov. p3 was applied for on
    // Fri 6 Nov (due Fri 13 Nov): not overdue yet.
    const pushes = [
      push('p1', {}),
      push('p2', { alerts: ['no-loan-5-working-days:breached'] }),
      push('p3', { applicationOn: '2026-11-06' }),
    ];

    // Act
    const result = await sweepDeadlines(
      {
        pushes: {
          async *dueBefore() {
            yield pushes;
          },
          recordAlert: async () => true,
        },
        deadlines: config,
        reminderDaysBefore: 1,
        publish: async () => {},
        enqueue: async () => {},
        onError: (pushId, error) => {
          throw new Error(`${pushId}: ${String(error)}`);
        },
      },
      '2026-11-11',
      new Date('2026-11-11T01:00:00Z'),
    );

    // Assess: p1 and p2 are overdue (p1's breach raised today, p2's before); p3 is due on Friday.
    expect(result).toMatchObject({ read: 3, overdue: 2 });
  });
});
