import { ConcurrentModificationError, NotFoundError, type Principal, ValidationError } from '@sme/kernel';
import { type PushItem, toOpenPush } from '../adapters/dynamodb-push-store.ts';
import { runningDeadlines } from '../domain/deadline-sweep.ts';
import type { DeliveryRecord } from '../domain/delivery-record.ts';
import { config } from './composition.ts';

export const versionHeaders = (v: { version: number }) => ({ etag: `"${v.version}"` });

/**
 * The push if it is the calling bank's; any other push is reported exactly like a missing one, so a
 * bank cannot learn which push ids exist.
 */
export function ownPush(push: PushItem | undefined, principal: Principal, pushId: string): PushItem {
  if (!push || push.bankId !== principal.orgId) throw new NotFoundError(`No push ${pushId}`);
  return push;
}

/** If-Match given and not the stored version → 412, before anything is decided. */
export function checkIfMatch(ifMatch: number | undefined, current: { version: number }, what: string): void {
  if (ifMatch !== undefined && ifMatch !== current.version) {
    throw new ConcurrentModificationError(
      `If-Match "${ifMatch}" is stale; ${what} is at version "${current.version}"`,
      { currentVersion: current.version },
    );
  }
}

/**
 * The running deadlines, or none when the holiday calendar lacks a year they reach (the city adds
 * each year's calendar when the State Council publishes it; guessing would misplace Spring Festival).
 * The daily sweep logs such pushes, so the gap is noticed.
 */
export function deadlinesOf(push: PushItem) {
  try {
    return runningDeadlines(toOpenPush(push), config().deadlines);
  } catch (error) {
    if (error instanceof ValidationError) return [];
    throw error;
  }
}

export function pushView(push: PushItem) {
  return {
    pushId: push.pushId,
    batchId: push.batchId,
    uscc: push.uscc,
    bankId: push.bankId,
    pushedAt: push.pushedAt,
    status: push.progress.status,
    progress: push.progress,
    deadlines: deadlinesOf(push),
    history: push.history.map((h) => ({ seq: h.seq, type: h.type, at: h.at })),
    version: push.version,
    links: { creditProfile: `/v1/enterprises/${push.uscc}/credit-profile` },
  };
}

export function overdueView(push: PushItem) {
  return {
    pushId: push.pushId,
    batchId: push.batchId,
    uscc: push.uscc,
    bankId: push.bankId,
    status: push.progress.status,
    deadlines: deadlinesOf(push),
    overdueSince: push.overdueSince ?? '',
  };
}

export function deliveryView(d: DeliveryRecord) {
  return {
    deliveryId: d.deliveryId,
    bankId: d.bankId,
    channel: d.channel,
    type: d.notice.type,
    status: d.status,
    attempts: d.attempts,
    round: d.round,
    createdAt: d.createdAt,
    ...(d.nextAttemptAt && d.status === 'pending' ? { nextAttemptAt: d.nextAttemptAt } : {}),
    ...(d.deliveredAt ? { deliveredAt: d.deliveredAt } : {}),
    log: d.log,
  };
}
