import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { type AuditEntry, appendAuditEntries } from './audit.ts';
import { documentClient } from './aws.ts';
import { batchWriteAll, type WriteRequest } from './dynamo-batch.ts';
import { logger } from './logger.ts';
import { publish } from './publish.ts';

/** An unconditional write: a put of `item` or, when it is absent, a delete of `key`. */
export interface ItemWrite {
  table: string;
  key: Record<string, unknown>;
  item?: Record<string, unknown>;
}

/** What one stream record leads to, derived from the record alone (so it can be applied again). */
export interface StreamEffects {
  writes?: ItemWrite[];
  audit?: AuditEntry[];
  events?: { channel: string; event: { eventId: string; type: string } }[];
}

/** Applies the effects of a batch's records, given in stream order. */
export type StreamEffectsApplier = (effects: StreamEffects[]) => Promise<void>;

const itemOf = (record: DynamoDBRecord) => JSON.stringify(record.dynamodb?.Keys ?? record.eventID);
const sequenceOf = (record: DynamoDBRecord) => record.dynamodb?.SequenceNumber ?? '';

/**
 * A DynamoDB stream consumer whose records only *describe* their effects (`effectsOf`, pure), which
 * are then applied for the whole batch at once: item writes in BatchWriteItem calls, audit entries as
 * concurrent conditional Puts, events in SendMessageBatch calls. A hundred records so cost a few
 * round trips of latency instead of a few hundred.
 *
 * Order and failures as `streamConsumer`: records of one item are taken in stream order, writes to
 * one key keep only the last (what applying them one by one leaves), and each item's writes land
 * before its audit entries, which land before its events. A record whose effects cannot be derived
 * fails with the rest of its item. If applying fails, every record of the batch is reported failed:
 * the shard resumes from the earliest, and every effect is idempotent, so applying again is safe.
 */
export function batchedStreamConsumer(
  effectsOf: (record: DynamoDBRecord) => StreamEffects | undefined,
  apply: StreamEffectsApplier = applyStreamEffects,
) {
  return async (event: DynamoDBStreamEvent, _context?: Context): Promise<DynamoDBBatchResponse> => {
    const failedItems = new Set<string>();
    const failed: string[] = [];
    const effects: StreamEffects[] = [];
    for (const record of event.Records) {
      const item = itemOf(record);
      if (failedItems.has(item)) {
        failed.push(sequenceOf(record));
        continue;
      }
      try {
        const derived = effectsOf(record);
        if (derived) effects.push(derived);
      } catch (error) {
        logger.error('Stream record failed; the shard resumes from it', {
          eventID: record.eventID,
          error: error as Error,
        });
        failedItems.add(item);
        failed.push(sequenceOf(record));
      }
    }
    try {
      await apply(effects);
    } catch (error) {
      logger.error('Applying the effects of a stream batch failed; the shard resumes from its start', {
        records: event.Records.length,
        error: error as Error,
      });
      return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: sequenceOf(r) })) };
    }
    return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}

/**
 * The item writes of a batch per table as BatchWriteItem requests, keeping only the last write of
 * each key (what applying them one by one in stream order leaves; a batch may not name a key twice).
 */
export function collapseWrites(effects: StreamEffects[]): Map<string, WriteRequest[]> {
  const tables = new Map<string, Map<string, ItemWrite>>();
  for (const write of effects.flatMap((e) => e.writes ?? [])) {
    const byKey = tables.get(write.table) ?? new Map<string, ItemWrite>();
    const key = JSON.stringify(write.key);
    // Re-inserting moves the key to the end, so the last write of a key is the one kept.
    byKey.delete(key);
    byKey.set(key, write);
    tables.set(write.table, byKey);
  }
  return new Map(
    [...tables].map(([table, byKey]) => [
      table,
      [...byKey.values()].map((w) =>
        w.item ? { PutRequest: { Item: w.item } } : { DeleteRequest: { Key: w.key } },
      ),
    ]),
  );
}

/** Writes, then audit entries, then events, each kind in as few requests as DynamoDB and SQS allow. */
export async function applyStreamEffects(effects: StreamEffects[]): Promise<void> {
  await Promise.all(
    [...collapseWrites(effects)].map(([table, requests]) => batchWriteAll(documentClient(), table, requests)),
  );
  await appendAuditEntries(effects.flatMap((e) => e.audit ?? []));
  const channels = new Map<string, { eventId: string; type: string }[]>();
  for (const { channel, event } of effects.flatMap((e) => e.events ?? [])) {
    channels.set(channel, [...(channels.get(channel) ?? []), event]);
  }
  await Promise.all([...channels].map(([channel, events]) => publish(channel, events)));
}
