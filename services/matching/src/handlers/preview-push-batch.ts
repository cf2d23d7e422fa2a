import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { decideBatch } from '../use-cases/decide-batch.ts';
import { config, declarationStore } from './composition.ts';
import { previewEntry } from './views.ts';

/** POST /v1/push-batches/preview?offset=&limit=: the batch as it would be decided now, a page of its enterprises; no writes. */
export const previewPushBatch: RouteFunction<typeof routes.previewPushBatch> = async (request) => {
  const { offset, limit } = request.query;
  const decision = await decideBatch('preview', request.body, declarationStore(), config());
  const end = offset + limit;
  return {
    status: 200,
    body: {
      maxBanksPerEnterprise: decision.maxBanksPerEnterprise,
      summary: decision.summary,
      banks: decision.banks,
      skipped: decision.skipped,
      enterprises: decision.entries.slice(offset, end).map(previewEntry),
      ...(end < decision.entries.length ? { nextOffset: end } : {}),
    },
  };
};

export const handler = httpHandler(routes.previewPushBatch, previewPushBatch);
