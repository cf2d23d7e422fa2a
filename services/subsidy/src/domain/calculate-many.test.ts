import { describe, expect, it } from 'vitest';
import { type Calculation, calculate, calculateMany } from './calculate-many.ts';
import { linshanDemoPolicy } from './demo-policy.ts';
import { issuesOf } from './policy.fixture.ts';

const fee = {
  contractDate: '2025-01-01',
  periodStart: '2025-01-01',
  periodEnd: '2026-01-01',
  guaranteeAmount: '1000000.00',
  feeRate: '0.01',
  borrowerType: 'small-enterprise',
} as const;

describe('Function: calculate', () => {
  it.each([
    {
      name: 'a negative amount',
      input: { ...fee, guaranteeAmount: '-1.00' },
      path: 'guaranteeAmount',
      message: 'must not be negative',
    },
    {
      name: 'three decimals',
      input: { ...fee, guaranteeAmount: '1.001' },
      path: 'guaranteeAmount',
      message: 'at most two decimals',
    },
    {
      name: 'a number instead of a string',
      input: { ...fee, guaranteeAmount: 100 },
      path: 'guaranteeAmount',
      message: '',
    },
    {
      name: 'a rate above 100 %',
      input: { ...fee, feeRate: '1.01' },
      path: 'feeRate',
      message: 'at most 1 (100 %)',
    },
    {
      name: 'a negative rate',
      input: { ...fee, feeRate: '-0.01' },
      path: 'feeRate',
      message: 'must not be negative',
    },
    {
      name: 'an end before the start',
      input: { ...fee, periodEnd: '2024-12-31' },
      path: 'periodEnd',
      message: 'before periodStart',
    },
    {
      name: 'an impossible date',
      input: { ...fee, periodEnd: '2025-02-29' },
      path: 'periodEnd',
      message: '',
    },
    {
      name: 'a date with no policy in force',
      input: { ...fee, contractDate: '2022-05-31' },
      path: 'contractDate',
      message: 'no version',
    },
    {
      name: 'an unknown field',
      input: { ...fee, discount: '0.5' },
      path: 'discount',
      message: 'unknown field',
    },
  ])('refuses $name, naming $path', ({ input, path, message }) => {
    // Act
    const issues = issuesOf(() =>
      calculate({ program: 'guarantee-fee', input } as Calculation, linshanDemoPolicy),
    );

    // Assess
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0]?.message).toContain(message);
  });

  it('refuses an unknown program, naming program', () => {
    // Act
    const issues = issuesOf(() =>
      calculate({ program: 'tax-holiday', input: fee } as unknown as Calculation, linshanDemoPolicy),
    );

    // Assess
    expect(issues).toEqual([{ path: 'program', message: 'unknown program "tax-holiday"' }]);
  });
});

describe('Function: calculateMany', () => {
  it('answers every row in order, with row-prefixed paths for the bad ones', () => {
    // Prepare
    const calculations = [
      { program: 'guarantee-fee', input: fee },
      { program: 'guarantee-fee', input: { ...fee, guaranteeAmount: '-5.00' } },
      {
        program: 'patent-pledge-loan',
        input: { contractDate: '2024-01-02', fullyRepaid: true, repayments: [] },
      },
      { program: 'tax-holiday', input: {} },
    ] as unknown as Calculation[];

    // Act
    const outcomes = calculateMany(calculations, linshanDemoPolicy);

    // Assess: 100,000,000 fen × 1 % for the whole of 2025 = 1,000,000 fen
    expect(outcomes.map((o) => o.index)).toEqual([0, 1, 2, 3]);
    const [first, second, third, fourth] = outcomes;
    expect(first?.ok && first.result.program === 'guarantee-fee' && first.result.amountFen).toBe(1_000_000n);
    expect(second?.ok === false && second.issues).toEqual([
      { path: '1.input.guaranteeAmount', message: 'must not be negative' },
    ]);
    expect(third?.ok && third.result.program === 'patent-pledge-loan' && third.result.reasons).toEqual([
      'no repayment reported',
    ]);
    expect(fourth?.ok === false && fourth.issues.map((i) => i.path)).toEqual(['3.program']);
  });
});
