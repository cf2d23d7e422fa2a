import { randomUUID } from 'node:crypto';
import { defaultTimeoutSeconds } from '@sme/runtime';
import type { ScheduledEvent } from 'aws-lambda';
import { type LambdaHandler, logPollerError, unsupportedCallback } from './batch-response.ts';
import { createLambdaContext } from './lambda-context.ts';
import { nextCronTime, parseSchedule } from './schedule-expression.ts';

export interface ScheduleTimerOptions {
  /** EventBridge expression: `rate(5 minutes)`, `rate(1 day)`, `cron(0 18 ? * MON-FRI *)` (UTC). */
  expression: string;
  handler: LambdaHandler<ScheduledEvent>;
  /** Rule name, used in the event's `resources` and the Lambda context. */
  name?: string;
  region?: string;
  timeoutSeconds?: number;
  /** Errors from timer-fired runs (a manual `trigger()` rejects instead). */
  onError?: (error: unknown) => void;
}

export interface ScheduleTimer {
  /** Runs the handler now, as a scheduled run would, and returns its result. */
  trigger(): Promise<unknown>;
  /** When the timer fires next, or `undefined` when a cron's years are over or it is stopped. */
  nextFireAt(): Date | undefined;
  /** Cancels the timer and waits for runs in progress. */
  stop(): Promise<void>;
}

// setTimeout overflows above 2^31-1 ms (~24.8 days): longer waits are re-armed in steps.
const maxDelayMs = 2 ** 31 - 1;

/**
 * Fires a Lambda handler on an EventBridge schedule with the event EventBridge sends
 * (`detail-type: 'Scheduled Event'`). A rate fires first one period after start, then every
 * period from the planned time (no drift); a cron fires at its next matching UTC minute.
 */
export function startScheduleTimer(options: ScheduleTimerOptions): ScheduleTimer {
  const schedule = parseSchedule(options.expression);
  const name = options.name ?? 'local-schedule';
  const region = options.region ?? 'local';
  const onError = options.onError ?? ((error: unknown) => logPollerError(`schedule ${name}`, error));
  const running = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;
  let nextAt: number | undefined;
  let stopped = false;

  const run = (at: number): Promise<unknown> => {
    const event: ScheduledEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '000000000000',
      // EventBridge stamps the scheduled time to the second.
      time: new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
      region,
      resources: [`arn:aws:events:${region}:000000000000:rule/${name}`],
      detail: {},
    };
    const context = createLambdaContext({
      functionName: name,
      timeoutSeconds: options.timeoutSeconds ?? defaultTimeoutSeconds,
      region,
    });
    const result = (async () => options.handler(event, context, unsupportedCallback))();
    running.add(result);
    return result.finally(() => running.delete(result));
  };

  const plan = (after: number): number | undefined =>
    schedule.kind === 'rate' ? after + schedule.everyMs : nextCronTime(schedule.fields, after);

  const arm = () => {
    if (stopped || nextAt === undefined) return;
    const target = nextAt;
    timer = setTimeout(
      () => {
        if (Date.now() < target) return arm();
        run(target).catch(onError);
        nextAt = plan(target);
        arm();
      },
      Math.min(maxDelayMs, Math.max(0, target - Date.now())),
    );
  };

  nextAt = plan(Date.now());
  arm();

  return {
    trigger: () => run(Date.now()),
    nextFireAt: () => (nextAt === undefined || stopped ? undefined : new Date(nextAt)),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await Promise.allSettled([...running]);
    },
  };
}
