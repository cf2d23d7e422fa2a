import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { logger } from '@sme/runtime';
import type {
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
  AttributeValue as LambdaAttributeValue,
} from 'aws-lambda';
import { fromItem } from '../adapters/dynamodb-credit-record-store.ts';
import type { WriteOrigin } from '../use-cases/ports.ts';
import { handleRecordChanges, type OriginatedChange } from '../use-cases/record-changes.ts';
import { auditLog, recomputeQueue } from './composition.ts';

const item = (raw: Record<string, LambdaAttributeValue> | undefined) =>
  raw ? unmarshall(raw as Record<string, AttributeValue>) : undefined;

/** A stream record as a record change; undefined for what is no new version (history items, TTL removals). */
export function changeOf(record: DynamoDBRecord): OriginatedChange | undefined {
  if (record.dynamodb?.Keys?.sk?.S !== 'CURRENT' || record.eventName === 'REMOVE') return undefined;
  const after = item(record.dynamodb?.NewImage);
  if (!after) return undefined;
  const before = item(record.dynamodb?.OldImage);
  return {
    after: fromItem(after),
    ...(before ? { before: fromItem(before) } : {}),
    ...(after.origin ? { origin: after.origin as WriteOrigin } : {}),
  };
}

/**
 * Stream consumer of credit-records, a batch at a time: an audit entry per new version and one
 * recompute request per enterprise the batch touched (`handleRecordChanges`). If anything fails the
 * whole batch is reported failed and taken again from its first record: the audit entries are keyed
 * by version and a recompute of an unchanged enterprise changes nothing.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  try {
    const changes = event.Records.map(changeOf).filter((c): c is OriginatedChange => c !== undefined);
    await handleRecordChanges(changes, { audit: auditLog, recompute: recomputeQueue() });
    return { batchItemFailures: [] };
  } catch (error) {
    logger.error('A batch of credit-record changes failed; the shard resumes from its first record', {
      records: event.Records.length,
      error: error as Error,
    });
    return {
      batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '' })),
    };
  }
}
