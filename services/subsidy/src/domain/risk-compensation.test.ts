import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import { issuesOf } from './policy.fixture.ts';
import { calculateRiskCompensation } from './risk-compensation.ts';

// Demo: 2‰ in 2023–2024, 5‰ in 2025, day count actual/365.
describe('Function: calculateRiskCompensation', () => {
  it('pays the yearly rate on a balance held through a leap year (366/365)', () => {
    // Act
    const result = calculateRiskCompensation(
      {
        periodStart: '2024-01-01',
        periodEnd: '2025-01-01',
        segments: [{ from: '2024-01-01', to: '2025-01-01', balance: '10000000.00' }],
      },
      linshanDemoPolicy,
    );

    // Assess: 1,000,000,000 fen × 366 × 0.002 / 365 = 732,000,000 / 365 = 2,005,479.45… → 2,005,479
    expect(result.amountFen).toBe(2_005_479n);
    expect(result.breakdown).toContainEqual({
      step: 'balanceDaysFen.2024',
      formula: expect.any(String),
      value: '366000000000',
    });
    expect(result.policyVersion.versionId).toBe('linshan-risk-compensation-2022');
  });

  it('follows the balance down as a guarantee is repaid', () => {
    // Prepare: 1,000,000.00 guaranteed on 2025-01-01; 400,000.00 repaid 2025-04-01 (90 days), the
    // rest released 2025-07-01 (181 days)
    const segments = [
      { from: '2025-01-01', to: '2025-04-01', balance: '400000.00' },
      { from: '2025-01-01', to: '2025-07-01', balance: '600000.00' },
    ];

    // Act
    const result = calculateRiskCompensation(
      { periodStart: '2025-01-01', periodEnd: '2026-01-01', segments },
      linshanDemoPolicy,
    );

    // Assess: 40,000,000 × 90 + 60,000,000 × 181 = 14,460,000,000 fen·days;
    // × 0.005 / 365 = 72,300,000 / 365 = 198,082.19… → 198,082
    expect(result.amountFen).toBe(198_082n);
  });

  it('applies each calendar year its own rate (2‰ then 5‰)', () => {
    // Prepare: 2,000,000.00 from 2024-07-01 to 2025-07-01: 184 days in 2024, 181 in 2025
    const segments = [{ from: '2024-07-01', to: '2025-07-01', balance: '2000000.00' }];

    // Act
    const result = calculateRiskCompensation(
      { periodStart: '2024-07-01', periodEnd: '2025-07-01', segments },
      linshanDemoPolicy,
    );

    // Assess: (200,000,000 × 184 × 0.002 + 200,000,000 × 181 × 0.005) / 365
    //       = (73,600,000 + 181,000,000) / 365 = 697,534.24… → 697,534
    expect(result.amountFen).toBe(697_534n);
    expect(result.breakdown.filter((l) => l.step.startsWith('rate.')).map((l) => l.value)).toEqual([
      '0.002',
      '0.005',
    ]);
  });

  it('counts only the days of a segment that fall inside the period', () => {
    // Prepare: 365,000.00 from 2024-12-01 to 2025-03-01, period January 2025 (31 days)
    const segments = [{ from: '2024-12-01', to: '2025-03-01', balance: '365000.00' }];

    // Act
    const result = calculateRiskCompensation(
      { periodStart: '2025-01-01', periodEnd: '2025-02-01', segments },
      linshanDemoPolicy,
    );

    // Assess: 36,500,000 × 31 × 0.005 / 365 = 15,500 exactly
    expect(result.amountFen).toBe(15_500n);
  });

  it('pays nothing without balance', () => {
    // Act / Assess
    expect(
      calculateRiskCompensation(
        { periodStart: '2025-01-01', periodEnd: '2025-12-31', segments: [] },
        linshanDemoPolicy,
      ).amountFen,
    ).toBe(0n);
  });

  it.each([
    {
      name: 'a year without a rate',
      input: { periodStart: '2026-06-01', periodEnd: '2027-06-01', segments: [] },
      path: 'periodEnd',
    },
    {
      name: 'a period before any version',
      input: { periodStart: '2021-06-01', periodEnd: '2021-12-01', segments: [] },
      path: 'periodStart',
    },
    {
      name: 'a segment ending before it starts',
      input: {
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        segments: [{ from: '2025-03-01', to: '2025-02-01', balance: '1.00' }],
      },
      path: 'segments.0.to',
    },
    {
      name: 'a negative balance',
      input: {
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        segments: [{ from: '2025-01-01', to: '2025-02-01', balance: '-1.00' }],
      },
      path: 'segments.0.balance',
    },
  ])('refuses $name, naming $path', ({ input, path }) => {
    // Act
    const issues = issuesOf(() => calculateRiskCompensation(input, linshanDemoPolicy));

    // Assess
    expect(issues.map((i) => i.path)).toEqual([path]);
  });
});
