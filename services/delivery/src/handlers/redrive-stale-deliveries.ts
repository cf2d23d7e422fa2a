import { cityConfig, logger, platformMetrics } from '@sme/runtime';
import { reportAwaitingReplay } from '../use-cases/report-awaiting-replay.ts';
import { deliveryStore, sendOutbound } from './composition.ts';

/** How late a pending attempt may be before its message is presumed lost. */
const staleAfterMs = 30 * 60_000;

/**
 * Hourly safety net: a pending delivery whose attempt is long overdue lost its outbound message (a
 * message that reached the DLQ, a crash between two writes). Queue it again; the sender's claim
 * makes a duplicate harmless. Also counts the deliveries parked for a replay, for the parked-deliveries
 * alarm (hourly is soon enough: a parked delivery already waited out hours of retries).
 */
export const handler = async () => {
  const cutoff = new Date(Date.now() - staleAfterMs).toISOString();
  let cursor: string | undefined;
  let requeued = 0;
  do {
    const page = await deliveryStore().list('pending', undefined, 100, cursor);
    const stale = page.items.filter((d) => (d.nextAttemptAt ?? d.createdAt) < cutoff);
    if (stale.length > 0) await sendOutbound(stale.map((d) => ({ deliveryId: d.deliveryId })));
    requeued += stale.length;
    cursor = page.nextCursor;
  } while (cursor);
  const awaiting = await reportAwaitingReplay({
    deliveries: deliveryStore(),
    metrics: platformMetrics(cityConfig().id),
  });
  logger.info('Stale deliveries re-queued', { requeued, ...awaiting });
  return { requeued, ...awaiting };
};
