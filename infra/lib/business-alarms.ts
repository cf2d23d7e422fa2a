import type { ServiceManifest } from '@sme/runtime';
import { businessMetrics, METRICS_NAMESPACE, physicalName } from '@sme/runtime';
import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { runbookNote } from './runbook.ts';

/** The import job store's table: a queue consumer that writes it is an import worker. */
export const importJobsTable = 'jobs';

/**
 * Thresholds of the business alarms, each with why (docs/runbook.md says what to do about each).
 * Tests assert these numbers in the synthesized template.
 */
export const businessThresholds = {
  /**
   * Deliveries parked or endpoint-disabled (hourly gauge). One is enough: a parked delivery already failed
   * every attempt of the retry policy (hours), and nothing sends it again until an operator replays it, so a
   * bank is missing a notice it is owed.
   */
  deliveriesAwaitingReplay: 1,
  /**
   * Undecided pushes past a deadline (daily gauge). One is enough: each is a bank past a time limit the
   * policy sets (5 working days for a no-loan household, 30 days to decide), which the office follows up.
   */
  pushesOverdue: 1,
  /**
   * Seconds the oldest chunk of an import has waited. A chunk (100 rows) takes seconds and 10,000 rows
   * take a minute or two at 5 workers, so 10 minutes without progress means the worker fails or is
   * throttled; the agency is watching a job that does not move. Any chunk in the DLQ stops its job for good.
   */
  importChunkWaitSeconds: 10 * 60,
} as const;

/** The hourly gauge is written by the hourly redrive, the daily ones by the 01:00 sweep. */
const hourly = Duration.hours(1);
const daily = Duration.days(1);
const fiveMinutes = Duration.minutes(5);

/** A platform figure of the city (namespace SmeFinancing, dimension city). */
export function cityMetric(city: string, metricName: string, statistic: string, period: Duration): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { city },
    statistic,
    period,
  });
}

/** The queues import jobs run through: those consumed by a function that writes the import job table. */
export function importQueues(manifests: readonly ServiceManifest[]): { logical: string; fifo: boolean }[] {
  const queues = manifests.flatMap((m) =>
    Object.values(m.functions).flatMap((f) => {
      const access = f.tables?.[importJobsTable];
      const writes = access === 'readwrite' || access === 'write';
      return f.trigger.kind === 'queue' && writes ? [f.trigger.queue] : [];
    }),
  );
  const fifo = (logical: string) => manifests.some((m) => m.queues?.[logical]?.fifo === true);
  return [...new Set(queues)].map((logical) => ({ logical, fifo: fifo(logical) }));
}

/**
 * The alarms on what the platform does rather than on its resources: deliveries parked for a replay,
 * pushes past their deadline, import jobs that stopped moving. Metrics are addressed by physical names,
 * so this sits in the city stack without referencing the nested stacks.
 */
export class BusinessAlarms extends Construct {
  readonly alarms: Alarm[] = [];

  constructor(
    scope: Construct,
    id: string,
    props: { city: string; manifests: readonly ServiceManifest[]; alarmTopic: ITopic },
  ) {
    super(scope, id);
    const { city, alarmTopic } = props;
    const t = businessThresholds;
    const add = (alarm: Alarm) => {
      alarm.addAlarmAction(new SnsAction(alarmTopic));
      this.alarms.push(alarm);
      return alarm;
    };

    const parked = `${city}-deliveries-parked`;
    add(
      new Alarm(this, 'DeliveriesParked', {
        alarmName: parked,
        alarmDescription: `Deliveries to banks wait for a replay (parked after the last retry, or the bank's webhook answered 410). ${runbookNote('deliveries-parked')}`,
        metric: new MathExpression({
          expression: 'FILL(parked, 0) + FILL(disabled, 0)',
          usingMetrics: {
            parked: cityMetric(city, businessMetrics.deliveriesParked, 'Maximum', hourly),
            disabled: cityMetric(city, businessMetrics.deliveriesEndpointDisabled, 'Maximum', hourly),
          },
          period: hourly,
          label: 'deliveries awaiting replay',
        }),
        threshold: t.deliveriesAwaitingReplay,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        // A redrive that does not run is its function's error alarm; no figure is not a parked delivery.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );

    const overdue = `${city}-pushes-overdue`;
    add(
      new Alarm(this, 'PushesOverdue', {
        alarmName: overdue,
        alarmDescription: `Banks have undecided pushes past their deadline (GET /v1/overdue-pushes lists them). ${runbookNote('pushes-overdue')}`,
        metric: cityMetric(city, businessMetrics.pushesOverdue, 'Maximum', daily),
        threshold: t.pushesOverdue,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );

    for (const { logical, fifo } of importQueues(props.manifests)) {
      const queueName = physicalName.queue(city, logical, fifo);
      const name = `${queueName.replace(/\.fifo$/, '')}-jobs-stuck`;
      add(
        new Alarm(this, `ImportStuck-${logical}`, {
          alarmName: name,
          alarmDescription: `Import jobs through ${queueName} stopped progressing: a chunk has waited 10 minutes or more, or one reached the DLQ. ${runbookNote('import-jobs-stuck')}`,
          // age/600 reaches 1 at 10 minutes; a DLQ message is 1 on its own (counts are whole numbers).
          metric: new MathExpression({
            expression: `FILL(age, 0) / ${t.importChunkWaitSeconds} + FILL(dlq, 0)`,
            usingMetrics: {
              age: new Metric({
                namespace: 'AWS/SQS',
                metricName: 'ApproximateAgeOfOldestMessage',
                dimensionsMap: { QueueName: queueName },
                statistic: 'Maximum',
                period: fiveMinutes,
              }),
              dlq: new Metric({
                namespace: 'AWS/SQS',
                metricName: 'ApproximateNumberOfMessagesVisible',
                dimensionsMap: { QueueName: physicalName.dlq(city, logical, fifo) },
                statistic: 'Maximum',
                period: fiveMinutes,
              }),
            },
            period: fiveMinutes,
            label: 'stuck (≥ 1)',
          }),
          threshold: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    }
  }
}
