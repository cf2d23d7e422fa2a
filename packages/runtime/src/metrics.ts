import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** CloudWatch namespace of the platform's own figures; infra's alarms read from it. */
export const METRICS_NAMESPACE = 'SmeFinancing';

export { MetricUnit };

/** Days from today to the last day of the last loaded holiday year; the city's calendar alarm reads it. */
export const CALENDAR_DAYS_LEFT_METRIC = 'HolidayCalendarDaysLeft';

let metrics: Metrics | undefined;

/**
 * Business metrics in CloudWatch's embedded metric format (Powertools Metrics): written to the log,
 * turned into metrics by CloudWatch, so no API call and no extra permission. Dimension `city`.
 */
export function platformMetrics(city: string): Metrics {
  metrics ??= new Metrics({ namespace: METRICS_NAMESPACE, defaultDimensions: { city } });
  return metrics;
}
