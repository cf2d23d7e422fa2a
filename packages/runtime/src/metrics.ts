import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** CloudWatch namespace of the platform's own figures; infra's alarms and dashboard read from it. */
export const METRICS_NAMESPACE = 'SmeFinancing';

export { MetricUnit };

/** Days from today to the last day of the last loaded holiday year; the city's calendar alarm reads it. */
export const CALENDAR_DAYS_LEFT_METRIC = 'HolidayCalendarDaysLeft';

/**
 * The platform's business figures in {@link METRICS_NAMESPACE} (dimension `city`), one name each so the
 * service that writes a figure and the alarm or dashboard that reads it cannot drift apart.
 */
export const businessMetrics = {
  /** Gauge, hourly: deliveries that exhausted their attempts and wait for a replay (status `parked`). */
  deliveriesParked: 'DeliveriesParked',
  /** Gauge, hourly: deliveries stopped because the bank's webhook answered 410 (status `endpoint-disabled`). */
  deliveriesEndpointDisabled: 'DeliveriesEndpointDisabled',
  /** Gauge, daily: undecided pushes past a deadline (the overdue list's count on the sweep's day). */
  pushesOverdue: 'PushesOverdue',
  /** Count: pushes that reached a bank's inbox. */
  pushesReceived: 'PushesReceived',
  /** Count: approvals recorded by banks. */
  pushesApproved: 'PushesApproved',
  /** Count: reasoned rejections recorded by banks. */
  pushesRejected: 'PushesRejected',
} as const;

/** What a use case needs of Powertools Metrics (which satisfies it), so tests can pass a recorder. */
export interface MetricsSink {
  addMetric(name: string, unit: (typeof MetricUnit)[keyof typeof MetricUnit], value: number): unknown;
  publishStoredMetrics(): unknown;
}

let metrics: Metrics | undefined;

/**
 * Business metrics in CloudWatch's embedded metric format (Powertools Metrics): written to the log,
 * turned into metrics by CloudWatch, so no API call and no extra permission. Dimension `city`.
 */
export function platformMetrics(city: string): Metrics {
  metrics ??= new Metrics({ namespace: METRICS_NAMESPACE, defaultDimensions: { city } });
  return metrics;
}
