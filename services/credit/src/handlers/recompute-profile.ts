import { shanghaiDate, usccSchema } from '@sme/kernel';
import { cityConfig, logger } from '@sme/runtime';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as z from 'zod';
import { creditConfig } from '../config.ts';
import { selectScoringModel } from '../domain/scoring-model.ts';
import type { RecomputeRequest } from '../use-cases/ports.ts';
import { type RecomputeOutcome, recomputeProfiles } from '../use-cases/recompute-profiles.ts';
import { profileEvents, profileStore, recordStore } from './composition.ts';

/** A message of `credit-recompute`; `records` (the records whose change asked for it) may be absent. */
export const recomputeMessage = z.object({
  uscc: usccSchema,
  reason: z.string(),
  records: z
    .array(
      z.object({
        sourceAgencyId: z.string().min(1),
        sourceRecordId: z.string().min(1),
        version: z.int().min(1).optional(),
      }),
    )
    .max(1000)
    .optional(),
});

/** Re-evaluates the enterprises the requests name, each once (`recomputeProfiles`). */
export async function recompute(requests: RecomputeRequest[], now: Date): Promise<RecomputeOutcome[]> {
  const config = creditConfig(cityConfig());
  return recomputeProfiles(requests, {
    records: recordStore(),
    profiles: profileStore(),
    events: profileEvents,
    modelOn: (asOf) => selectScoringModel(config.scoringModels, asOf),
    retention: config.retention,
    asOf: shanghaiDate(now),
    now: now.toISOString(),
  });
}

/**
 * Consumer of `credit-recompute`, a batch at a time: the batch's messages are collapsed to distinct
 * enterprises and each is evaluated once. A message that does not parse, or whose enterprise failed,
 * is reported failed and redelivered (and reaches the DLQ after the queue's maxReceiveCount).
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const failures: string[] = [];
  const parsed: { messageId: string; request: RecomputeRequest }[] = [];
  for (const record of event.Records) {
    try {
      const message = recomputeMessage.parse(JSON.parse(record.body));
      parsed.push({
        messageId: record.messageId,
        request: {
          uscc: message.uscc,
          reason: message.reason,
          ...(message.records ? { records: message.records } : {}),
        },
      });
    } catch (error) {
      logger.error('Unparseable message; it will reach the DLQ after its retries', {
        messageId: record.messageId,
        error: error as Error,
      });
      failures.push(record.messageId);
    }
  }
  const outcomes = await recompute(
    parsed.map((p) => p.request),
    new Date(),
  );
  const failed = new Set<string>();
  for (const outcome of outcomes) {
    if (outcome.kind !== 'failed') continue;
    failed.add(outcome.uscc);
    logger.error('Profile recompute failed; its messages are retried', {
      uscc: outcome.uscc,
      error: outcome.error as Error,
    });
  }
  for (const p of parsed) if (failed.has(p.request.uscc)) failures.push(p.messageId);
  return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
}
