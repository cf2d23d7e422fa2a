import { businessMetrics, type MetricsSink, MetricUnit } from '@sme/runtime';
import type { DeliveryStore } from './ports.ts';

export interface AwaitingReplay {
  /** Attempts exhausted (retry policy) or no signing secret: replay once the bank's side is fixed. */
  parked: number;
  /** The webhook answered 410: enable the endpoint again, then replay. */
  endpointDisabled: number;
}

/**
 * Counts the deliveries that wait for an operator (`./dev ops deliveries replay`) and writes both
 * counts as gauges; the city's parked-deliveries alarm reads them. Written every run, zeros included,
 * so the alarm returns to OK once the replay has emptied them.
 */
export async function reportAwaitingReplay(deps: {
  deliveries: Pick<DeliveryStore, 'count'>;
  metrics: MetricsSink;
}): Promise<AwaitingReplay> {
  const [parked, endpointDisabled] = await Promise.all([
    deps.deliveries.count('parked'),
    deps.deliveries.count('endpoint-disabled'),
  ]);
  deps.metrics.addMetric(businessMetrics.deliveriesParked, MetricUnit.Count, parked);
  deps.metrics.addMetric(businessMetrics.deliveriesEndpointDisabled, MetricUnit.Count, endpointDisabled);
  deps.metrics.publishStoredMetrics();
  return { parked, endpointDisabled };
}
