import { describe, expect, it } from 'vitest';
import { deliveryIdOf } from './bank-notices.ts';
import { outcomeNotices, type SiblingPush } from './outcome-sharing.ts';

const push = (
  bankId: string,
  progress: SiblingPush['progress'],
  batchId = 'pb-20261123-0000aaaa',
): SiblingPush => ({
  pushId: `p-${bankId}`,
  bankId,
  batchId,
  uscc: '91350100M000100Y43',
  progress,
});

const approval = (amountFen: number) => ({
  approvedOn: '2026-11-20',
  amountFen,
  annualRatePercent: '3.45',
  termMonths: 12,
  guaranteeType: 'mortgage' as const,
  creditLoan: false,
});

describe('Function: outcomeNotices', () => {
  it('tells exactly the other banks of the batch the credit approved and disbursed so far', () => {
    // Prepare: bank-gs approved 2,000,000.00 CNY and disbursed 1,500,000.00; bank-nh approved 500,000.00 earlier.
    const changed = push('bank-gs', {
      status: 'DISBURSED',
      approval: approval(200_000_000),
      disbursement: { disbursedOn: '2026-11-22', amountFen: 150_000_000 },
    });
    const siblings = [
      changed,
      push('bank-nh', { status: 'APPROVED', approval: approval(50_000_000) }),
      push('bank-city', { status: 'CONTACTED' }),
      // Same enterprise in another batch: not a sibling.
      push('bank-ls-rural', { status: 'PUSHED' }, 'pb-20261001-0000bbbb'),
    ];

    // Act
    const notices = outcomeNotices({
      changed,
      siblings,
      subject: 'p-bank-gs:5',
      timestamp: '2026-11-22T02:00:00Z',
    });

    // Assess
    expect(notices.map((n) => n.bankId)).toEqual(['bank-city', 'bank-nh']);
    expect(notices[0]?.data).toEqual({
      pushId: 'p-bank-city',
      batchId: 'pb-20261123-0000aaaa',
      uscc: '91350100M000100Y43',
      approvedFen: 250_000_000,
      disbursedFen: 150_000_000,
      approvingBanks: 2,
      links: { push: '/v1/bank/pushes/p-bank-city' },
    });
    expect(notices[0]?.id).toBe(deliveryIdOf('push.outcome-shared', 'p-bank-gs:5', 'bank-city'));
  });

  it('gives the same delivery ids when the same step is processed again, and new ones for the next step', () => {
    // Prepare
    const changed = push('bank-gs', { status: 'APPROVED', approval: approval(100_000_000) });
    const siblings = [changed, push('bank-nh', { status: 'PUSHED' })];

    // Act
    const first = outcomeNotices({ changed, siblings, subject: 'p-bank-gs:4', timestamp: 't' });
    const again = outcomeNotices({ changed, siblings, subject: 'p-bank-gs:4', timestamp: 't' });
    const next = outcomeNotices({ changed, siblings, subject: 'p-bank-gs:5', timestamp: 't' });

    // Assess
    expect(again.map((n) => n.id)).toEqual(first.map((n) => n.id));
    expect(next[0]?.id).not.toBe(first[0]?.id);
  });

  it('sends nothing when the enterprise went to one bank only', () => {
    const changed = push('bank-gs', { status: 'APPROVED', approval: approval(100_000_000) });
    expect(outcomeNotices({ changed, siblings: [changed], subject: 's', timestamp: 't' })).toEqual([]);
  });
});
