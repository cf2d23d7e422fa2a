import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type DeclarationChanged, declarationEventId } from '@sme/events';
import { appendAudit, publish, streamConsumer, type VersionChange } from '@sme/runtime';
import type { DynamoDBRecord, AttributeValue as LambdaAttributeValue } from 'aws-lambda';
import { fromItem } from '../adapters/dynamodb-declaration-store.ts';
import { isKeyIndustryChain } from '../domain/declaration.ts';
import { declarationReportRow, reportPartitions } from '../domain/upper-level-export.ts';
import { reportStore } from './composition.ts';
import { maskPhone } from './views.ts';

const item = (raw: Record<string, LambdaAttributeValue> | undefined) =>
  raw ? unmarshall(raw as Record<string, AttributeValue>) : undefined;

/**
 * The DeclarationChanged of a new version (monitoring counts declared and recommended from it),
 * from the stream's new and old images. Its id names the version, so a re-publish is a duplicate.
 */
export function declarationChangedEvent(
  after: Record<string, unknown>,
  before: Record<string, unknown> | undefined,
): DeclarationChanged {
  const declaration = fromItem(after);
  const version = Number(after.version);
  return {
    type: 'DeclarationChanged',
    version: 1,
    eventId: declarationEventId(declaration.id, version),
    occurredAt: (after.lastChange as VersionChange).at,
    declarationId: declaration.id,
    uscc: declaration.uscc,
    declarationVersion: version,
    state: String(after.state),
    ...(before ? { previousState: String(before.state) } : {}),
    keyIndustryChain: isKeyIndustryChain(declaration),
  };
}

/**
 * Stream consumer of matching-declarations: one audit entry and one DeclarationChanged per
 * declaration version, from the change the writer recorded on the item (who, why, which step), and
 * the version's rows of the upper-level export (申报清单, 推荐清单) by month.
 * Keyed by the version, so a redelivered record appends nothing twice and re-publishes the same
 * eventId; claim items and unchanged versions are skipped.
 */
export async function onDeclarationRecord(record: DynamoDBRecord): Promise<void> {
  if (record.dynamodb?.Keys?.sk?.S !== 'DCL' || record.eventName === 'REMOVE') return;
  const after = item(record.dynamodb?.NewImage);
  const before = item(record.dynamodb?.OldImage);
  if (!after || before?.version === after.version) return;
  const change = after.lastChange as VersionChange;
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
  await publish('declaration-events', [declarationChangedEvent(after, before)]);
  // The upper-level export's rows: the version filed under its lists' months (a redelivery or an
  // older version arriving late writes nothing over a newer one).
  const row = declarationReportRow(fromItem(after), maskPhone);
  for (const { list, month } of reportPartitions(row))
    await reportStore().putDeclarationRow(list, month, row);
}

export const handler = streamConsumer(onDeclarationRecord);
