import { NotFoundError, type Principal, ValidationError } from '@sme/kernel';
import { type PushItem, toOpenPush } from '../adapters/dynamodb-push-store.ts';
import { runningDeadlines } from '../domain/deadline-sweep.ts';
import type { DeliveryRecord } from '../domain/delivery-record.ts';
import { config } from './composition.ts';

/** Versioning helpers shared by every service's HTTP handlers. */
export { checkIfMatch, versionHeaders } from '@sme/runtime';

/**
 * The push if it is the calling bank's; any other push is reported exactly like a missing one, so a
 * bank cannot learn which push ids exist.
 */
export function ownPush(push: PushItem | undefined, principal: Principal, pushId: string): PushItem {
  if (!push || push.bankId !== principal.orgId) throw new NotFoundError(`No push ${pushId}`);
  return push;
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
