import { ConflictError, NotFoundError } from '@sme/kernel';
import { appendAudit, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { replay } from '../domain/delivery-record.ts';
import { deliveryStore, endpointStore, sendOutbound } from './composition.ts';
import { deliveryView } from './views.ts';

/**
 * POST /v1/deliveries/{deliveryId}/replay: a parked delivery starts a new round of attempts with the
 * same delivery id (the bank de-duplicates). A webhook endpoint that a 410 disabled must be enabled
 * first, or the replay would be disabled again at once.
 */
export const replayDelivery: RouteFunction<typeof routes.replayDelivery> = async (request) => {
  const { deliveryId } = request.params;
  const store = deliveryStore();
  const record = await store.get(deliveryId, true);
  if (!record) throw new NotFoundError(`No delivery ${deliveryId}`);
  if (record.channel === 'webhook' && (await endpointStore().get(record.bankId)).disabled) {
    throw new ConflictError(
      `The webhook endpoint of ${record.bankId} is disabled; enable it before replaying`,
      {
        bankId: record.bankId,
      },
    );
  }
  const now = new Date();
  const next = replay(record, now);
  await store.save(next, { status: record.status, attempts: record.attempts, round: record.round });
  await appendAudit({
    subjectType: 'delivery',
    subjectId: deliveryId,
    action: 'delivery:replay',
    principal: request.principal,
    at: now.toISOString(),
    discriminator: request.requestId,
    detail: { from: record.status, round: next.round },
  });
  await sendOutbound([{ deliveryId }]);
  return { status: 202, body: deliveryView(next) };
};

export const handler = httpHandler(routes.replayDelivery, idempotentRoute(replayDelivery));
