import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { appendAudit, streamConsumer } from '@sme/runtime';
import type { DynamoDBRecord, AttributeValue as LambdaAttributeValue } from 'aws-lambda';
import type { Change } from '../adapters/dynamodb-declaration-store.ts';

const item = (raw: Record<string, LambdaAttributeValue> | undefined) =>
  raw ? unmarshall(raw as Record<string, AttributeValue>) : undefined;

/**
 * Stream consumer of matching-declarations: one audit entry per declaration version, from the
 * change the writer recorded on the item (who, why, which step). Keyed by the version, so a
 * redelivered record appends nothing twice; claim items and unchanged versions are skipped.
 */
export async function onDeclarationRecord(record: DynamoDBRecord): Promise<void> {
  if (record.dynamodb?.Keys?.sk?.S !== 'DCL' || record.eventName === 'REMOVE') return;
  const after = item(record.dynamodb?.NewImage);
  const before = item(record.dynamodb?.OldImage);
  if (!after || before?.version === after.version) return;
  const change = after.lastChange as Change;
  await appendAudit({
    subjectType: 'declaration',
    subjectId: String(after.pk).slice(4),
    action: change.action,
    principal: { clientId: change.clientId, orgId: change.orgId },
    at: change.at,
    discriminator: `v${after.version}`,
    detail: {
      cause: change.cause,
      version: after.version,
      state: after.state,
      ...(before && before.state !== after.state ? { from: before.state } : {}),
      ...change.detail,
    },
  });
}

export const handler = streamConsumer(onDeclarationRecord);
