import { CALENDAR_WARNING_DAYS } from '@sme/kernel';
import { CALENDAR_DAYS_LEFT_METRIC, METRICS_NAMESPACE } from '@sme/runtime';
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { runbookNote } from './runbook.ts';

/**
 * Alarms from 60 days before the last loaded holiday year ends (CALENDAR_WARNING_DAYS, inclusive),
 * so ops load the State Council's notice for the next year before working-day deadlines turn
 * provisional. Read from the sweep's daily data point; a missing day is not treated as a breach
 * (a sweep that stops is a function-error alarm's business).
 */
export class HolidayCalendarAlarm extends Construct {
  readonly alarm: Alarm;
  constructor(scope: Construct, id: string, props: { city: string; alarmTopic: ITopic }) {
    super(scope, id);
    this.alarm = new Alarm(this, 'Alarm', {
      alarmName: `${props.city}-holiday-calendar-ending`,
      alarmDescription: `The holiday calendar of ${props.city} ends within ${CALENDAR_WARNING_DAYS} days: load next year's State Council notice (./dev ops calendar load <year> <file> --url …; docs/operations.md). Until then working-day deadlines in that year are provisional. ${runbookNote('holiday-calendar-ending')}`,
      metric: new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: CALENDAR_DAYS_LEFT_METRIC,
        dimensionsMap: { city: props.city },
        statistic: 'Minimum',
        period: Duration.days(1),
      }),
      threshold: CALENDAR_WARNING_DAYS,
      comparisonOperator: ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.MISSING,
    });
    this.alarm.addAlarmAction(new SnsAction(props.alarmTopic));
  }
}
