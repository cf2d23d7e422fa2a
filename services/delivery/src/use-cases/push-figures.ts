import { businessMetrics, type MetricsSink, MetricUnit } from '@sme/runtime';
import type { HistoryEntry } from '../domain/push.ts';

/** What one change of a push adds to the business figures on the city's dashboard. */
export interface PushFigures {
  received: number;
  approved: number;
  rejected: number;
}

/** A new push counts as received; each fresh history step that approves or rejects counts once. */
export function pushFigures(isNew: boolean, fresh: readonly Pick<HistoryEntry, 'type'>[]): PushFigures {
  return {
    received: isNew ? 1 : 0,
    approved: fresh.filter((e) => e.type === 'approved').length,
    rejected: fresh.filter((e) => e.type === 'rejected').length,
  };
}

/**
 * Writes the non-zero figures as counts. They are for the dashboard's trend, not for accounting: a stream
 * batch that is retried counts again. The exact figures are the monitoring service's (daily dispatch).
 */
export function emitPushFigures(metrics: MetricsSink, figures: PushFigures): void {
  const written = (
    [
      [businessMetrics.pushesReceived, figures.received],
      [businessMetrics.pushesApproved, figures.approved],
      [businessMetrics.pushesRejected, figures.rejected],
    ] as const
  ).filter(([, n]) => n > 0);
  for (const [name, n] of written) metrics.addMetric(name, MetricUnit.Count, n);
  if (written.length > 0) metrics.publishStoredMetrics();
}
