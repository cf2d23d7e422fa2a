import { loadCityConfig } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { subsidyConfig } from './config.ts';
import { type Calculation, calculate } from './domain/calculate-many.ts';

/**
 * Worked examples over the policy as the linshan city file states it: every boundary the issue names,
 * each with its expected figure worked by hand in the comment. `figure` is the amount in fen for money
 * programs, `met`/`within` for the indicators, and the cap check for guarantee fees.
 */
const { policy } = subsidyConfig(loadCityConfig('linshan'));

// The whole of 2025: one year on actual/actual, so amount × rate is the figure for fees and capped rates.
const year2025 = { contractDate: '2025-01-01', periodStart: '2025-01-01', periodEnd: '2026-01-01' };
// 2025-03-01 → 2025-05-13 is 73 days: a fifth of 2025.
const fifth2025 = { contractDate: '2025-03-01', periodStart: '2025-03-01', periodEnd: '2025-05-13' };
const small = { borrowerType: 'small-enterprise' } as const;

const examples: { name: string; calculation: Calculation; figure: string }[] = [
  {
    name: 'guarantee fee: exactly 10,000,000.00 CNY at 1 % is within the 1 % tier',
    calculation: {
      program: 'guarantee-fee',
      input: { ...year2025, ...small, guaranteeAmount: '10000000.00', feeRate: '0.01' },
    },
    figure: '10000000 fen, cap 0.01, compliant', // 1,000,000,000 × 0.01
  },
  {
    name: 'guarantee fee: 0.01 pp over the cap is not compliant',
    calculation: {
      program: 'guarantee-fee',
      input: { ...year2025, ...small, guaranteeAmount: '10000000.00', feeRate: '0.0101' },
    },
    figure: '10100000 fen, cap 0.01, non-compliant',
  },
  {
    name: 'guarantee fee: 1,000,000,001 fen at 1.5 % is in the open tier',
    calculation: {
      program: 'guarantee-fee',
      input: { ...year2025, ...small, guaranteeAmount: '10000000.01', feeRate: '0.015' },
    },
    figure: '15000000 fen, cap 0.015, compliant', // 15,000,000.015 → 15,000,000
  },
  {
    name: 'guarantee fee: a whole leap year at the 1 % cap is exactly 1 %',
    calculation: {
      program: 'guarantee-fee',
      input: {
        contractDate: '2024-01-01',
        periodStart: '2024-01-01',
        periodEnd: '2025-01-01',
        ...small,
        guaranteeAmount: '10000000.00',
        feeRate: '0.01',
      },
    },
    figure: '10000000 fen, cap 0.01, compliant', // 1,000,000,000 × 0.01 × 366 / 366
  },
  {
    name: 're-guarantee fee: an individual business guaranteed exactly 500,000.00 pays none',
    calculation: {
      program: 'guarantee-fee',
      input: {
        ...year2025,
        borrowerType: 'individual-business',
        business: 're-guarantee',
        guaranteeAmount: '500000.00',
        feeRate: '0.005',
      },
    },
    figure: '0 fen, cap null, compliant',
  },
  {
    name: 'rounding: exactly half a fen rounds up',
    calculation: {
      program: 'guarantee-fee',
      input: { ...fifth2025, ...small, guaranteeAmount: '25002.50', feeRate: '0.01' },
    },
    figure: '5001 fen, cap 0.01, compliant', // 2,500,250 × 0.01 × 73 / 365 = 5,000.5
  },
  {
    name: 'rounding: just under half a fen rounds down',
    calculation: {
      program: 'guarantee-fee',
      input: { ...fifth2025, ...small, guaranteeAmount: '25002.49', feeRate: '0.01' },
    },
    figure: '5000 fen, cap 0.01, compliant', // 2,500,249 × 0.01 / 5 = 5,000.498
  },
  {
    name: 'fee subsidy: exactly 10,000,000.00 CNY is within 1000万元以下',
    calculation: {
      program: 'fee-subsidy',
      input: {
        ...year2025,
        ...small,
        guaranteeAmount: '10000000.00',
        actualFeeRate: '0.008',
        industryCode: 'C3420',
      },
    },
    figure: '12000000 fen', // 1,000,000,000 × (0.02 − 0.008)
  },
  {
    name: 'fee subsidy: a fee rate of exactly 1.5 % is not below 1.5 %',
    calculation: {
      program: 'fee-subsidy',
      input: {
        ...year2025,
        ...small,
        guaranteeAmount: '1000000.00',
        actualFeeRate: '0.015',
        industryCode: 'C3420',
      },
    },
    figure: '0 fen',
  },
  {
    name: 'fee subsidy: leap-year period 2024-02-28 → 2024-03-01 is 2 days',
    calculation: {
      program: 'fee-subsidy',
      input: {
        contractDate: '2024-02-28',
        periodStart: '2024-02-28',
        periodEnd: '2024-03-01',
        ...small,
        guaranteeAmount: '1000000.00',
        actualFeeRate: '0.005',
        industryCode: 'C3420',
      },
    },
    figure: '8197 fen', // 100,000,000 × (0.02 − 0.005) × 2 / 366 = 8,196.72…
  },
  {
    name: 'fee subsidy: the same dates in 2023 are 1 day',
    calculation: {
      program: 'fee-subsidy',
      input: {
        contractDate: '2023-02-28',
        periodStart: '2023-02-28',
        periodEnd: '2023-03-01',
        ...small,
        guaranteeAmount: '1000000.00',
        actualFeeRate: '0.005',
        industryCode: 'C3420',
      },
    },
    figure: '4110 fen', // 1,500,000 / 365 = 4,109.58…
  },
  {
    name: 'risk compensation: a whole leap year at 2‰ pays exactly 2‰, not 366/365 of it',
    calculation: {
      program: 'risk-compensation',
      input: {
        periodStart: '2024-01-01',
        periodEnd: '2025-01-01',
        segments: [{ from: '2024-01-01', to: '2025-01-01', balance: '365000.00' }],
      },
    },
    figure: '73000 fen', // 36,500,000 × 0.002 × 366 / 366
  },
  {
    name: 'risk compensation: 2022 is 1‰ to 30 March, 2‰ from seed 003 (31 March)',
    calculation: {
      program: 'risk-compensation',
      input: {
        periodStart: '2022-01-01',
        periodEnd: '2023-01-01',
        segments: [{ from: '2022-01-01', to: '2023-01-01', balance: '1000000.00' }],
      },
    },
    figure: '175616 fen', // 100,000,000 × (89 × 0.001 + 276 × 0.002) / 365 = 175,616.43…
  },
  {
    name: 'risk compensation: 5‰ from 2026, the year after the 14th five-year plan, leap 2028 included',
    calculation: {
      program: 'risk-compensation',
      input: {
        periodStart: '2028-01-01',
        periodEnd: '2029-01-01',
        segments: [{ from: '2028-01-01', to: '2029-01-01', balance: '1000000.00' }],
      },
    },
    figure: '500000 fen', // 100,000,000 × 0.005
  },
  {
    name: 'entrepreneurship loan: contracted 2024-06-28, LPR 3.45 % → borrower bears 1.95 %',
    calculation: {
      program: 'entrepreneurship-loan',
      input: {
        contractDate: '2024-06-28',
        periodStart: '2024-07-01',
        periodEnd: '2025-06-26',
        ...small,
        principal: '1000000.00',
        loanRate: '0.0345',
      },
    },
    figure: '1500000 fen', // 100,000,000 × (0.0345 − 0.0195)
  },
  {
    name: 'entrepreneurship loan: contracted 2024-07-01, the mid-year LPR 3.35 % applies',
    calculation: {
      program: 'entrepreneurship-loan',
      input: {
        contractDate: '2024-07-01',
        periodStart: '2024-07-01',
        periodEnd: '2025-06-26',
        ...small,
        principal: '1000000.00',
        loanRate: '0.0345',
      },
    },
    figure: '1600000 fen', // 100,000,000 × (0.0345 − 0.0185)
  },
  {
    name: 'entrepreneurship loan: 3,000,000.00 CNY is within 最高额度为300万元',
    calculation: {
      program: 'entrepreneurship-loan',
      input: {
        contractDate: '2025-06-01',
        periodStart: '2025-06-01',
        periodEnd: '2026-05-27',
        ...small,
        principal: '3000000.00',
        loanRate: '0.03',
      },
    },
    figure: '4500000 fen', // 300,000,000 × (0.03 − 0.015) × 360 / 360
  },
  {
    name: 'entrepreneurship loan: 3,000,000.01 CNY is above the maximum and not in the program',
    calculation: {
      program: 'entrepreneurship-loan',
      input: {
        contractDate: '2025-06-01',
        periodStart: '2025-06-01',
        periodEnd: '2026-05-27',
        ...small,
        principal: '3000000.01',
        loanRate: '0.03',
      },
    },
    figure: '0 fen',
  },
  {
    name: 'ethnic-trade loan: at most 2.88 % of principal a year',
    calculation: {
      program: 'ethnic-trade-loan',
      input: { ...year2025, principal: '1000000.00', loanRate: '0.05', designatedProducer: true },
    },
    figure: '2880000 fen',
  },
  {
    name: 'ethnic-trade loan: a whole leap year pays 2.88 %, not 366/365 of it',
    calculation: {
      program: 'ethnic-trade-loan',
      input: {
        contractDate: '2024-01-01',
        periodStart: '2024-01-01',
        periodEnd: '2025-01-01',
        principal: '1000000.00',
        loanRate: '0.05',
        designatedProducer: true,
      },
    },
    figure: '2880000 fen',
  },
  {
    name: 'patent-pledge loan: 50 % of the interest paid on time; half a fen rounds up',
    calculation: {
      program: 'patent-pledge-loan',
      input: {
        contractDate: '2025-01-01',
        fullyRepaid: true,
        repayments: [
          { dueDate: '2025-04-01', paidDate: '2025-04-01', interestPaid: '1000.01' },
          { dueDate: '2025-07-01', paidDate: '2025-06-30', interestPaid: '1000.00' },
        ],
      },
    },
    figure: '100001 fen', // (100,001 + 100,000) × 0.5 = 100,000.5
  },
  {
    name: 'patent-pledge loan: one instalment a day late pays nothing',
    calculation: {
      program: 'patent-pledge-loan',
      input: {
        contractDate: '2025-01-01',
        fullyRepaid: true,
        repayments: [
          { dueDate: '2025-04-01', paidDate: '2025-04-02', interestPaid: '1000.01' },
          { dueDate: '2025-07-01', paidDate: '2025-06-30', interestPaid: '1000.00' },
        ],
      },
    },
    figure: '0 fen',
  },
  {
    name: 'guarantee leverage: exactly 3× meets the target',
    calculation: {
      program: 'guarantee-leverage',
      input: { asOf: '2025-12-31', outstandingGuarantees: '300.00', netAssets: '100.00' },
    },
    figure: 'leverage 3.0000, met',
  },
  {
    name: 'guarantee leverage: one fen short of 3× does not',
    calculation: {
      program: 'guarantee-leverage',
      input: { asOf: '2025-12-31', outstandingGuarantees: '299.99', netAssets: '100.00' },
    },
    figure: 'leverage 2.9999, not met',
  },
  {
    name: 'NPL tolerance: overall + exactly 3 pp is within',
    calculation: {
      program: 'npl-tolerance',
      input: { asOf: '2025-12-31', overallNplRate: '0.018', smallBusinessNplRate: '0.048' },
    },
    figure: 'margin 0 pp, within',
  },
  {
    name: 'NPL tolerance: 0.01 pp more is over',
    calculation: {
      program: 'npl-tolerance',
      input: { asOf: '2025-12-31', overallNplRate: '0.018', smallBusinessNplRate: '0.0481' },
    },
    figure: 'margin -0.01 pp, over',
  },
];

