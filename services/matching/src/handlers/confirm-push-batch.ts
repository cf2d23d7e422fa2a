import { appendAudit, httpHandler, idempotentRoute, publish, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { confirmBatch } from '../use-cases/confirm-batch.ts';
import { batchStore, config } from './composition.ts';
import { actorOf } from './declaration-command.ts';
import { versionHeaders } from './views.ts';

/**
 * POST /v1/push-batches/{batchId}/confirm: pushes the DRAFT batch, or finishes one a failure left
 * CONFIRMING. Answers only once every push is written and announced; a failure part-way answers
 * 5xx and the same call resumes.
 */
export const confirmPushBatch: RouteFunction<typeof routes.confirmPushBatch> = async (request) => {
  const { batchId } = request.params;
  const batch = await confirmBatch(batchId, actorOf(request.principal), new Date(), {
    batches: batchStore(),
    publish: (events) => publish('enterprise-pushed', events),
    creditAccessDays: config().pushCreditAccessDays,
  });
  await appendAudit({
    subjectType: 'push-batch',
    subjectId: batchId,
    action: 'push-batch.confirmed',
    principal: request.principal,
    at: batch.confirmedAt ?? new Date().toISOString(),
    discriminator: request.requestId,
    detail: { pushes: batch.outcome?.pushes, dropped: batch.outcome?.droppedDeclarationIds },
  });
  return { status: 200, headers: versionHeaders(batch), body: batch };
};

export const handler = httpHandler(routes.confirmPushBatch, idempotentRoute(confirmPushBatch));
