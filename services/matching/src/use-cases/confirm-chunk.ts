import {
  allChunksCounted,
  type ConfirmingBatch,
  chunkTally,
  type PushBatch,
  type StoredChunk,
} from '../domain/push-batch.ts';
import { pushEvents } from '../domain/push-batch-plan.ts';
import type { PushBatchStore } from './ports.ts';

export interface ConfirmChunkPorts {
  batches: Pick<PushBatchStore, 'get' | 'chunk' | 'commitChunk' | 'countChunk' | 'finish'>;
  publish: (events: { eventId: string; type: string }[]) => Promise<void>;
}

export type ConfirmChunkResult =
  /** No such batch (deleted, or a message of another stack): nothing to do, ever. */
  | { outcome: 'unknown-batch' }
  /** Written (now or before), announced and counted; `batch` as stored after, CONFIRMED if this was the last. */
  | { outcome: 'counted'; batch: PushBatch }
  /** Counted before (a redelivery): nothing written or announced again. */
  | { outcome: 'already-counted'; batch: PushBatch };

/**
 * One chunk of a confirm (one queue message): writes its pushes in its own transaction (a chunk
 * already written is not written again), announces one EnterprisePushed per push written (the push
 * id as event id), adds the chunk to the batch's counters once, and — when that made every chunk
 * counted — moves the batch to CONFIRMED. Each step is safe to repeat, so a message redelivered after
 * a crash at any point finishes the chunk without writing anything twice; an event is announced again
 * only if the crash fell between announcing and counting, with the same id (downstream de-duplicates).
 */
export async function confirmChunk(
  batchId: string,
  index: number,
  now: Date,
  ports: ConfirmChunkPorts,
): Promise<ConfirmChunkResult> {
  const batch = await ports.batches.get(batchId, true);
  if (!batch) return { outcome: 'unknown-batch' };
  if (batch.state === 'CONFIRMED') return { outcome: 'already-counted', batch };
  if (batch.state !== 'CONFIRMING' || !batch.confirm) {
    throw new Error(`Batch ${batchId} is ${batch.state}: a chunk is confirmed only once the confirm started`);
  }
  if (batch.progress?.countedChunks.includes(index)) {
    // Counted, but the batch may not have been finished (a crash right after the last count).
    return { outcome: 'already-counted', batch: await finishIfComplete(batch, now, ports) };
  }
  const confirming: ConfirmingBatch = { ...batch, confirm: batch.confirm };
  const settled = await settle(confirming, index, ports);
  await ports.publish(
    pushEvents(
      {
        batchId,
        confirmedAt: confirming.confirm.startedAt,
        creditAccessUntil: confirming.confirm.creditAccessUntil,
      },
      [settled],
    ),
  );
  const counted = await ports.batches.countChunk(batchId, index, chunkTally(settled));
  return { outcome: 'counted', batch: await finishIfComplete(counted, now, ports) };
}

/** The chunk as committed: by this call, or before it (a redelivery, or a duplicate message that won). */
async function settle(batch: ConfirmingBatch, index: number, ports: ConfirmChunkPorts): Promise<StoredChunk> {
  const chunk = await ports.batches.chunk(batch.batchId, index);
  if (!chunk) throw new Error(`Batch ${batch.batchId} has no chunk ${index}`);
  if (chunk.done) return chunk;
  const result = await ports.batches.commitChunk(batch, chunk);
  if (result.committed) return { ...chunk, done: true, skipped: result.skipped };
  // Committed by a concurrent delivery of the same chunk: its decision on skipped entries is the one stored.
  const stored = await ports.batches.chunk(batch.batchId, index);
  if (!stored?.done) throw new Error(`Chunk ${index} of ${batch.batchId} is neither committed nor free`);
  return stored;
}

async function finishIfComplete(batch: PushBatch, now: Date, ports: ConfirmChunkPorts): Promise<PushBatch> {
  if (batch.state !== 'CONFIRMING' || !allChunksCounted(batch)) return batch;
  return ports.batches.finish(batch.batchId, now.toISOString(), {
    pushes: batch.progress?.pushesDone ?? 0,
    droppedDeclarationIds: batch.progress?.droppedDeclarationIds ?? [],
  });
}
