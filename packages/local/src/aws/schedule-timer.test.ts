import { ValidationError } from '@sme/kernel';
import type { ScheduledEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startScheduleTimer } from './schedule-timer.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-03-01T00:00:30Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Function: startScheduleTimer', () => {
  it('fires a rate one period after start, then every period, with the EventBridge event', async () => {
    // Prepare
    const events: ScheduledEvent[] = [];
    const timer = startScheduleTimer({
      expression: 'rate(5 minutes)',
      name: 'subsidy-settle',
      region: 'cn-north-1',
      handler: async (event: ScheduledEvent) => {
        events.push(event);
      },
    });

    // Act
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    const beforeFirst = events.length;
    await vi.advanceTimersByTimeAsync(6 * 60_000);
    await timer.stop();

    // Assess
    expect(beforeFirst).toBe(0);
    expect(events.map((event) => event.time)).toEqual(['2025-03-01T00:05:30Z', '2025-03-01T00:10:30Z']);
    expect(events[0]).toMatchObject({
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      region: 'cn-north-1',
      resources: ['arn:aws:events:cn-north-1:000000000000:rule/subsidy-settle'],
      detail: {},
    });
  });

  it('fires a cron at its next UTC minute and says when it fires next', async () => {
    // Prepare
    const times: string[] = [];
    const timer = startScheduleTimer({
      expression: 'cron(0 2 * * ? *)',
      handler: async (event: ScheduledEvent) => {
        times.push(event.time);
      },
    });
    const first = timer.nextFireAt()?.toISOString();

    // Act: 2 days
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    const after = timer.nextFireAt()?.toISOString();
    await timer.stop();

    // Assess
    expect(first).toBe('2025-03-01T02:00:00.000Z');
    expect(times).toEqual(['2025-03-01T02:00:00Z', '2025-03-02T02:00:00Z']);
    expect(after).toBe('2025-03-03T02:00:00.000Z');
    expect(timer.nextFireAt()).toBeUndefined();
  });

  it('runs by hand with trigger() and returns the handler result', async () => {
    // Prepare
    const timer = startScheduleTimer({ expression: 'rate(1 day)', handler: async () => ({ settled: 3 }) });

    // Act
    const result = await timer.trigger();
    await timer.stop();

    // Assess
    expect(result).toEqual({ settled: 3 });
  });

  it('reports a failing scheduled run to onError and keeps the schedule', async () => {
    // Prepare
    const errors: unknown[] = [];
    let runs = 0;
    const timer = startScheduleTimer({
      expression: 'rate(1 minute)',
      onError: (error) => errors.push(error),
      handler: async () => {
        runs += 1;
        throw new Error('ledger locked');
      },
    });

    // Act
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    await timer.stop();

    // Assess
    expect(runs).toBe(3);
    expect(errors).toHaveLength(3);
  });

  it('rejects an invalid expression before arming', () => {
    // Act
    const start = () => startScheduleTimer({ expression: 'rate(1 minutes)', handler: async () => undefined });

    // Assess
    expect(start).toThrow(ValidationError);
  });
});
