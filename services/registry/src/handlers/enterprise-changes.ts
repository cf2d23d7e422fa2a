import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { batchedStreamConsumer, logger, type StreamEffects } from '@sme/runtime';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
  AttributeValue as LambdaAttributeValue,
} from 'aws-lambda';
import { fromItem } from '../adapters/dynamodb-enterprise-repository.ts';
import { diffEnterprise, type StoredEnterprise } from '../domain/enterprise.ts';
import { effectsOfChange } from '../domain/enterprise-change.ts';
import { enterpriseRepository } from './composition.ts';

const image = (raw: Record<string, LambdaAttributeValue> | undefined) =>
  raw ? fromItem(unmarshall(raw as Record<string, AttributeValue>)) : undefined;

/**
 * Stream consumer of the enterprises table: for each new version, the tag items to write, the audit
 * entry and the event, applied for the whole batch at once. Every effect is idempotent (keyed by the
 * version), so a redelivered record changes nothing twice.
 */
export function effectsOfEnterpriseRecord(record: DynamoDBRecord): StreamEffects | undefined {
  const keys = record.dynamodb?.Keys;
  if (keys?.sk?.S !== 'ENT' || record.eventName === 'REMOVE') return undefined;
  const after = image(record.dynamodb?.NewImage);
  if (!after) return undefined;
  const before = image(record.dynamodb?.OldImage);
  if (before && before.version >= after.version) return effectsOfOverwrite(before, after);
  const effects = effectsOfChange(before, after);
  return {
    writes: enterpriseRepository().tagWrites(after.uscc, effects.tags.added, effects.tags.removed),
    audit: [
      {
        subjectType: 'enterprise',
        subjectId: after.uscc,
        action: effects.audit.action,
        principal: after.updatedBy,
        at: after.updatedAt,
        discriminator: `v${after.version}`,
        changes: effects.audit.changes,
        detail: { origin: after.origin },
      },
    ],
    events: [{ channel: 'enterprise-events', event: effects.event }],
  };
}

/**
 * A version written over another copy of its number: an import's batch write of an enterprise it
 * found absent, landing on one an agency created in between (BatchWriteItem has no conditions). The
 * audit keeps what was written over; the tags follow the surviving item; its event waits for the
 * re-stamped version (the handler below), since downstream would drop a second event of this number.
 */
function effectsOfOverwrite(before: StoredEnterprise, after: StoredEnterprise): StreamEffects {
  const changes = diffEnterprise(before, after);
  const { tags } = effectsOfChange(before, after);
  return {
    writes: enterpriseRepository().tagWrites(after.uscc, tags.added, tags.removed),
    audit: [
      {
        subjectType: 'enterprise',
        subjectId: after.uscc,
        action: 'enterprise.overwritten',
        principal: after.updatedBy,
        at: after.updatedAt,
        discriminator: `v${after.version}-over-v${before.version}-${after.updatedAt}`,
        changes,
        detail: {
          origin: after.origin,
          overwritten: { version: before.version, by: before.updatedBy, origin: before.origin },
        },
      },
    ],
  };
}

/** The versions in a batch that were written over another copy of their number. */
export function overwrittenVersions(records: DynamoDBRecord[]): StoredEnterprise[] {
  return records.flatMap((record) => {
    if (record.dynamodb?.Keys?.sk?.S !== 'ENT' || record.eventName !== 'MODIFY') return [];
    const before = image(record.dynamodb?.OldImage);
    const after = image(record.dynamodb?.NewImage);
    return before && after && before.version >= after.version ? [after] : [];
  });
}

const consume = batchedStreamConsumer(effectsOfEnterpriseRecord);

/**
 * Applies the batch's effects, then gives each overwritten-over version the next number (if nobody
 * has moved on since): its stream record then audits and announces it like any change.
 */
export async function handler(event: DynamoDBStreamEvent, context?: Context): Promise<DynamoDBBatchResponse> {
  const response = await consume(event, context);
  // Records reported failed come again, and are re-stamped then.
  const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
  const done = event.Records.filter((r) => !failed.has(r.dynamodb?.SequenceNumber ?? ''));
  const now = new Date().toISOString();
  for (const version of overwrittenVersions(done)) {
    logger.error('An enterprise version was written over another copy of its number; re-stamping it', {
      uscc: version.uscc,
      version: version.version,
      origin: version.origin,
    });
    await enterpriseRepository().restamp(version.uscc, version.version, version.updatedAt, now);
  }
  return response;
}
