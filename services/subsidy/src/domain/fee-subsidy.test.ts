import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import { calculateFeeSubsidy, type FeeSubsidyInput } from './fee-subsidy.ts';
import { demoPolicyWithParams, issuesOf } from './policy.fixture.ts';

// The whole of 2025, exactly one year on actual/actual. Demo break-even rates: "*" 1.8 %, A 1.5 %,
// C 2.0 %, F 2.2 %.
function guarantee(overrides: Partial<FeeSubsidyInput>): FeeSubsidyInput {
  return {
    contractDate: '2025-01-01',
    periodStart: '2025-01-01',
    periodEnd: '2026-01-01',
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
    // "单户担保金额1000万元以下" includes 10 M itself: 1,000,000,000 × 0.012 = 12,000,000
    {
      name: 'exactly 10,000,000.00 CNY',
      input: { guaranteeAmount: '10000000.00' },
      subsidy: 12_000_000n,
      breakEven: '0.02',
    },
    // just under 1.5 %: 500,000,000 × (0.02 − 0.0149) = 2,550,000
    { name: 'fee rate 1.49 %', input: { actualFeeRate: '0.0149' }, subsidy: 2_550_000n, breakEven: '0.02' },
    // the last rate below 1.5 % (12 places): 500,000,000 × 0.005000000001 = 2,500,000.0005 → 2,500,000
    {
      name: 'fee rate 1.4999999999 %',
      input: { actualFeeRate: '0.014999999999' },
      subsidy: 2_500_000n,
      breakEven: '0.02',
    },
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
      name: '10,000,000.01 CNY, one fen above 10 M',
      input: { guaranteeAmount: '10000000.01' },
      reason: 'guarantee amount must be ≤ 1000000000 fen',
    },
    // "担保费率低于1.5%": 低于 excludes 1.5 % itself
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

  it.each([
    // 2 days (28 and 29 Feb) of a 366-day year: 500,000,000 × 0.012 × 2 / 366 = 32,786.88… → 32,787
    { start: '2024-02-28', end: '2024-03-01', subsidy: 32_787n },
    // a whole leap year pays the gap once: 500,000,000 × 0.012 × 366 / 366 = 6,000,000
    { start: '2024-01-01', end: '2025-01-01', subsidy: 6_000_000n },
    { start: '2028-01-01', end: '2029-01-01', subsidy: 6_000_000n },
    // 1 day of a 365-day year: 16,438.35… → 16,438
    { start: '2023-02-28', end: '2023-03-01', subsidy: 16_438n },
  ])('pro-rates $start → $end by the days of its year: $subsidy fen', ({ start, end, subsidy }) => {
    // Prepare
    const input = guarantee({ contractDate: start, periodStart: start, periodEnd: end });

    // Act
    const result = calculateFeeSubsidy(input, linshanDemoPolicy);

    // Assess
    expect(result.amountFen).toBe(subsidy);
  });

  it('is in force from the date of seed 003, 2022-03-31, not a day earlier', () => {
    // Prepare
    const on = (day: string) => guarantee({ contractDate: day, periodStart: day, periodEnd: '2022-04-30' });

    // Act
    const before = issuesOf(() => calculateFeeSubsidy(on('2022-03-30'), linshanDemoPolicy));
    const from = calculateFeeSubsidy(on('2022-03-31'), linshanDemoPolicy);

    // Assess
    expect(before.map((i) => i.path)).toEqual(['contractDate']);
    expect(from.policyVersion.versionId).toBe('linshan-fee-subsidy-2022');
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
