import { describe, expect, it } from 'vitest';
import { smallBorrower } from '../domain/book.fixture.ts';
import type { Borrower } from '../domain/borrower.ts';
import { linshanDemoPolicy } from '../domain/demo-policy.ts';
import { InMemoryBook, recordingAudit } from './book.fake.ts';
import {
  type BankFeedback,
  BorrowerNotKnownError,
  bookFeedback,
  type FeedbackPorts,
} from './book-feedback.ts';

const approvedWithGuarantee: BankFeedback = {
  eventId: 'bank-feedback:p-7:3',
  occurredAt: '2025-03-01T08:00:00.000Z',
  pushId: 'p-7',
  batchId: 'pb-20250220-00000001',
  uscc: smallBorrower.uscc,
  bankId: 'bank-gs',
  stage: 'approved',
  on: '2025-03-01',
  approved: {
    amountFen: 500_000_000,
    annualRatePercent: '3',
    termMonths: 12,
    guarantee: { guarantorId: 'ls-guarantee', feeRatePercent: '0.8' },
    subsidyProgram: 'entrepreneurship-loan',
  },
};

function ports(borrowers: Borrower[] = [smallBorrower]) {
  const book = new InMemoryBook();
  const audit = recordingAudit();
  const value: FeedbackPorts = {
    book,
    borrowers: { get: async (uscc) => borrowers.find((b) => b.uscc === uscc) },
    policy: linshanDemoPolicy,
    cityGuarantorIds: ['ls-guarantee'],
    audit,
  };
  return { book, audit, value };
}

describe('Function: bookFeedback', () => {
  it('books the guarantee and the subsidised loan of an approval once, however often it is delivered', async () => {
    // Prepare
    const { book, audit, value } = ports();

    // Act
    const first = await bookFeedback(approvedWithGuarantee, value, '2025-03-01T08:00:01.000Z');
    const second = await bookFeedback(approvedWithGuarantee, value, '2025-03-01T08:05:00.000Z');

    // Assess
    expect(first).toEqual([
      { recordId: 'g-p-7', outcome: 'booked' },
      { recordId: 'l-p-7', outcome: 'booked' },
    ]);
    expect(second).toEqual([
      { recordId: 'g-p-7', outcome: 'already-booked' },
      { recordId: 'l-p-7', outcome: 'already-booked' },
    ]);
    expect([...book.records.keys()]).toEqual(['g-p-7', 'l-p-7']);
    // 500,000,000 × 0.012 × 306 / 365 = 5,030,136.98…: counted once
    expect(book.actual(2025, 'fee-subsidy')).toBe(5_030_137n);
    // Same audit key both times: the audit table keeps one entry per (subject, at, event)
    expect(new Set(audit.entries.map((e) => `${e.subjectId}|${e.at}|${e.discriminator}`)).size).toBe(2);
  });

  it('retries later (throws) when the registry has not described the borrower yet', async () => {
    // Prepare
    const { book, value } = ports([]);

    // Act
    const act = bookFeedback(approvedWithGuarantee, value, '2025-03-01T08:00:01.000Z');

    // Assess
    await expect(act).rejects.toBeInstanceOf(BorrowerNotKnownError);
    expect(book.records.size).toBe(0);
  });

  it('ignores an approval with neither guarantee nor program, and stages other services handle', async () => {
    // Prepare
    const { book, value } = ports();
    const plain = {
      ...approvedWithGuarantee,
      approved: { amountFen: 1, annualRatePercent: '3', termMonths: 12 },
    };

    // Act
    const outcomes = [
      ...(await bookFeedback(plain, value, '2025-03-01T08:00:01.000Z')),
      ...(await bookFeedback(
        { ...approvedWithGuarantee, stage: 'contacted' },
        value,
        '2025-03-01T08:00:01.000Z',
      )),
    ];

    // Assess
    expect(outcomes).toEqual([]);
    expect(book.records.size).toBe(0);
  });

  it('re-bases both records on a disbursement, once, winning a lost race on the retry', async () => {
    // Prepare
    const { book, value } = ports();
    await bookFeedback(approvedWithGuarantee, value, '2025-03-01T08:00:01.000Z');
    const disbursed: BankFeedback = {
      ...approvedWithGuarantee,
      eventId: 'bank-feedback:p-7:4',
      stage: 'disbursed',
      on: '2025-03-10',
      disbursed: { amountFen: 400_000_000 },
    };
    delete disbursed.approved;
    book.raceOnce = true;

    // Act
    const first = await bookFeedback(disbursed, value, '2025-03-10T08:00:00.000Z');
    const again = await bookFeedback(disbursed, value, '2025-03-10T08:05:00.000Z');

    // Assess
    expect(first).toEqual([
      { recordId: 'g-p-7', outcome: 'updated' },
      { recordId: 'l-p-7', outcome: 'updated' },
    ]);
    expect(again.map((o) => o.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(book.records.get('g-p-7')).toMatchObject({
      principalFen: 400_000_000,
      startDate: '2025-03-10',
      version: 2,
    });
    // 400,000,000 × 0.012 × 297 / 365 (2025-03-10 → 2026-01-01) = 3,905,753.42…
    expect(book.actual(2025, 'fee-subsidy')).toBe(3_905_753n);
  });
});
