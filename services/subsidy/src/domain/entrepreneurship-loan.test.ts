import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import {
  calculateEntrepreneurshipLoanSubsidy,
  type EntrepreneurshipLoanInput,
} from './entrepreneurship-loan.ts';
import { demoPolicyWithParams, issuesOf } from './policy.fixture.ts';

// Demo one-year LPR: 3.45 % to 2024-06, 3.35 % from 2024-07, 3.10 % from 2024-10, 3.00 % from 2025-05.
// Borrower bears up to LPR − 150 bp; loans above LPR + 150 bp are not eligible; caps 3 M (small, micro).
// Each period is 360 days, so principal × subsidy rate is the subsidy.
function loan(overrides: Partial<EntrepreneurshipLoanInput>): EntrepreneurshipLoanInput {
  return {
    contractDate: '2025-06-01',
    periodStart: '2025-06-01',
    periodEnd: '2026-05-27',
    principal: '1000000.00',
    loanRate: '0.03',
    borrowerType: 'small-enterprise',
    ...overrides,
  };
}

describe('Function: calculateEntrepreneurshipLoanSubsidy', () => {
  it.each([
    // LPR 3.45 %: borrower bears 1.95 %, treasury 3.45 − 1.95 = 1.50 % of 100,000,000 fen
    { contractDate: '2024-06-28', lpr: '0.0345', borrower: '0.0195', subsidy: 1_500_000n },
    // LPR 3.35 %: borrower bears 1.85 %, treasury 1.60 %
    { contractDate: '2024-07-01', lpr: '0.0335', borrower: '0.0185', subsidy: 1_600_000n },
  ])('uses the LPR in force on $contractDate ($lpr)', ({ contractDate, lpr, borrower, subsidy }) => {
    // Prepare: the same 3.45 % loan, same 360-day period
    const input = loan({
      contractDate,
      periodStart: '2024-07-01',
      periodEnd: '2025-06-26',
      loanRate: '0.0345',
    });

    // Act
    const result = calculateEntrepreneurshipLoanSubsidy(input, linshanDemoPolicy);

    // Assess
    expect(result.breakdown.find((l) => l.step === 'lpr')?.value).toBe(lpr);
    expect(result.breakdown.find((l) => l.step === 'borrowerMaxRate')?.value).toBe(borrower);
    expect(result.amountFen).toBe(subsidy);
  });

  it.each([
    // 300,000,000 fen × (0.03 − 0.015) = 4,500,000
    { principal: '3000000.00', subsidised: '300000000', subsidy: 4_500_000n },
    // 3,000,000.01 is capped: still 300,000,000 fen subsidised
    { principal: '3000000.01', subsidised: '300000000', subsidy: 4_500_000n },
    // 5,000,000.00 would give 7,500,000 uncapped
    { principal: '5000000.00', subsidised: '300000000', subsidy: 4_500_000n },
    { principal: '2999999.99', subsidised: '299999999', subsidy: 4_500_000n }, // 4,499,999.985 → 4,500,000
  ])('subsidises at most 3,000,000 CNY of a $principal CNY loan', ({ principal, subsidised, subsidy }) => {
    // Act
    const result = calculateEntrepreneurshipLoanSubsidy(loan({ principal }), linshanDemoPolicy);

    // Assess
    expect(result.breakdown.find((l) => l.step === 'subsidisedPrincipalFen')?.value).toBe(subsidised);
    expect(result.amountFen).toBe(subsidy);
  });

  it('pays nothing for a borrower type without a principal cap', () => {
    // Act
    const result = calculateEntrepreneurshipLoanSubsidy(
      loan({ borrowerType: 'medium-enterprise' }),
      linshanDemoPolicy,
    );

    // Assess
    expect(result.amountFen).toBe(0n);
    expect(result.reasons).toEqual(['borrower medium-enterprise is not eligible']);
  });

  it.each([
    // at the cap, LPR 3.00 % + 150 bp = 4.50 %: 100,000,000 × (0.045 − 0.015) = 3,000,000
    { loanRate: '0.045', subsidy: 3_000_000n, eligible: true },
    // above the cap in "ineligible" mode: nothing
    { loanRate: '0.0451', subsidy: 0n, eligible: false },
  ])(
    'rate cap (ineligible mode): a loan at $loanRate gets $subsidy fen',
    ({ loanRate, subsidy, eligible }) => {
      // Act
      const result = calculateEntrepreneurshipLoanSubsidy(loan({ loanRate }), linshanDemoPolicy);

      // Assess
      expect(result.amountFen).toBe(subsidy);
      expect(result.eligible).toBe(eligible);
    },
  );

  it('rate cap (subsidise-up-to-cap mode): a loan above the cap is subsidised as if at the cap', () => {
    // Prepare
    const policy = demoPolicyWithParams('entrepreneurship-loan', {
      rateCap: { lprPlusBp: 150, mode: 'subsidise-up-to-cap' },
    });

    // Act
    const result = calculateEntrepreneurshipLoanSubsidy(loan({ loanRate: '0.06' }), policy);

    // Assess: (0.045 − 0.015) × 100,000,000 = 3,000,000, not (0.06 − 0.015) × … = 4,500,000
    expect(result.eligible).toBe(true);
    expect(result.amountFen).toBe(3_000_000n);
  });

  it('pays nothing when the loan rate is below what the borrower bears anyway', () => {
    // Act: 1.4 % < LPR 3.00 % − 150 bp
    const result = calculateEntrepreneurshipLoanSubsidy(loan({ loanRate: '0.014' }), linshanDemoPolicy);

    // Assess
    expect(result.amountFen).toBe(0n);
  });

  it('pro-rates by actual days over 360, leap day included', () => {
    // Prepare: 2024-02-28 → 2024-03-01 is 2 days; LPR 3.45 %, loan 3.45 %
    const input = loan({
      contractDate: '2024-02-28',
      periodStart: '2024-02-28',
      periodEnd: '2024-03-01',
      loanRate: '0.0345',
    });

    // Act
    const result = calculateEntrepreneurshipLoanSubsidy(input, linshanDemoPolicy);

    // Assess: 100,000,000 × 0.015 × 2 / 360 = 8,333.33… → 8,333
    expect(result.amountFen).toBe(8_333n);
  });

  it('refuses a contract date before the LPR table, naming contractDate', () => {
    // Act
    const issues = issuesOf(() =>
      calculateEntrepreneurshipLoanSubsidy(loan({ contractDate: '2023-12-15' }), linshanDemoPolicy),
    );

    // Assess
    expect(issues.map((i) => i.path)).toEqual(['contractDate']);
  });
});
