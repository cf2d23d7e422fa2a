import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { batchStore } from './composition.ts';
import { batchEntryView, batchView, found, versionHeaders } from './views.ts';

/** Chunks per page: 8 × 25 = 200 enterprises. */
const chunksPerPage = 8;

/**
 * GET /v1/push-batches/{batchId}?cursor=: the batch with its confirm's progress and a page of its
 * enterprises, in assignment order, read from the stored chunks (never decided again).
 */
export const getPushBatch: RouteFunction<typeof routes.getPushBatch> = async (request) => {
  const { batchId } = request.params;
  const batch = found(await batchStore().get(batchId, true), `push batch ${batchId}`);
  const from = request.query.cursor ?? 0;
  const chunks = await batchStore().chunks(batchId, from, chunksPerPage);
  const last = chunks.at(-1);
  const next = last && last.index + 1 < batch.chunkCount ? last.index + 1 : undefined;
  return {
    status: 200,
    headers: versionHeaders(batch),
    body: {
      ...batchView(batch),
      enterprises: chunks.flatMap((c) =>
        c.entries.map((e) => ({
          ...batchEntryView(e),
          ...(c.skipped.includes(e.declarationId) ? { droppedAtConfirm: true } : {}),
        })),
      ),
      ...(next === undefined ? {} : { nextCursor: next }),
    },
  };
};

export const handler = httpHandler(routes.getPushBatch, getPushBatch);
