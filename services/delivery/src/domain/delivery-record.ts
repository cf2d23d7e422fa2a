import { ConflictError } from '@sme/kernel';
import type { BankNotice } from './bank-notices.ts';
import type { AttemptResult, NextAttempt } from './retry-policy.ts';

/**
 * One notice to one bank and its attempts. `pending` until delivered; a webhook that keeps failing is
 * `parked` and one whose endpoint answered 410 is `endpoint-disabled`: both are kept and replayable.
 */
export const deliveryStatuses = ['pending', 'delivered', 'parked', 'endpoint-disabled'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export type DeliveryChannel = 'sqs' | 'webhook';

/** How an attempt ended: an HTTP status, a transport failure, or nothing to sign with. */
export type AttemptLogResult = AttemptResult | 'no-signing-secret';

export interface AttemptLog {
  attempt: number;
  round: number;
  at: string;
  result: AttemptLogResult;
}

export interface DeliveryRecord {
  deliveryId: string;
  bankId: string;
  channel: DeliveryChannel;
  notice: BankNotice;
  status: DeliveryStatus;
  /** Attempts made in the current round; a replay starts a new round. */
  attempts: number;
  round: number;
  createdAt: string;
  /** When the next attempt is due (pending only). */
  nextAttemptAt?: string;
  deliveredAt?: string;
  /** The last attempts, newest last (bounded). */
  log: AttemptLog[];
}

const maxLog = 20;

/** The record after an attempt's outcome (the retry policy decided `next`). */
export function afterAttempt(
  record: DeliveryRecord,
  attempt: number,
  result: AttemptLogResult,
  next: NextAttempt,
  now: Date,
): DeliveryRecord {
  const log = [...record.log, { attempt, round: record.round, at: now.toISOString(), result }].slice(-maxLog);
  const base = { ...record, attempts: attempt, log };
  delete base.nextAttemptAt;
  switch (next.kind) {
    case 'delivered':
      return { ...base, status: 'delivered', deliveredAt: now.toISOString() };
    case 'retry':
      return { ...base, status: 'pending', nextAttemptAt: next.at.toISOString() };
    case 'park':
      return { ...base, status: 'parked' };
    case 'disable-endpoint':
      return { ...base, status: 'endpoint-disabled' };
  }
}

/** A parked or endpoint-disabled delivery starts a fresh round of attempts; anything else is refused. */
export function replay(record: DeliveryRecord, now: Date): DeliveryRecord {
  if (record.status !== 'parked' && record.status !== 'endpoint-disabled') {
    throw new ConflictError(
      `Delivery ${record.deliveryId} is ${record.status}; only parked or endpoint-disabled deliveries can be replayed`,
      {
        currentStatus: record.status,
      },
    );
  }
  return {
    ...record,
    status: 'pending',
    attempts: 0,
    round: record.round + 1,
    nextAttemptAt: now.toISOString(),
  };
}

/** What a channel answered to one attempt (an HTTP status or a transport failure, and a Retry-After). */
export interface AttemptOutcome {
  result: AttemptResult;
  retryAfter?: string;
}