/** The one figure a row checks, as text. */
function figureOf(calculation: Calculation): string {
  const result = calculate(calculation, policy);
  switch (result.program) {
    case 'guarantee-fee':
      return `${result.amountFen} fen, cap ${result.capRate}, ${result.compliant ? 'compliant' : 'non-compliant'}`;
    case 'guarantee-leverage':
      return `leverage ${result.leverage}, ${result.met ? 'met' : 'not met'}`;
    case 'npl-tolerance':
      return `margin ${result.marginPp} pp, ${result.within ? 'within' : 'over'}`;
    default:
      return `${result.amountFen} fen`;
  }
}

describe('Worked examples (linshan city file)', () => {
  it.each(examples)('$name: $figure', ({ calculation, figure }) => {
    // Act / Assess
    expect(figureOf(calculation)).toBe(figure);
  });

  it('names the version in force on the contract date in every result', () => {
    // Act
    const before = calculate(
      {
        program: 'guarantee-fee',
        input: {
          ...year2025,
          ...small,
          contractDate: '2024-12-31',
          guaranteeAmount: '1.00',
          feeRate: '0.01',
        },
      },
      policy,
    );
    const after = calculate(examples[0]?.calculation as Calculation, policy);

    // Assess
    expect(before.policyVersion.versionId).toBe('linshan-guarantee-fee-2022');
    expect(after.policyVersion.versionId).toBe('linshan-guarantee-fee-2025');
  });
});
