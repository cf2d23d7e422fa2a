import { ConflictError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { bankNotice } from './bank-notices.ts';
import { afterAttempt, type DeliveryRecord, replay } from './delivery-record.ts';

const now = new Date('2026-11-23T01:00:00Z');
const record: DeliveryRecord = {
  deliveryId: 'dlv_x',
  bankId: 'bank-city',
  channel: 'webhook',
  notice: bankNotice({
    bankId: 'bank-city',
    subject: 'p1',
    timestamp: now.toISOString(),
    data: {
      type: 'push.deadline-nearing',
      pushId: 'p1',
      due: '2026-11-30',
      kind: 'decision-30-days',
      links: { push: '/x' },
    },
  }),
  status: 'pending',
  attempts: 0,
  round: 1,
  createdAt: now.toISOString(),
  nextAttemptAt: now.toISOString(),
  log: [],
};

describe('Function: afterAttempt', () => {
  it('keeps a retried delivery pending with its next attempt time and logs the status', () => {
    const at = new Date('2026-11-23T01:00:05Z');
    const next = afterAttempt(record, 1, 503, { kind: 'retry', attempt: 2, at, delaySeconds: 5 }, now);
    expect(next).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: at.toISOString() });
    expect(next.log).toEqual([{ attempt: 1, round: 1, at: now.toISOString(), result: 503 }]);
  });

  it('parks after the last attempt and disables on 410', () => {
    const parked = afterAttempt(
      record,
      8,
      500,
      { kind: 'park', reason: 'attempts-exhausted', attempts: 8, lastStatus: 500 },
      now,
    );
    expect(parked.status).toBe('parked');
    expect(parked.nextAttemptAt).toBeUndefined();
    expect(afterAttempt(record, 1, 410, { kind: 'disable-endpoint', status: 410 }, now).status).toBe(
      'endpoint-disabled',
    );
  });
});

describe('Function: replay', () => {
  it('starts a new round for a parked delivery and refuses a delivered one', () => {
    const parked = { ...record, status: 'parked' as const, attempts: 8 };
    expect(replay(parked, now)).toMatchObject({ status: 'pending', attempts: 0, round: 2 });
    expect(() => replay({ ...record, status: 'delivered' }, now)).toThrow(ConflictError);
  });
});
