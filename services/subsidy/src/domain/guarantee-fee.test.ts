import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import {
  assertGuaranteeFeeCompliant,
  calculateGuaranteeFee,
  type GuaranteeFeeInput,
} from './guarantee-fee.ts';
import { issuesOf } from './policy.fixture.ts';

// 2025-01-01 → 2025-12-27 is 360 days, so amount × rate × 360 / 360 is the fee for exactly one "year".
const year2025 = { contractDate: '2025-01-01', periodStart: '2025-01-01', periodEnd: '2025-12-27' } as const;
// 2025-03-01 → 2025-08-28 is 180 days: half a 360-day year.
const half2025 = { contractDate: '2025-03-01', periodStart: '2025-03-01', periodEnd: '2025-08-28' } as const;

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
    // 1,000,000,000 fen × 0.01 = 10,000,000 fen; the 10 M tier includes 10 M itself
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
    // Prepare: catering (H6210), 2,000,000.00 at 1.8 %, 180 days in 2024 (2024-03-01 → 2024-08-28)
    const input = loan({
      contractDate: '2024-03-01',
      periodStart: '2024-03-01',
      periodEnd: '2024-08-28',
      guaranteeAmount: '2000000.00',
      feeRate: '0.018',
      industryCode: 'H6210',
    });

    // Act
    const result = calculateGuaranteeFee(input, linshanDemoPolicy);

    // Assess: 200,000,000 fen × 0.009 × 180 / 360 = 900,000 fen; 0.9 % is within the 1 % cap
    expect(result.effectiveRate).toBe('0.009');
    expect(result.reliefs).toEqual(['affected-sector:H']);
    expect(result.compliant).toBe(true);
    expect(result.amountFen).toBe(900_000n);
    expect(result.policyVersion.versionId).toBe('linshan-guarantee-fee-2022');
  });

  it('charges the full rate once the relief version has ended (contract date picks the version)', () => {
    // Prepare: the same loan contracted in 2025
    const input = loan({
      ...half2025,
      guaranteeAmount: '2000000.00',
      feeRate: '0.018',
      industryCode: 'H6210',
    });

    // Act
    const result = calculateGuaranteeFee(input, linshanDemoPolicy);

    // Assess: 200,000,000 × 0.018 × 180 / 360 = 1,800,000 fen; 1.8 % breaks the 1 % cap
    expect(result.reliefs).toEqual([]);
    expect(result.compliant).toBe(false);
    expect(result.amountFen).toBe(1_800_000n);
  });

  it.each([
    // under 500,000.00: waived
    { amount: '499999.99', fee: 0n, reliefs: ['re-guarantee-fee-waived'] },
    // 500,000.00 is not "under": 50,000,000 fen × 0.005 = 250,000
    { amount: '500000.00', fee: 250_000n, reliefs: [] },
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

  it('counts the 366 days of a leap year', () => {
    // Prepare: 2024-01-01 → 2025-01-01, 1,000,000.00 at 1 %
    const input = loan({ contractDate: '2024-01-01', periodStart: '2024-01-01', periodEnd: '2025-01-01' });

    // Act
    const result = calculateGuaranteeFee(input, linshanDemoPolicy);

    // Assess: 100,000,000 × 0.01 × 366 / 360 = 1,016,666.666… → 1,016,667
    expect(result.breakdown).toContainEqual({ step: 'days', formula: expect.any(String), value: '366' });
    expect(result.amountFen).toBe(1_016_667n);
  });

  it.each([
    // 1,000,100 fen × 0.01 × 180 / 360 = 5,000.5 exactly → up
    { amount: '10001.00', rate: '0.01', unrounded: '5000.5', fee: 5_001n, period: half2025 },
    // 1,000,099 fen × 0.01 × 180 / 360 = 5,000.495 → down
    { amount: '10000.99', rate: '0.01', unrounded: '5000.495', fee: 5_000n, period: half2025 },
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
