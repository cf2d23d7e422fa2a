import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { appendAudit, queueUrl, sqsClient, streamConsumer } from '@sme/runtime';
import type { DynamoDBRecord, AttributeValue as LambdaAttributeValue } from 'aws-lambda';
import { fromItem } from '../adapters/dynamodb-credit-record-store.ts';
import type { CreditRecord } from '../domain/record.ts';
import type { WriteOrigin } from '../use-cases/ports.ts';

const item = (raw: Record<string, LambdaAttributeValue> | undefined) =>
  raw ? unmarshall(raw as Record<string, AttributeValue>) : undefined;
const image = (raw: Record<string, LambdaAttributeValue> | undefined): CreditRecord | undefined => {
  const i = item(raw);
  return i ? fromItem(i) : undefined;
};

/**
 * Stream consumer of credit-records: audits each new version (keyed by the version, so a
 * redelivery appends nothing twice) and asks for the affected profiles to be re-evaluated
 * (both enterprises when a correction moved a record to another USCC).
 */
export async function onRecordChange(record: DynamoDBRecord): Promise<void> {
  if (record.dynamodb?.Keys?.sk?.S !== 'CURRENT' || record.eventName === 'REMOVE') return;
  const after = image(record.dynamodb?.NewImage);
  if (!after) return;
  const before = image(record.dynamodb?.OldImage);
  const origin = item(record.dynamodb?.NewImage)?.origin as WriteOrigin | undefined;
  await appendAudit({
    subjectType: 'credit-record',
    subjectId: `${after.sourceAgencyId}/${after.sourceRecordId}`,
    action:
      after.status === 'revoked'
        ? 'credit-record.revoked'
        : before
          ? 'credit-record.corrected'
          : 'credit-record.created',
    principal: { clientId: origin?.clientId ?? 'unknown', orgId: origin?.orgId ?? after.sourceAgencyId },
    at: after.updatedAt,
    discriminator: `v${after.version}`,
    detail: {
      origin,
      uscc: after.uscc,
      category: after.category,
      version: after.version,
      ...(before && before.uscc !== after.uscc ? { movedFrom: before.uscc } : {}),
    },
  });
  const usccs = [...new Set([after.uscc, ...(before ? [before.uscc] : [])])];
  const out = await sqsClient().send(
    new SendMessageBatchCommand({
      QueueUrl: queueUrl('credit-recompute'),
      Entries: usccs.map((uscc, i) => ({
        Id: String(i),
        MessageBody: JSON.stringify({ uscc, reason: 'record-changed' }),
      })),
    }),
  );
  // A batch send answers 200 with per-entry failures: a dropped entry is a profile never recomputed.
  // Throwing fails this stream record, which is retried (the audit entry is idempotent) and, past its
  // retries, kept on the stream's failure destination rather than lost.
  if (out.Failed?.length) {
    throw new Error(
      `Could not queue ${out.Failed.length} profile recompute(s): ${out.Failed.map((f) => f.Code).join(', ')}`,
    );
  }
}

export const handler = streamConsumer(onRecordChange);
