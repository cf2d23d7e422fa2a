import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type BankFeedbackRecorded, bankFeedbackEventId } from '@sme/events';
import { appendAudit, cityConfig, platformMetrics, publish, streamConsumer } from '@sme/runtime';
import type { DynamoDBRecord, AttributeValue as LambdaAttributeValue } from 'aws-lambda';
import { pushFromItem } from '../adapters/dynamodb-push-store.ts';
import { outcomeNotices } from '../domain/outcome-sharing.ts';
import type { HistoryEntry, PushItem } from '../domain/push.ts';
import { enqueueDeliveries } from '../use-cases/enqueue-deliveries.ts';
import { emitPushFigures, pushFigures } from '../use-cases/push-figures.ts';
import { enqueueDeps, pushStore, serviceActor } from './composition.ts';

const image = (raw: Record<string, LambdaAttributeValue> | undefined) =>
  raw ? pushFromItem(unmarshall(raw as Record<string, AttributeValue>)) : undefined;

/** The feedback event of one step, as other services read it. */
export function feedbackEvent(push: PushItem, entry: HistoryEntry): BankFeedbackRecorded {
  const e = entry.event;
  const base = {
    type: 'BankFeedbackRecorded' as const,
    version: 1 as const,
    eventId: bankFeedbackEventId(push.pushId, entry.seq),
    occurredAt: entry.at,
    pushId: push.pushId,
    batchId: push.batchId,
    uscc: push.uscc,
    bankId: push.bankId,
    seq: entry.seq,
    stage: e.type,
  };
  switch (e.type) {
    case 'contacted':
      return { ...base, on: e.contactedOn };
    case 'application-received':
      return { ...base, on: e.receivedOn };
    case 'materials-complete':
      return { ...base, on: e.completedOn };
    case 'approved':
      return {
        ...base,
        on: e.approvedOn,
        approved: {
          amountFen: e.amountFen,
          annualRatePercent: e.annualRatePercent,
          termMonths: e.termMonths,
          guaranteeType: e.guaranteeType,
          creditLoan: e.creditLoan,
          ...(e.guarantee ? { guarantee: e.guarantee } : {}),
          ...(e.subsidyProgram ? { subsidyProgram: e.subsidyProgram } : {}),
        },
      };
    case 'rejected':
      return {
        ...base,
        on: e.rejectedOn,
        rejected: {
          reasonCodes: e.reasonCodes,
          reasonText: e.reasonText,
          repairSuggestions: e.repairSuggestions,
        },
      };
    case 'disbursed':
      return { ...base, on: e.disbursedOn, disbursed: { amountFen: e.amountFen } };
  }
}

/**
 * Stream of delivery-pushes: each new step of a push becomes one BankFeedbackRecorded (list matching's
 * repair loop, the subsidy ledger, monitoring), an audit entry, and — for an approval or disbursement —
 * an outcome notice to the other banks pushed the same enterprise in the batch. Every effect is keyed
 * by (push, step), so a replayed record repeats nothing (but the dashboard's counts, which are approximate).
 */
export async function onPushRecord(record: DynamoDBRecord): Promise<void> {
  if (record.eventName === 'REMOVE') return;
  const after = image(record.dynamodb?.NewImage);
  const before = image(record.dynamodb?.OldImage);
  if (!after) return;
  if (!before) {
    await appendAudit({
      subjectType: 'push',
      subjectId: after.pushId,
      action: 'push:received',
      principal: serviceActor,
      at: after.pushedAt,
      discriminator: 'v1',
      detail: { bankId: after.bankId, batchId: after.batchId, uscc: after.uscc },
    });
  }
  const fresh = after.history.slice(before?.history.length ?? 0);
  emitPushFigures(platformMetrics(cityConfig().id), pushFigures(!before, fresh));
  if (fresh.length === 0) return;
  await publish(
    'bank-feedback',
    fresh.map((entry) => feedbackEvent(after, entry)),
  );
  for (const entry of fresh) {
    await appendAudit({
      subjectType: 'push',
      subjectId: after.pushId,
      action: `progress:${entry.type}`,
      principal: { clientId: entry.clientId, orgId: after.bankId, role: 'bank' },
      at: entry.at,
      discriminator: `step-${entry.seq}`,
      detail: { requestId: entry.requestId, status: after.progress.status },
    });
  }
  if (!fresh.some((e) => e.type === 'approved' || e.type === 'disbursed')) return;
  const siblings = await pushStore().siblings(after.batchId, after.uscc);
  const last = fresh[fresh.length - 1] as HistoryEntry;
  const notices = outcomeNotices({
    changed: after,
    siblings,
    subject: `${after.pushId}:${last.seq}`,
    timestamp: last.at,
  });
  await enqueueDeliveries(enqueueDeps(), notices, new Date());
}

export const handler = streamConsumer(onPushRecord);
