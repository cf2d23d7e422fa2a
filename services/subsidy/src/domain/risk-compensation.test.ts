import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import { demoPolicyJson, issuesOf } from './policy.fixture.ts';
import { parseSubsidyPolicy } from './policy.ts';
import { calculateRiskCompensation } from './risk-compensation.ts';

// Demo versions (seed 003 §十四, dated 2022-03-31): 1‰ to 2022-03-30, 2‰ from 2022-03-31 to 2025-12-31,
// 5‰ from 2026-01-01. Actual/actual: a day is 1/365 of a common year, 1/366 of a leap year.
const held = (from: string, to: string, balance: string) => ({
  periodStart: from,
  periodEnd: to,
  segments: [{ from, to, balance }],
});

describe('Function: calculateRiskCompensation', () => {
  it.each([
    // 1,000,000,000 fen × 2‰ = 2,000,000 whatever the year's length: not 366/365 of it (2,005,479)
    { year: 2024, from: '2024-01-01', to: '2025-01-01', compensation: 2_000_000n },
    { year: 2025, from: '2025-01-01', to: '2026-01-01', compensation: 2_000_000n },
    // 5‰
    { year: 2026, from: '2026-01-01', to: '2027-01-01', compensation: 5_000_000n },
    { year: 2028, from: '2028-01-01', to: '2029-01-01', compensation: 5_000_000n },
  ])('pays exactly rate × balance for the whole of $year', ({ from, to, compensation }) => {
    // Act
    const result = calculateRiskCompensation(held(from, to, '10000000.00'), linshanDemoPolicy);

    // Assess
    expect(result.amountFen).toBe(compensation);
  });

  it('pro-rates part of a leap year by its 366 days', () => {
    // Act: 2024-01-01 → 2024-07-01 is 182 days
    const result = calculateRiskCompensation(
      held('2024-01-01', '2024-07-01', '10000000.00'),
      linshanDemoPolicy,
    );

    // Assess: 1,000,000,000 × 0.002 × 182 / 366 = 994,535.51… → 994,536 (182 / 365 would give 997,260)
    expect(result.amountFen).toBe(994_536n);
    expect(result.breakdown).toContainEqual({
      step: 'balanceDaysFen.2024-01-01',
      formula: expect.stringContaining('366-day year'),
      value: '182000000000',
    });
    expect(result.policyVersion.versionId).toBe('linshan-risk-compensation-2022-03-31');
  });

  it('splits a period across a leap year end by the days of each year', () => {
    // Act: 2,000,000.00 from 2024-07-01 to 2025-07-01: 184 days of 366, then 181 of 365
    const result = calculateRiskCompensation(
      held('2024-07-01', '2025-07-01', '2000000.00'),
      linshanDemoPolicy,
    );

    // Assess: 200,000,000 × 0.002 × (184/366 + 181/365) = 399,449.06… → 399,449
    expect(result.amountFen).toBe(399_449n);
  });

  it.each([
    // 365,000.00 for one day: 36,500,000 fen × rate / 365
    { day: '2022-03-30', to: '2022-03-31', rate: '0.001', compensation: 100n },
    { day: '2022-03-31', to: '2022-04-01', rate: '0.002', compensation: 200n },
    { day: '2025-12-31', to: '2026-01-01', rate: '0.002', compensation: 200n },
    { day: '2026-01-01', to: '2026-01-02', rate: '0.005', compensation: 500n },
  ])('pays $rate for the single day $day', ({ day, to, rate, compensation }) => {
    // Act
    const result = calculateRiskCompensation(held(day, to, '365000.00'), linshanDemoPolicy);

    // Assess
    expect(result.amountFen).toBe(compensation);
    expect(result.breakdown.find((l) => l.step === `rate.${day}`)?.value).toBe(rate);
  });

  it('applies 1‰ before seed 003 (2022-03-31) and 2‰ from it, within 2022', () => {
    // Act
    const result = calculateRiskCompensation(
      held('2022-01-01', '2023-01-01', '10000000.00'),
      linshanDemoPolicy,
    );

    // Assess: 1,000,000,000 × (89 × 0.001 + 276 × 0.002) / 365 = 1,756,164.38… → 1,756,164
    expect(result.amountFen).toBe(1_756_164n);
    expect(result.breakdown.filter((l) => l.step.startsWith('rate.'))).toEqual([
      {
        step: 'rate.2022-01-01',
        formula: 'yearly rate of linshan-risk-compensation-2022-01-01',
        value: '0.001',
      },
      {
        step: 'rate.2022-03-31',
        formula: 'yearly rate of linshan-risk-compensation-2022-03-31',
        value: '0.002',
      },
    ]);
    expect(result.policyVersion.versionId).toBe('linshan-risk-compensation-2022-01-01');
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
    // × 0.002 / 365 = 28,920,000 / 365 = 79,232.87… → 79,233
    expect(result.amountFen).toBe(79_233n);
  });

  it('applies each version its own rate (2‰ in 2025, 5‰ from 2026)', () => {
    // Act: 2,000,000.00 from 2025-07-01 to 2026-07-01: 184 days in 2025, 181 in 2026
    const result = calculateRiskCompensation(
      held('2025-07-01', '2026-07-01', '2000000.00'),
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

    // Assess: 36,500,000 × 31 × 0.002 / 365 = 6,200 exactly
    expect(result.amountFen).toBe(6_200n);
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

  it('refuses days after the last version of a city that ended it, naming periodEnd', () => {
    // Prepare: a city whose 5‰ version ends with 2026
    const json = demoPolicyJson();
    const programs = json.programs.map((v) =>
      v.id === 'linshan-risk-compensation-2026-01-01' ? { ...v, effectiveTo: '2026-12-31' } : v,
    );
    const policy = parseSubsidyPolicy({ ...json, programs });

    // Act
    const issues = issuesOf(() =>
      calculateRiskCompensation({ periodStart: '2026-06-01', periodEnd: '2027-06-01', segments: [] }, policy),
    );

    // Assess
    expect(issues.map((i) => i.path)).toEqual(['periodEnd']);
    expect(issues[0]?.message).toContain('2027-01-01');
  });

  it.each([
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
