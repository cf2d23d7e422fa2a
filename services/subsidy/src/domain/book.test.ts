import { describe, expect, it } from 'vitest';
import { approval, guarantee, loan } from './book.fixture.ts';
import { percentToRate } from './book.ts';
import { issuesOf } from './policy.fixture.ts';

describe('Function: percentToRate', () => {
  it.each([
    ['0.8', '0.008'],
    ['3.45', '0.0345'],
    ['100', '1'],
    ['0', '0'],
  ])('%s %% is %s', (percent, rate) => {
    // Act / Assess
    expect(percentToRate(percent, 'feeRatePercent')).toBe(rate);
  });

  it.each(['-1', '100.01', 'abc', '1e2', ''])('refuses %j, naming the field', (percent) => {
    // Act / Assess
    expect(issuesOf(() => percentToRate(percent, 'approved.guarantee.feeRatePercent'))).toEqual([
      {
        path: 'approved.guarantee.feeRatePercent',
        message: 'a percentage between 0 and 100 as a decimal string, e.g. "0.8"',
      },
    ]);
  });
});

describe('Function: guaranteeFromApproval', () => {
  it('books the approved amount from the approval date for the term, keyed by the push', () => {
    // Act
    const g = guarantee();

    // Assess
    expect(g).toMatchObject({
      recordId: 'g-p-1',
      guarantorId: 'ls-guarantee',
      guarantorKnown: true,
      principalFen: 500_000_000,
      outstandingFen: 500_000_000,
      feeRate: '0.008',
      loanRate: '0.0345',
      contractDate: '2025-03-01',
      startDate: '2025-03-01',
      endDate: '2026-03-01',
      status: 'ACTIVE',
      version: 1,
      sourceEventIds: [approval.eventId],
    });
  });

  it('marks a guarantor the city does not list as unknown', () => {
    // Act
    const g = guarantee({ guarantee: { guarantorId: 'other-guarantee', feeRatePercent: '0.8' } });

    // Assess
    expect(g.guarantorKnown).toBe(false);
  });
});

describe('Function: loanFromApproval', () => {
  it('books a subsidised loan under its own key beside the guarantee', () => {
    // Act
    const l = loan({ subsidyProgram: 'entrepreneurship-loan', on: '2024-01-31', termMonths: 1 });

    // Assess
    expect(l).toMatchObject({
      recordId: 'l-p-1',
      program: 'entrepreneurship-loan',
      startDate: '2024-01-31',
      endDate: '2024-02-29',
    });
  });
});
