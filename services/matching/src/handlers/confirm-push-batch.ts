import { randomUUID } from 'node:crypto';
import { appendAudit, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { startConfirm } from '../use-cases/start-confirm.ts';
import { batchStore, config, confirmQueue } from './composition.ts';
import { actorOf } from './declaration-command.ts';
import { batchPath, batchView, versionHeaders } from './views.ts';

/** Seconds a client is asked to wait between polls of a CONFIRMING batch. */
const pollSeconds = 2;

/**
 * POST /v1/push-batches/{batchId}/confirm: starts pushing a DRAFT batch and answers 202 at once with
 * its progress; the chunks are written in the background (`confirm-chunk`, one queue message each),
 * and GET /v1/push-batches/{batchId} (Location) shows the progress until CONFIRMED. Asked again while
 * CONFIRMING it answers 202 and queues nothing twice; a batch already CONFIRMED is answered 200.
 */
export const confirmPushBatch: RouteFunction<typeof routes.confirmPushBatch> = async (request) => {
  const { batchId } = request.params;
  const now = new Date();
  const started = await startConfirm(batchId, actorOf(request.principal), now, {
    batches: batchStore(),
    queue: confirmQueue(),
    creditAccessDays: config().pushCreditAccessDays,
    token: randomUUID(),
  });
  const batch = started.batch;
  if (started.alreadyConfirmed) {
    return { status: 200, headers: versionHeaders(batch), body: batchView(batch) };
  }
  await appendAudit({
    subjectType: 'push-batch',
    subjectId: batchId,
    action: 'push-batch.confirm-requested',
    principal: request.principal,
    at: now.toISOString(),
    discriminator: request.requestId,
    detail: { queuedChunks: started.queuedChunks, chunkCount: batch.chunkCount, state: batch.state },
  });
  return {
    status: 202,
    headers: {
      ...versionHeaders(batch),
      location: batchPath(batchId),
      'retry-after': String(pollSeconds),
    },
    body: batchView(batch),
  };
};

export const handler = httpHandler(routes.confirmPushBatch, idempotentRoute(confirmPushBatch));
