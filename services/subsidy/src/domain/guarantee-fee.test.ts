import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import {
  assertGuaranteeFeeCompliant,
  calculateGuaranteeFee,
  type GuaranteeFeeInput,
} from './guarantee-fee.ts';
import { issuesOf } from './policy.fixture.ts';

// Fees count actual/actual: a whole calendar year is exactly one year, so amount × rate is its fee.
const year2025 = { contractDate: '2025-01-01', periodStart: '2025-01-01', periodEnd: '2026-01-01' } as const;
// 2025-03-01 → 2025-05-13 is 73 days: a fifth of 2025's 365.
const fifth2025 = { contractDate: '2025-03-01', periodStart: '2025-03-01', periodEnd: '2025-05-13' } as const;

function loan(overrides: Partial<GuaranteeFeeInput>): GuaranteeFeeInput {
  return {
    ...year2025,
    guaranteeAmount: '1000000.00',
    feeRate: '0.01',
    borrowerType: 'small-enterprise',
    ...overrides,
  };
}

describe('Function: calculateGuaranteeFee', () => {
  it.each([
    // 999,999,999 fen × 0.01 = 9,999,999.99 → 10,000,000
    {
      name: '9,999,999.99 at 1 %',
      amount: '9999999.99',
      rate: '0.01',
      cap: '0.01',
      compliant: true,
      fee: 10_000_000n,
    },
    // 1,000,000,000 fen × 0.01 = 10,000,000 fen; "1000万元(含)以下" puts 10 M itself in the 1 % tier,
    // and "不高于1%" makes exactly 1 % compliant
    {
      name: '10,000,000.00 at 1 %',
      amount: '10000000.00',
      rate: '0.01',
      cap: '0.01',
      compliant: true,
      fee: 10_000_000n,
    },
    // 0.01 pp over: 1,000,000,000 × 0.0101 = 10,100,000
    {
      name: '10,000,000.00 at 1.01 %',
      amount: '10000000.00',
      rate: '0.0101',
      cap: '0.01',
      compliant: false,
      fee: 10_100_000n,
    },
    // the smallest step over 1 % a rate can take (12 places) is already over the cap
    {
      name: '10,000,000.00 at 1.000000000001 %',
      amount: '10000000.00',
      rate: '0.010000000001',
      cap: '0.01',
      compliant: false,
      fee: 10_000_000n,
    },
    // 1.5 % is only for guarantees above 10 M: at exactly 10 M it breaks the 1 % cap
    {
      name: '10,000,000.00 at 1.5 %',
      amount: '10000000.00',
      rate: '0.015',
      cap: '0.01',
      compliant: false,
      fee: 15_000_000n,
    },
    // 1,000,000,001 fen is above 10 M: cap 1.5 %; × 0.015 = 15,000,000.015 → 15,000,000
    {
      name: '1,000,000,001 fen at 1.5 %',
      amount: '10000000.01',
      rate: '0.015',
      cap: '0.015',
      compliant: true,
      fee: 15_000_000n,
    },
    // × 0.0151 = 15,100,000.0151 → 15,100,000
    {
      name: '1,000,000,001 fen at 1.51 %',
      amount: '10000000.01',
      rate: '0.0151',
      cap: '0.015',
      compliant: false,
      fee: 15_100_000n,
    },
  ])('$name: cap $cap, compliant $compliant, fee $fee fen', ({ amount, rate, cap, compliant, fee }) => {
    // Act
    const result = calculateGuaranteeFee(loan({ guaranteeAmount: amount, feeRate: rate }), linshanDemoPolicy);

    // Assess
    expect(result.capRate).toBe(cap);
    expect(result.compliant).toBe(compliant);
    expect(result.amountFen).toBe(fee);
    expect(result.policyVersion.versionId).toBe('linshan-guarantee-fee-2025');
    expect(result.policyVersion.citation).toEqual({ seed: '004', section: '(四)' });
  });

  it('halves the fee for a designated affected sector while that version is in force', () => {
    // Prepare: catering (H6210), 2,000,000.00 at 1.8 %, 183 days of leap 2024 (2024-03-01 → 2024-08-31)
    const input = loan({
      contractDate: '2024-03-01',
      periodStart: '2024-03-01',
      periodEnd: '2024-08-31',
      guaranteeAmount: '2000000.00',
      feeRate: '0.018',
      industryCode: 'H6210',
    });

    // Act
    const result = calculateGuaranteeFee(input, linshanDemoPolicy);

    // Assess: 200,000,000 fen × 0.009 × 183 / 366 = 900,000 fen; 0.9 % is within the 1 % cap
    expect(result.effectiveRate).toBe('0.009');
    expect(result.reliefs).toEqual(['affected-sector:H']);
    expect(result.compliant).toBe(true);
    expect(result.amountFen).toBe(900_000n);
    expect(result.policyVersion.versionId).toBe('linshan-guarantee-fee-2022');
  });

  it('charges the full rate once the relief version has ended (contract date picks the version)', () => {
    // Prepare: the same loan contracted in 2025
    const input = loan({
      ...fifth2025,
      guaranteeAmount: '2000000.00',
      feeRate: '0.018',
      industryCode: 'H6210',
    });

    // Act
    const result = calculateGuaranteeFee(input, linshanDemoPolicy);

    // Assess: 200,000,000 × 0.018 × 73 / 365 = 720,000 fen; 1.8 % breaks the 1 % cap
    expect(result.reliefs).toEqual([]);
    expect(result.compliant).toBe(false);
    expect(result.amountFen).toBe(720_000n);
  });

  it.each([
    { amount: '499999.99', fee: 0n, reliefs: ['re-guarantee-fee-waived'] },
    // "50万元以下" includes 500,000.00 itself
    { amount: '500000.00', fee: 0n, reliefs: ['re-guarantee-fee-waived'] },
    // one fen more pays: 50,000,001 fen × 0.005 = 250,000.005 → 250,000
    { amount: '500000.01', fee: 250_000n, reliefs: [] },
  ])('re-guarantee of $amount CNY for an individual business: fee $fee fen', ({ amount, fee, reliefs }) => {
    // Prepare
    const input = loan({
      business: 're-guarantee',
      borrowerType: 'individual-business',
      guaranteeAmount: amount,
      feeRate: '0.005',
    });

    // Act
    const result = calculateGuaranteeFee(input, linshanDemoPolicy);

    // Assess
    expect(result.amountFen).toBe(fee);
    expect(result.reliefs).toEqual(reliefs);
    expect(result.capRate).toBeNull();
  });

  it('does not waive the re-guarantee fee of a small enterprise', () => {
    // Prepare: 10,000,000 fen × 0.005 = 50,000 fen
    const input = loan({ business: 're-guarantee', guaranteeAmount: '100000.00', feeRate: '0.005' });

    // Act / Assess
    expect(calculateGuaranteeFee(input, linshanDemoPolicy).amountFen).toBe(50_000n);
  });

  it.each([
    // 366 days count 366/366: exactly 1 % of 100,000,000 fen, not 366/360 (1,016,667) or 366/365 (1,002,740)
    { year: 2024, start: '2024-01-01', end: '2025-01-01', days: '366' },
    { year: 2028, start: '2028-01-01', end: '2029-01-01', days: '366' },
    { year: 2025, start: '2025-01-01', end: '2026-01-01', days: '365' },
  ])(
    'charges a fee at the 1 % cap exactly 1 % for the whole of $year ($days days)',
    ({ start, end, days }) => {
      // Prepare: 1,000,000.00 at 1 %
      const input = loan({ contractDate: start, periodStart: start, periodEnd: end });

      // Act
      const result = calculateGuaranteeFee(input, linshanDemoPolicy);

      // Assess
      expect(result.breakdown).toContainEqual({ step: 'days', formula: expect.any(String), value: days });
      expect(result.amountFen).toBe(1_000_000n);
      expect(result.compliant).toBe(true);
    },
  );

  it.each([
    // 2024-02-28 → 2024-03-01 is 2 days of a 366-day year: 100,000,000 × 0.01 × 2 / 366 = 5,464.48… → 5,464
    { start: '2024-02-28', end: '2024-03-01', fee: 5_464n },
    // the same dates in 2023 are 1 day of 365: 2,739.72… → 2,740
    { start: '2023-02-28', end: '2023-03-01', fee: 2_740n },
    // 2024-07-01 → 2025-07-01: 184/366 + 181/365 of a year = 998,622.65… → 998,623
    { start: '2024-07-01', end: '2025-07-01', fee: 998_623n },
  ])('pro-rates $start → $end by the days of each year: $fee fen', ({ start, end, fee }) => {
    // Prepare: 1,000,000.00 at 1 %
    const input = loan({ contractDate: start, periodStart: start, periodEnd: end });

    // Act / Assess
    expect(calculateGuaranteeFee(input, linshanDemoPolicy).amountFen).toBe(fee);
  });

  it.each([
    // 2,500,250 fen × 0.01 × 73 / 365 = 5,000.5 exactly → up
    { amount: '25002.50', rate: '0.01', unrounded: '5000.5', fee: 5_001n, period: fifth2025 },
    // 2,500,249 fen × 0.01 × 73 / 365 = 5,000.498 → down
    { amount: '25002.49', rate: '0.01', unrounded: '5000.498', fee: 5_000n, period: fifth2025 },
    // 10,000,000 fen × 0.00900005 = 90,000.5 → up
    { amount: '100000.00', rate: '0.00900005', unrounded: '90000.5', fee: 90_001n, period: year2025 },
    // 10,000,000 fen × 0.00900004999 = 90,000.4999 → down
    { amount: '100000.00', rate: '0.00900004999', unrounded: '90000.4999', fee: 90_000n, period: year2025 },
  ])('rounds $unrounded fen to $fee once, half-up', ({ amount, rate, unrounded, fee, period }) => {
    // Act
    const result = calculateGuaranteeFee(
      loan({ ...period, guaranteeAmount: amount, feeRate: rate }),
      linshanDemoPolicy,
    );

    // Assess
    expect(result.breakdown.find((l) => l.step === 'feeUnroundedFen')?.value).toBe(unrounded);
    expect(result.amountFen).toBe(fee);
  });

  it('explains itself line by line, ending with the rounded fee', () => {
    // Act
    const result = calculateGuaranteeFee(loan({ guaranteeAmount: '10000000.00' }), linshanDemoPolicy);

    // Assess
    expect(result.breakdown.map((l) => l.step)).toEqual([
      'guaranteeAmountFen',
      'quotedRate',
      'effectiveRate',
      'capRate',
      'capCheck',
      'days',
      'feeUnroundedFen',
      'feeFen',
    ]);
    expect(result.breakdown.at(-1)?.value).toBe('10000000');
  });
});

describe('Function: assertGuaranteeFeeCompliant', () => {
  it('refuses a fee 0.01 pp over the cap, naming feeRate', () => {
    // Prepare
    const result = calculateGuaranteeFee(
      loan({ guaranteeAmount: '10000000.00', feeRate: '0.0101' }),
      linshanDemoPolicy,
    );

    // Act
    const issues = issuesOf(() => assertGuaranteeFeeCompliant(result));

    // Assess
    expect(issues).toEqual([{ path: 'feeRate', message: 'effective rate 0.0101 exceeds the cap 0.01' }]);
  });

  it('accepts a fee at the cap', () => {
    // Prepare
    const result = calculateGuaranteeFee(
      loan({ guaranteeAmount: '10000000.00', feeRate: '0.01' }),
      linshanDemoPolicy,
    );

    // Act / Assess
    expect(() => assertGuaranteeFeeCompliant(result)).not.toThrow(ValidationError);
  });
});
