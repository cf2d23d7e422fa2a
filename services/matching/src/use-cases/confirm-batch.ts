import { NotFoundError, shanghaiDate } from '@sme/kernel';
import type { Actor } from '../domain/declaration.ts';
import type { CommitResult, PushBatch, StoredChunk } from '../domain/push-batch.ts';
import { creditAccessUntil, pushEvents } from '../domain/push-batch-plan.ts';
import type { PushBatchStore } from './ports.ts';

export interface ConfirmPorts {
  batches: Pick<PushBatchStore, 'get' | 'chunks' | 'chunk' | 'startConfirm' | 'commitChunk' | 'finish'>;
  publish: (events: { eventId: string; type: string }[]) => Promise<void>;
  creditAccessDays: number;
  /** Chunks committed at once; DynamoDB takes them in parallel, each is its own transaction. */
  concurrency?: number;
}

type Confirming = PushBatch & { confirm: NonNullable<PushBatch['confirm']> };

/**
 * Confirms a DRAFT batch, or resumes one a failure left CONFIRMING. The confirm's instant, actor and
 * credit-access date are fixed on the first attempt; every chunk not yet committed is written in
 * its own transaction; then one EnterprisePushed per (enterprise, bank) is published (ids = push
 * ids, so a re-publish after a failure is recognised downstream) and the batch is CONFIRMED.
 * Whatever fails part-way, a retry reaches the same pushes, each written once.
 */
export async function confirmBatch(
  batchId: string,
  actor: Actor,
  now: Date,
  ports: ConfirmPorts,
): Promise<PushBatch> {
  const found = await ports.batches.get(batchId, true);
  if (!found) throw new NotFoundError(`No push batch ${batchId}`);
  if (found.state === 'CONFIRMED') return found;
  const batch =
    found.confirm === undefined
      ? await ports.batches.startConfirm(batchId, {
          startedAt: now.toISOString(),
          by: actor,
          creditAccessUntil: creditAccessUntil(shanghaiDate(now), ports.creditAccessDays),
        })
      : found;
  if (batch.state === 'CONFIRMED') return batch;
  if (!batch.confirm) throw new Error(`Batch ${batchId} is ${batch.state} without confirm facts`);
  const confirming: Confirming = { ...batch, confirm: batch.confirm };

  const chunks = await ports.batches.chunks(batchId);
  const pending = chunks.filter((c) => !c.done && c.writes > 0);
  const results = await commitAll(confirming, pending, ports);
  const settled = await Promise.all(
    chunks.map(async (c): Promise<StoredChunk> => {
      const result = results.get(c.index);
      if (result === undefined) return c;
      if (result.committed) return { ...c, done: true, skipped: result.skipped };
      // Committed by a concurrent confirm: its decision on skipped entries is the one stored.
      return (await ports.batches.chunk(batchId, c.index)) ?? c;
    }),
  );
  const events = pushEvents(
    {
      batchId,
      confirmedAt: confirming.confirm.startedAt,
      creditAccessUntil: confirming.confirm.creditAccessUntil,
    },
    settled,
  );
  await ports.publish(events);
  return ports.batches.finish(batchId, now.toISOString(), {
    pushes: events.length,
    droppedDeclarationIds: settled.flatMap((c) => c.skipped),
  });
}

/** Commits chunks with bounded concurrency; on the first failure takes no new chunk, lets the others finish, then throws. */
async function commitAll(
  batch: Confirming,
  pending: readonly StoredChunk[],
  ports: ConfirmPorts,
): Promise<Map<number, CommitResult>> {
  const results = new Map<number, CommitResult>();
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined) {
      const chunk = pending[next++];
      if (!chunk) return;
      try {
        results.set(chunk.index, await ports.batches.commitChunk(batch, chunk));
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, ports.concurrency ?? 8) }, worker));
  if (failure !== undefined) throw failure;
  return results;
}
