import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import { calculateEthnicTradeLoanSubsidy, type EthnicTradeLoanInput } from './ethnic-trade-loan.ts';

// 2025-03-01 → 2025-08-28 is 180 days.
function loan(overrides: Partial<EthnicTradeLoanInput>): EthnicTradeLoanInput {
  return {
    contractDate: '2025-03-01',
    periodStart: '2025-03-01',
    periodEnd: '2025-08-28',
    principal: '5000000.00',
    loanRate: '0.0435',
    designatedProducer: true,
    ...overrides,
  };
}

describe('Function: calculateEthnicTradeLoanSubsidy', () => {
  it.each([
    // capped at 2.88 %: 500,000,000 fen × 0.0288 × 180 / 360 = 7,200,000
    { name: 'a 4.35 % loan', input: {}, subsidy: 7_200_000n },
    // never above the loan's own rate: 500,000,000 × 0.025 × 180 / 360 = 6,250,000
    { name: 'a 2.5 % loan', input: { loanRate: '0.025' }, subsidy: 6_250_000n },
    // leap period 2024-02-28 → 2024-03-01 (2 days): 360,000,000 × 0.0288 × 2 / 360 = 57,600
    {
      name: 'a 2-day leap period',
      input: {
        contractDate: '2024-02-28',
        periodStart: '2024-02-28',
        periodEnd: '2024-03-01',
        principal: '3600000.00',
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
});
