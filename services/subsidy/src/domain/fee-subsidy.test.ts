import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import { calculateFeeSubsidy, type FeeSubsidyInput } from './fee-subsidy.ts';
import { demoPolicyWithParams, issuesOf } from './policy.fixture.ts';

// 2025-01-01 → 2025-12-27 is 360 days. Demo break-even rates: "*" 1.8 %, A 1.5 %, C 2.0 %, F 2.2 %.
function guarantee(overrides: Partial<FeeSubsidyInput>): FeeSubsidyInput {
  return {
    contractDate: '2025-01-01',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-27',
    guaranteeAmount: '5000000.00',
    actualFeeRate: '0.008',
    borrowerType: 'small-enterprise',
    industryCode: 'C3911',
    ...overrides,
  };
}

describe('Function: calculateFeeSubsidy', () => {
  it.each([
    // 500,000,000 fen × (0.02 − 0.008) = 6,000,000
    { name: 'small manufacturer', input: {}, subsidy: 6_000_000n, breakEven: '0.02' },
    // finance (K) falls back to "*": 500,000,000 × (0.018 − 0.008) = 5,000,000
    {
      name: 'industry without its own rate',
      input: { industryCode: 'K6620' },
      subsidy: 5_000_000n,
      breakEven: '0.018',
    },
    // a medium enterprise qualifies through the agricultural tag: 500,000,000 × (0.015 − 0.008) = 3,500,000
    {
      name: 'medium agricultural enterprise',
      input: { borrowerType: 'medium-enterprise', tags: ['agricultural'], industryCode: 'A0111' },
      subsidy: 3_500_000n,
      breakEven: '0.015',
    },
    // just under 10 M: 999,999,999 fen × 0.012 = 11,999,999.988 → 12,000,000
    {
      name: '9,999,999.99 CNY',
      input: { guaranteeAmount: '9999999.99' },
      subsidy: 12_000_000n,
      breakEven: '0.02',
    },
    // just under 1.5 %: 500,000,000 × (0.02 − 0.0149) = 2,550,000
    { name: 'fee rate 1.49 %', input: { actualFeeRate: '0.0149' }, subsidy: 2_550_000n, breakEven: '0.02' },
  ] satisfies { name: string; input: Partial<FeeSubsidyInput>; subsidy: bigint; breakEven: string }[])(
    '$name: $subsidy fen',
    ({ input, subsidy, breakEven }) => {
      // Act
      const result = calculateFeeSubsidy(guarantee(input), linshanDemoPolicy);

      // Assess
      expect(result.eligible).toBe(true);
      expect(result.amountFen).toBe(subsidy);
      expect(result.breakdown.find((l) => l.step === 'breakEvenRate')?.value).toBe(breakEven);
      expect(result.policyVersion).toMatchObject({
        versionId: 'linshan-fee-subsidy-2022',
        citation: { seed: '003', section: '十四' },
      });
    },
  );

  it.each([
    {
      name: 'a medium enterprise without tags',
      input: { borrowerType: 'medium-enterprise' },
      reason: 'not eligible',
    },
    {
      name: 'exactly 10,000,000.00 CNY',
      input: { guaranteeAmount: '10000000.00' },
      reason: 'guarantee amount must be <',
    },
    {
      name: 'a fee rate of exactly 1.5 %',
      input: { actualFeeRate: '0.015' },
      reason: 'fee rate must be below 0.015',
    },
  ] satisfies { name: string; input: Partial<FeeSubsidyInput>; reason: string }[])(
    'pays nothing for $name',
    ({ input, reason }) => {
      // Act
      const result = calculateFeeSubsidy(guarantee(input), linshanDemoPolicy);

      // Assess
      expect(result.eligible).toBe(false);
      expect(result.amountFen).toBe(0n);
      expect(result.reasons.join('; ')).toContain(reason);
    },
  );

  it('is never negative when the actual rate is above the break-even rate', () => {
    // Prepare: a city whose break-even rate (1.0 %) is below the charged 1.2 %
    const policy = demoPolicyWithParams('fee-subsidy', { breakEvenRates: { '*': '0.01' } });

    // Act
    const result = calculateFeeSubsidy(guarantee({ actualFeeRate: '0.012' }), policy);

    // Assess
    expect(result.amountFen).toBe(0n);
    expect(result.reasons).toEqual(['actual fee rate is not below the break-even rate']);
  });

  it('pro-rates a leap-day period: 2024-02-28 → 2024-03-01 is 2 days', () => {
    // Prepare
    const input = guarantee({
      contractDate: '2024-02-28',
      periodStart: '2024-02-28',
      periodEnd: '2024-03-01',
    });

    // Act
    const result = calculateFeeSubsidy(input, linshanDemoPolicy);

    // Assess: 500,000,000 × 0.012 × 2 / 360 = 33,333.33… → 33,333
    expect(result.amountFen).toBe(33_333n);
  });

  it('refuses an industry the policy has no break-even rate for, naming industryCode', () => {
    // Prepare: a city that only priced manufacturing
    const policy = demoPolicyWithParams('fee-subsidy', { breakEvenRates: { C: '0.02' } });

    // Act
    const issues = issuesOf(() => calculateFeeSubsidy(guarantee({ industryCode: 'F5110' }), policy));

    // Assess
    expect(issues.map((i) => i.path)).toEqual(['industryCode']);
  });
});
