import { appendAudit, logger, publish, sqsConsumer } from '@sme/runtime';
import { confirmChunkMessage } from '../adapters/sqs-confirm-chunk-queue.ts';
import { confirmChunk } from '../use-cases/confirm-chunk.ts';
import { batchStore } from './composition.ts';

/**
 * `matching-confirm-chunks`: one chunk of a push batch's confirm per message — its pushes written in
 * one transaction, announced, counted; the chunk that completes the count makes the batch CONFIRMED,
 * and the confirm is audited.
 */
export const handler = sqsConsumer(confirmChunkMessage, async (message) => {
  const result = await confirmChunk(message.batchId, message.chunk, new Date(), {
    batches: batchStore(),
    publish: (events) => publish('enterprise-pushed', events),
  });
  if (result.outcome === 'unknown-batch') {
    logger.warn('Chunk of an unknown push batch: dropped', { ...message });
    return;
  }
  const batch = result.batch;
  // Also on a redelivery after CONFIRMED: the append is keyed by the confirm, so a second one is a no-op,
  // and a crash between the finish and the audit is made good.
  if (batch.state !== 'CONFIRMED' || !batch.confirm) return;
  await appendAudit({
    subjectType: 'push-batch',
    subjectId: batch.batchId,
    action: 'push-batch.confirmed',
    principal: batch.confirm.by,
    at: batch.confirmedAt ?? new Date().toISOString(),
    discriminator: 'confirmed',
    detail: { pushes: batch.outcome?.pushes, dropped: batch.outcome?.droppedDeclarationIds },
  });
});
