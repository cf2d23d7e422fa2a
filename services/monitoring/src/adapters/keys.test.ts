import { describe, expect, it } from 'vitest';
import { applyCredit, applyRegistry, type EnterpriseProjection } from '../domain/enterprise-projection.ts';
import { factKinds } from '../domain/facts.ts';
import type { PushProjection } from '../domain/push-projection.ts';
import {
  fromItem as enterpriseFromItem,
  toItem as enterpriseItem,
} from './dynamodb-enterprise-projections.ts';
import { factKey } from './dynamodb-fact-log.ts';
import { toItem as pushItem } from './dynamodb-push-projections.ts';

describe('Function: factKey', () => {
  it('partitions by month and sorts by date', () => {
    expect(factKey({ on: '2026-03-09', kind: 'approved', eventId: 'bank-feedback:p1:3' })).toEqual({
      pk: 'FACT#2026-03',
      sk: '2026-03-09#approved#bank-feedback:p1:3',
    });
  });

  it('falls inside the range query of its first and last day, for every kind, and outside the next', () => {
    // Prepare: the Query reads sk BETWEEN <from> AND <to>#~
    const inside = (sk: string, from: string, to: string) => sk >= from && sk <= `${to}#~`;

    // Act
    const keys = factKinds.map((kind) => factKey({ on: '2026-03-31', kind, eventId: 'e:~:1' }).sk);

    // Assess
    expect(keys.every((sk) => inside(sk, '2026-03-31', '2026-03-31'))).toBe(true);
    expect(keys.some((sk) => inside(sk, '2026-03-01', '2026-03-30'))).toBe(false);
    expect(keys.some((sk) => inside(sk, '2026-04-01', '2026-04-30'))).toBe(false);
  });
});

const registered = (tags: string[], hardStop = false): EnterpriseProjection => {
  const base = applyRegistry(undefined, 'E1', {
    version: 1,
    township: '999101002',
    industryCode: 'C3420',
    industry: 'C',
    entityType: 'enterprise',
    status: 'normal',
    sizeClass: 'small',
    tags,
  });
  const p = hardStop && base ? applyCredit(base, { uscc: 'E1', profileVersion: 1, hardStop: true }) : base;
  if (!p) throw new Error('fixture');
  return p;
};

describe('Function: enterprise toItem', () => {
  it('puts a gap enterprise in its township, key-industry-chain first', () => {
    expect(enterpriseItem(registered(['key-industry-chain']))).toMatchObject({
      gapTownship: '999101002',
      gapSk: '0#E1',
    });
    expect(enterpriseItem(registered([]))).toMatchObject({ gapSk: '1#E1' });
  });

  it('leaves the index keys out once it is not in the gap, and reads back without them', () => {
    // Act
    const item = enterpriseItem(registered([], true));

    // Assess
    expect(item).not.toHaveProperty('gapTownship');
    expect(enterpriseFromItem({ ...enterpriseItem(registered([])), rev: 3 })).toEqual(registered([]));
  });
});

describe('Function: push toItem', () => {
  const push: PushProjection = {
    pushId: 'p1',
    batchId: 'pb-1',
    uscc: 'E1',
    bankId: 'bank-gs',
    pushedOn: '2026-03-06',
    steps: [],
  };

  it('lists an undecided push under its bank, oldest first', () => {
    expect(pushItem(push)).toMatchObject({ gapBank: 'bank-gs', gapSk: '2026-03-06#p1' });
  });

  it('drops the index keys once the bank approves', () => {
    const approved = { ...push, steps: [{ seq: 1, stage: 'approved' as const, on: '2026-03-09' }] };
    expect(pushItem(approved)).not.toHaveProperty('gapBank');
  });
});
