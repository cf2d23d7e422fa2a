import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { appendAudit, documentClient, publish, streamConsumer, tableName } from '@sme/runtime';
import type { DynamoDBRecord, AttributeValue as LambdaAttributeValue } from 'aws-lambda';
import { DynamoDbEnterpriseRepository, fromItem } from '../adapters/dynamodb-enterprise-repository.ts';
import { effectsOfChange } from '../domain/enterprise-change.ts';

const enterprises = new DynamoDbEnterpriseRepository(documentClient(), tableName('enterprises'));

const image = (raw: Record<string, LambdaAttributeValue> | undefined) =>
  raw ? fromItem(unmarshall(raw as Record<string, AttributeValue>)) : undefined;

/**
 * Stream consumer of the enterprises table: for each new version, appends the audit entry, updates
 * the tag index and publishes the event. Every effect is idempotent (keyed by the version), so a
 * redelivered record changes nothing twice.
 */
export async function onEnterpriseRecord(record: DynamoDBRecord): Promise<void> {
  const keys = record.dynamodb?.Keys;
  if (keys?.sk?.S !== 'ENT' || record.eventName === 'REMOVE') return;
  const after = image(record.dynamodb?.NewImage);
  if (!after) return;
  const effects = effectsOfChange(image(record.dynamodb?.OldImage), after);
  await enterprises.applyTagChanges(after.uscc, effects.tags.added, effects.tags.removed);
  await appendAudit({
    subjectType: 'enterprise',
    subjectId: after.uscc,
    action: effects.audit.action,
    principal: after.updatedBy,
    at: after.updatedAt,
    discriminator: `v${after.version}`,
    changes: effects.audit.changes,
    detail: { origin: after.origin },
  });
  await publish('enterprise-events', [effects.event]);
}

export const handler = streamConsumer(onEnterpriseRecord);
