import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import { calculateEthnicTradeLoanSubsidy, type EthnicTradeLoanInput } from './ethnic-trade-loan.ts';

// 2025-03-01 → 2025-05-13 is 73 days: a fifth of 2025's 365.
function loan(overrides: Partial<EthnicTradeLoanInput>): EthnicTradeLoanInput {
  return {
    contractDate: '2025-03-01',
    periodStart: '2025-03-01',
    periodEnd: '2025-05-13',
    principal: '5000000.00',
    loanRate: '0.0435',
    designatedProducer: true,
    ...overrides,
  };
}

describe('Function: calculateEthnicTradeLoanSubsidy', () => {
  it.each([
    // capped at 2.88 %: 500,000,000 fen × 0.0288 × 73 / 365 = 2,880,000
    { name: 'a 4.35 % loan', input: {}, subsidy: 2_880_000n },
    // never above the loan's own rate: 500,000,000 × 0.025 × 73 / 365 = 2,500,000
    { name: 'a 2.5 % loan', input: { loanRate: '0.025' }, subsidy: 2_500_000n },
    // leap period 2024-02-28 → 2024-03-01 (2 days of 366): 366,000,000 × 0.0288 × 2 / 366 = 57,600
    {
      name: 'a 2-day leap period',
      input: {
        contractDate: '2024-02-28',
        periodStart: '2024-02-28',
        periodEnd: '2024-03-01',
        principal: '3660000.00',
      },
      subsidy: 57_600n,
    },
    { name: 'a producer that is not designated', input: { designatedProducer: false }, subsidy: 0n },
  ] satisfies { name: string; input: Partial<EthnicTradeLoanInput>; subsidy: bigint }[])(
    '$name: $subsidy fen',
    ({ input, subsidy }) => {
      // Act
      const result = calculateEthnicTradeLoanSubsidy(loan(input), linshanDemoPolicy);

      // Assess
      expect(result.amountFen).toBe(subsidy);
      expect(result.policyVersion.citation).toEqual({ seed: '004', section: '(六)' });
    },
  );

  it.each([
    // "不高于贷款本金2.88%": 1,000,000.00 CNY earns at most 28,800.00 in any year. A 366-day year on
    // actual/365 would pay 2,887,890; actual/360 pays 2,920,000 in a common year and 2,928,000 in a leap year.
    { start: '2024-01-01', end: '2025-01-01', subsidy: 2_880_000n },
    { start: '2028-01-01', end: '2029-01-01', subsidy: 2_880_000n },
    { start: '2025-01-01', end: '2026-01-01', subsidy: 2_880_000n },
    // two whole years, one of them leap: twice the cap, not a fen more
    { start: '2024-01-01', end: '2026-01-01', subsidy: 5_760_000n },
    // 2024-12-31 alone is 1/366 of a year: 2,880,000 / 366 = 7,868.85… → 7,869
    { start: '2024-12-31', end: '2025-01-01', subsidy: 7_869n },
    // 2025-12-31 alone is 1/365: 7,890.41… → 7,890
    { start: '2025-12-31', end: '2026-01-01', subsidy: 7_890n },
  ])('pays at most 2.88 % of principal a year: $start → $end is $subsidy fen', ({ start, end, subsidy }) => {
    // Prepare: 1,000,000.00 at 5 %, above the cap
    const input = loan({
      contractDate: start,
      periodStart: start,
      periodEnd: end,
      principal: '1000000.00',
      loanRate: '0.05',
    });

    // Act
    const result = calculateEthnicTradeLoanSubsidy(input, linshanDemoPolicy);

    // Assess
    expect(result.amountFen).toBe(subsidy);
  });
});
