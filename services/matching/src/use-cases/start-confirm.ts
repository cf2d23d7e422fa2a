import { NotFoundError, shanghaiDate } from '@sme/kernel';
import type { Actor } from '../domain/declaration.ts';
import { type PushBatch, uncountedChunks } from '../domain/push-batch.ts';
import { creditAccessUntil } from '../domain/push-batch-plan.ts';
import type { ConfirmChunkQueue, PushBatchStore } from './ports.ts';

export interface StartConfirmPorts {
  batches: Pick<PushBatchStore, 'get' | 'startConfirm' | 'claimQueueing' | 'markQueued'>;
  queue: ConfirmChunkQueue;
  creditAccessDays: number;
  /** A unique token per call: who holds the queueing lease. */
  token: string;
  /** How long a request may take to queue the chunks before another may take over (default 60 s). */
  leaseSeconds?: number;
}

export interface StartConfirmResult {
  batch: PushBatch;
  /** The batch was already CONFIRMED when asked: nothing started. */
  alreadyConfirmed: boolean;
  /** Chunk messages this call queued (0 when the confirm was already queued, or being queued by another call). */
  queuedChunks: number;
}

/**
 * Starts confirming a batch in the background and answers at once: DRAFT → CONFIRMING with the
 * confirm's facts fixed (instant, actor, credit-access date), then one message per chunk on the
 * confirm queue, which `confirmChunk` works through. Asked again while CONFIRMING, it queues nothing
 * once the chunks are queued; if the request that was queueing them died part-way (its lease
 * expired, nothing recorded as queued), this call queues the chunks not yet counted — a chunk queued
 * twice still writes nothing twice.
 */
export async function startConfirm(
  batchId: string,
  actor: Actor,
  now: Date,
  ports: StartConfirmPorts,
): Promise<StartConfirmResult> {
  const found = await ports.batches.get(batchId, true);
  if (!found) throw new NotFoundError(`No push batch ${batchId}`);
  if (found.state === 'CONFIRMED') return { batch: found, alreadyConfirmed: true, queuedChunks: 0 };
  const started =
    found.confirm === undefined
      ? await ports.batches.startConfirm(batchId, {
          startedAt: now.toISOString(),
          by: actor,
          creditAccessUntil: creditAccessUntil(shanghaiDate(now), ports.creditAccessDays),
        })
      : found;
  if (started.state !== 'CONFIRMING' || started.confirm?.queuedAt !== undefined) {
    return { batch: started, alreadyConfirmed: false, queuedChunks: 0 };
  }
  const until = new Date(now.getTime() + (ports.leaseSeconds ?? 60) * 1000).toISOString();
  const claimed = await ports.batches.claimQueueing(
    batchId,
    { token: ports.token, until },
    now.toISOString(),
  );
  // Another request is queueing them (or just did): it answers for the queue.
  if (!claimed) return { batch: started, alreadyConfirmed: false, queuedChunks: 0 };
  const pending = uncountedChunks(claimed);
  await ports.queue.send(batchId, pending);
  const queued = await ports.batches.markQueued(batchId, now.toISOString());
  return { batch: queued, alreadyConfirmed: false, queuedChunks: pending.length };
}
