import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { batchedStreamConsumer, type StreamEffects } from '@sme/runtime';
import type { DynamoDBRecord, AttributeValue as LambdaAttributeValue } from 'aws-lambda';
import { fromItem } from '../adapters/dynamodb-enterprise-repository.ts';
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
  const effects = effectsOfChange(image(record.dynamodb?.OldImage), after);
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

export const handler = batchedStreamConsumer(effectsOfEnterpriseRecord);
