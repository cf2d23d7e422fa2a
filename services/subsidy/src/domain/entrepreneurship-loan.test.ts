import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import {
  calculateEntrepreneurshipLoanSubsidy,
  type EntrepreneurshipLoanInput,
} from './entrepreneurship-loan.ts';
import { demoPolicyWithParams, issuesOf } from './policy.fixture.ts';

// Demo one-year LPR: 3.45 % to 2024-06, 3.35 % from 2024-07, 3.10 % from 2024-10, 3.00 % from 2025-05.
// Borrower bears up to LPR − 150 bp; small and micro enterprises borrow at most 3 M, individual
// businesses (创业人员) without a stated maximum; no rate ceiling. Interest days count actual/360 and
// each period is 360 days, so principal × subsidy rate is the subsidy.
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
    // 299,999,999 fen × (0.03 − 0.015) = 4,499,999.985 → 4,500,000
    { borrowerType: 'small-enterprise', principal: '2999999.99', eligible: true, subsidy: 4_500_000n },
    // "最高额度为300万元" includes 3,000,000.00: 300,000,000 × 0.015 = 4,500,000
    { borrowerType: 'small-enterprise', principal: '3000000.00', eligible: true, subsidy: 4_500_000n },
    { borrowerType: 'micro-enterprise', principal: '3000000.00', eligible: true, subsidy: 4_500_000n },
    // one fen more is not a loan of the program
    { borrowerType: 'small-enterprise', principal: '3000000.01', eligible: false, subsidy: 0n },
    { borrowerType: 'micro-enterprise', principal: '5000000.00', eligible: false, subsidy: 0n },
  ] as const)(
    '$borrowerType borrowing $principal CNY: eligible $eligible, $subsidy fen',
    ({ borrowerType, principal, eligible, subsidy }) => {
      // Act
      const result = calculateEntrepreneurshipLoanSubsidy(
        loan({ borrowerType, principal }),
        linshanDemoPolicy,
      );

      // Assess
      expect(result.eligible).toBe(eligible);
      expect(result.amountFen).toBe(subsidy);
      expect(result.breakdown.find((l) => l.step === 'maxPrincipalFen')?.value).toBe('300000000');
    },
  );

  it('names the maximum a larger loan exceeds', () => {
    // Act
    const result = calculateEntrepreneurshipLoanSubsidy(loan({ principal: '3000000.01' }), linshanDemoPolicy);

    // Assess
    expect(result.reasons).toEqual(["principal 3000000.01 is above the program's maximum 3000000.00"]);
  });

  it('subsidises an entrepreneur registered as an individual business (seed 000 §7 创业人员)', () => {
    // Act: no seed states a maximum for 创业人员, so 5,000,000.00 is not refused for its size
    const result = calculateEntrepreneurshipLoanSubsidy(
      loan({ borrowerType: 'individual-business', principal: '5000000.00' }),
      linshanDemoPolicy,
    );

    // Assess: 500,000,000 × (0.03 − 0.015) = 7,500,000
    expect(result.eligible).toBe(true);
    expect(result.amountFen).toBe(7_500_000n);
    expect(result.breakdown.find((l) => l.step === 'maxPrincipalFen')?.value).toBe('none');
  });

  it('pays nothing for a borrower type the program does not lend to', () => {
    // Act
    const result = calculateEntrepreneurshipLoanSubsidy(
      loan({ borrowerType: 'medium-enterprise' }),
      linshanDemoPolicy,
    );

    // Assess
    expect(result.amountFen).toBe(0n);
    expect(result.reasons).toEqual(['borrower medium-enterprise is not eligible']);
  });

  it('has no rate ceiling in the demo city: the seeds state none, so all interest above LPR − 150 bp is paid', () => {
    // Act: 4.51 %, above LPR 3.00 % + 150 bp
    const result = calculateEntrepreneurshipLoanSubsidy(loan({ loanRate: '0.0451' }), linshanDemoPolicy);

    // Assess: 100,000,000 × (0.0451 − 0.015) = 3,010,000
    expect(result.eligible).toBe(true);
    expect(result.amountFen).toBe(3_010_000n);
    expect(result.breakdown.map((l) => l.step)).not.toContain('rateCap');
  });

  it.each([
    // at the cap, LPR 3.00 % + 150 bp = 4.50 %: 100,000,000 × (0.045 − 0.015) = 3,000,000
    { loanRate: '0.045', subsidy: 3_000_000n, eligible: true },
    // above the cap in "ineligible" mode: nothing
    { loanRate: '0.0451', subsidy: 0n, eligible: false },
  ])(
    'optional rate cap (ineligible mode): a loan at $loanRate gets $subsidy fen',
    ({ loanRate, subsidy, eligible }) => {
      // Prepare: a city that set the ceiling no seed states
      const policy = demoPolicyWithParams('entrepreneurship-loan', {
        rateCap: { lprPlusBp: 150, mode: 'ineligible' },
      });

      // Act
      const result = calculateEntrepreneurshipLoanSubsidy(loan({ loanRate }), policy);

      // Assess
      expect(result.amountFen).toBe(subsidy);
      expect(result.eligible).toBe(eligible);
    },
  );

  it('optional rate cap (subsidise-up-to-cap mode): a loan above the cap is subsidised as if at the cap', () => {
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
