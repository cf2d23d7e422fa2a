import { NotFoundError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { guarantee, reporter } from '../domain/book.fixture.ts';
import { linshanDemoPolicy } from '../domain/demo-policy.ts';
import { applyRepayment } from '../domain/guarantee-reports.ts';
import { InMemoryBook } from './book.fake.ts';
import { reportOnGuarantee } from './report-on-guarantee.ts';

const repayment = { reportId: 'r-1', repaidOn: '2025-09-01', amountFen: 200_000_000 };

async function bookWithGuarantee() {
  const book = new InMemoryBook();
  await book.create(guarantee(), []);
  return book;
}

describe('Function: reportOnGuarantee', () => {
  it("answers another guarantor's guarantee as absent", async () => {
    // Prepare
    const book = await bookWithGuarantee();

    // Act
    const act = reportOnGuarantee('g-p-1', 'other-guarantee', (g) => applyRepayment(g, repayment, reporter), {
      book,
      policy: linshanDemoPolicy,
    });

    // Assess
    await expect(act).rejects.toBeInstanceOf(NotFoundError);
    expect(book.records.get('g-p-1')?.version).toBe(1);
  });

  it('re-books the entitlements on the new balance, retrying a lost race on the fresh version', async () => {
    // Prepare
    const book = await bookWithGuarantee();
    book.raceOnce = true;

    // Act
    const applied = await reportOnGuarantee(
      'g-p-1',
      'ls-guarantee',
      (g) => applyRepayment(g, repayment, reporter),
      { book, policy: linshanDemoPolicy },
    );

    // Assess: (200,000,000 × 184 + 300,000,000 × 306) × 0.002 / 365 = 704,657.53…
    expect(applied.record.outstandingFen).toBe(300_000_000);
    expect(book.actual(2025, 'risk-compensation')).toBe(704_658n);
  });
});
