import { NotFoundError, type Principal } from '@sme/kernel';
import { deadlinesAsOf } from '../domain/deadline-sweep.ts';
import type { DeliveryRecord } from '../domain/delivery-record.ts';
import { type PushItem, toOpenPush } from '../domain/push.ts';
import { addCalendarDays, type DeadlineConfig } from '../domain/working-days.ts';

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
 * The running deadlines as of `today` (a Shanghai date): each with its due date, whether it rests on a
 * year the holiday calendar lacks (`provisional`), and whether it has passed (`overdue`). Computed on
 * every read, so a deadline is overdue from the first minute after its last day, and exact as soon as
 * ops load the missing year.
 */
export function deadlinesOf(push: PushItem, deadlines: DeadlineConfig, today: string) {
  return deadlinesAsOf(toOpenPush(push), deadlines, today).map((d) => ({
    kind: d.kind,
    from: d.from,
    due: d.due,
    provisional: d.provisional,
    overdue: d.overdue,
  }));
}

export function pushView(push: PushItem, deadlines: DeadlineConfig, today: string) {
  const running = deadlinesOf(push, deadlines, today);
  return {
    pushId: push.pushId,
    batchId: push.batchId,
    uscc: push.uscc,
    bankId: push.bankId,
    pushedAt: push.pushedAt,
    ...(push.applicationOn ? { applicationOn: push.applicationOn } : {}),
    ...(push.creditAccessUntil ? { creditAccessUntil: push.creditAccessUntil } : {}),
    status: push.progress.status,
    progress: push.progress,
    deadlines: running,
    overdue: running.some((d) => d.overdue),
    history: push.history.map((h) => ({ seq: h.seq, type: h.type, at: h.at })),
    version: push.version,
    links: {
      card: `/v1/bank/pushes/${push.pushId}/card`,
      creditProfile: `/v1/enterprises/${push.uscc}/credit-profile`,
    },
  };
}

/** An overdue push as the coordinator's list shows it; `overdueSince` is the day after the first missed deadline. */
export function overdueView(push: PushItem, deadlines: DeadlineConfig, today: string) {
  const running = deadlinesOf(push, deadlines, today);
  const firstMissed = running
    .filter((d) => d.overdue)
    .map((d) => d.due)
    .sort()[0];
  return {
    pushId: push.pushId,
    batchId: push.batchId,
    uscc: push.uscc,
    bankId: push.bankId,
    status: push.progress.status,
    deadlines: running,
    overdueSince: firstMissed === undefined ? '' : addCalendarDays(firstMissed, 1),
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
