import { randomBytes } from 'node:crypto';
import { shanghaiDate } from '@sme/kernel';
import { appendAudit, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import type { PushBatch } from '../domain/push-batch.ts';
import { planChunks } from '../domain/push-batch-plan.ts';
import { decideBatch } from '../use-cases/decide-batch.ts';
import { batchStore, config, declarationStore } from './composition.ts';
import { actorOf } from './declaration-command.ts';
import { batchPath, batchView, versionHeaders } from './views.ts';

const skippedKept = 1000;

/** POST /v1/push-batches: decides the batch as the preview does and stores it as DRAFT, cut into confirm chunks. */
export const createPushBatch: RouteFunction<typeof routes.createPushBatch> = async (request) => {
  const now = new Date();
  const batchId = `pb-${shanghaiDate(now).replaceAll('-', '')}-${randomBytes(4).toString('hex')}`;
  const decision = await decideBatch(batchId, request.body, declarationStore(), config());
  const chunks = planChunks(decision.entries);
  const batch: PushBatch = {
    batchId,
    state: 'DRAFT',
    version: 1,
    maxBanksPerEnterprise: decision.maxBanksPerEnterprise,
    summary: decision.summary,
    banks: decision.banks,
    skipped: decision.skipped.slice(0, skippedKept),
    skippedCount: decision.skipped.length,
    adjustmentCount: request.body.adjustments.length,
    chunkCount: chunks.length,
    createdAt: now.toISOString(),
    createdBy: actorOf(request.principal),
  };
  await batchStore().create(batch, chunks);
  await appendAudit({
    subjectType: 'push-batch',
    subjectId: batchId,
    action: 'push-batch.created',
    principal: request.principal,
    at: batch.createdAt,
    discriminator: request.requestId,
    detail: { summary: decision.summary, adjustments: request.body.adjustments },
  });
  return {
    status: 201,
    headers: { ...versionHeaders(batch), location: batchPath(batchId) },
    body: batchView(batch),
  };
};

export const handler = httpHandler(routes.createPushBatch, idempotentRoute(createPushBatch));
