import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type RunbookAnchor, runbookNote } from './runbook.ts';

/** The period every operations alarm evaluates: short enough to page within minutes, long enough to smooth a blip. */
const period = Duration.minutes(5);

/**
 * Thresholds of the operations alarms, each with why (docs/runbook.md lists what to do about each).
 * Tests assert these numbers in the synthesized templates.
 */
export const alarmThresholds = {
  /**
   * Lambda `Errors` summed over 5 minutes. Bad input is a 4xx answer, not an error, so an error is a bug or
   * a dependency down; one can be a transient retry, three in five minutes are not.
   */
  functionErrors: 3,
  /** Lambda `Throttles` summed over 5 minutes: any throttle means the account's concurrency ran out, which no retry fixes. */
  functionThrottles: 1,
  /**
   * Stream functions' `IteratorAge` maximum in ms: 5 minutes behind means records pile up faster than they are
   * handled, or a poisoned batch is retried; 24 h later DynamoDB Streams drops them.
   */
  iteratorAgeMs: 5 * 60 * 1000,
  /**
   * Work queues' `ApproximateAgeOfOldestMessage` maximum in seconds: consumers handle a message within seconds,
   * so 15 minutes means the consumer is failing (messages go round until the DLQ) or disabled.
   */
  oldestMessageSeconds: 15 * 60,
  /** DynamoDB read + write throttle events over 5 minutes: on-demand tables throttle only on a hot key or a sudden 2× peak. */
  tableThrottles: 1,
  /** API 5xx as a percentage of requests, for 3 consecutive periods: a sustained 1% is a broken route, not noise. */
  api5xxPercent: 1,
  /** API p99 latency in ms, for 3 consecutive periods: functions answer in well under a second; 3 s is a slow dependency. */
  apiP99LatencyMs: 3000,
} as const;

/** Periods in a row the API alarms need before they fire (a single slow or failing 5 minutes is not paged). */
export const apiAlarmPeriods = 3;

function alarm(
  scope: Construct,
  id: string,
  topic: ITopic,
  props: {
    name: string;
    description: string;
    runbook: RunbookAnchor;
    metric: IMetric;
    threshold: number;
    periods?: number;
  },
): Alarm {
  const a = new Alarm(scope, id, {
    alarmName: props.name,
    alarmDescription: `${props.description} ${runbookNote(props.runbook)}`,
    metric: props.metric,
    threshold: props.threshold,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluationPeriods: props.periods ?? 1,
    // No invocations, no records, no requests: nothing is wrong.
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  a.addAlarmAction(new SnsAction(topic));
  return a;
}

/** Errors and throttles of one function, and iterator age when a stream triggers it. */
export class FunctionAlarms extends Construct {
  readonly alarms: Alarm[];
  constructor(
    scope: Construct,
    id: string,
    props: { functionName: string; fn: IFunction; stream: boolean; alarmTopic: ITopic },
  ) {
    super(scope, id);
    const { functionName: name, fn, alarmTopic } = props;
    const t = alarmThresholds;
    this.alarms = [
      alarm(this, 'Errors', alarmTopic, {
        name: `${name}-errors`,
        runbook: 'function-errors',
        description: `${name} failed ${t.functionErrors} or more times in 5 minutes (a bug or a dependency down; bad input is a 4xx, not an error).`,
        metric: fn.metricErrors({ period, statistic: 'Sum' }),
        threshold: t.functionErrors,
      }),
      alarm(this, 'Throttles', alarmTopic, {
        name: `${name}-throttles`,
        runbook: 'function-throttles',
        description: `${name} was throttled: the account's Lambda concurrency is exhausted.`,
        metric: fn.metricThrottles({ period, statistic: 'Sum' }),
        threshold: t.functionThrottles,
      }),
    ];
    if (props.stream) {
      this.alarms.push(
        alarm(this, 'IteratorAge', alarmTopic, {
          name: `${name}-iterator-age`,
          runbook: 'stream-iterator-age',
          description: `${name} is 5 minutes or more behind its DynamoDB stream (failing batch or too slow); records expire after 24 h.`,
          metric: fn.metric('IteratorAge', { period, statistic: 'Maximum' }),
          threshold: t.iteratorAgeMs,
        }),
      );
    }
  }
}

/** The oldest message of a work queue (its DLQ has its own depth alarm). */
export class QueueAgeAlarm extends Construct {
  readonly alarm: Alarm;
  constructor(scope: Construct, id: string, props: { queueName: string; queue: IQueue; alarmTopic: ITopic }) {
    super(scope, id);
    this.alarm = alarm(this, 'Alarm', props.alarmTopic, {
      name: `${props.queueName.replace(/\.fifo$/, '')}-oldest-message`,
      runbook: 'queue-oldest-message',
      description: `A message has waited 15 minutes or more in ${props.queueName}: its consumer fails or is disabled.`,
      metric: props.queue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }),
      threshold: alarmThresholds.oldestMessageSeconds,
    });
  }
}

/** Read and write throttle events of one table. */
export class TableThrottleAlarm extends Construct {
  readonly alarm: Alarm;
  constructor(scope: Construct, id: string, props: { tableName: string; table: ITable; alarmTopic: ITopic }) {
    super(scope, id);
    this.alarm = alarm(this, 'Alarm', props.alarmTopic, {
      name: `${props.tableName}-throttled`,
      runbook: 'table-throttled',
      description: `DynamoDB throttled requests to ${props.tableName} (hot partition key or a sudden peak); callers retry, then fail.`,
      metric: new MathExpression({
        expression: 'FILL(r, 0) + FILL(w, 0)',
        usingMetrics: {
          r: props.table.metric('ReadThrottleEvents', { period, statistic: 'Sum' }),
          w: props.table.metric('WriteThrottleEvents', { period, statistic: 'Sum' }),
        },
        period,
        label: 'throttle events',
      }),
      threshold: alarmThresholds.tableThrottles,
    });
  }
}

/** The API's 5xx rate and p99 latency, each over {@link apiAlarmPeriods} periods in a row. */
export class ApiAlarms extends Construct {
  readonly serverErrors: Alarm;
  readonly latency: Alarm;
  constructor(scope: Construct, id: string, props: { city: string; api: HttpApi; alarmTopic: ITopic }) {
    super(scope, id);
    const { api, alarmTopic, city } = props;
    this.serverErrors = alarm(this, 'ServerErrors', alarmTopic, {
      name: `${city}-api-5xx-rate`,
      runbook: 'api-5xx-rate',
      description: `${alarmThresholds.api5xxPercent}% or more of ${city} API requests answered 5xx for 15 minutes.`,
      metric: new MathExpression({
        // IF avoids a division by zero in a quiet period (no requests: no error rate).
        expression: 'IF(requests > 0, 100 * FILL(errors, 0) / requests, 0)',
        usingMetrics: {
          errors: api.metricServerError({ period, statistic: 'Sum' }),
          requests: api.metricCount({ period, statistic: 'Sum' }),
        },
        period,
        label: '5xx %',
      }),
      threshold: alarmThresholds.api5xxPercent,
      periods: apiAlarmPeriods,
    });
    this.latency = alarm(this, 'Latency', alarmTopic, {
      name: `${city}-api-p99-latency`,
      runbook: 'api-p99-latency',
      description: `The ${city} API's p99 latency was ${alarmThresholds.apiP99LatencyMs} ms or more for 15 minutes.`,
      metric: api.metricLatency({ period, statistic: 'p99' }),
      threshold: alarmThresholds.apiP99LatencyMs,
      periods: apiAlarmPeriods,
    });
  }
}
