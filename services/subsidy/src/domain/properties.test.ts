import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Calculation, calculate } from './calculate-many.ts';
import { linshanDemoPolicy } from './demo-policy.ts';
import { calculateEntrepreneurshipLoanSubsidy } from './entrepreneurship-loan.ts';
import { calculateEthnicTradeLoanSubsidy } from './ethnic-trade-loan.ts';
import { calculateFeeSubsidy } from './fee-subsidy.ts';
import { calculateGuaranteeFee } from './guarantee-fee.ts';
import { calculatePatentPledgeLoanSubsidy } from './patent-pledge-loan.ts';
import { demoPolicyJson } from './policy.fixture.ts';
import { parseSubsidyPolicy } from './policy.ts';
import { resultToJson } from './result.ts';
import { calculateRiskCompensation } from './risk-compensation.ts';

// Independent helpers: bigint only, no Decimal, so the bounds do not trust the code under test.
const cny = (fen: bigint) => `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
/** n / 10^7 as a decimal string. */
const rate7 = (n: number) => {
  const digits = n.toString().padStart(8, '0');
  return `${digits.slice(0, -7)}.${digits.slice(-7)}`;
};
const isoDay = (offset: number) => new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
/** round_half_up(num / den) for non-negative values. */
const roundHalfUp = (num: bigint, den: bigint) => (2n * num + den) / (2n * den);

const fenArb = fc.bigInt({ min: 0n, max: 2_000_000_000n });
const rateArb = fc.integer({ min: 0, max: 800_000 }); // 0 … 8 % in units of 1e-7
const periodArb = fc
  .tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 800 }))
  .map(([start, length]) => ({
    periodStart: isoDay(start),
    periodEnd: isoDay(start + length),
    days: BigInt(length),
  }));
const borrowerArb = fc.constantFrom(
  'micro-enterprise',
  'small-enterprise',
  'medium-enterprise',
  'large-enterprise',
  'individual-business',
) as fc.Arbitrary<
  'micro-enterprise' | 'small-enterprise' | 'medium-enterprise' | 'large-enterprise' | 'individual-business'
>;
// Demo break-even rates in units of 1e-7: C 2.0 %, A 1.5 %, F 2.2 %, others ("*") 1.8 %.
const industryArb = fc.constantFrom(
  { code: 'C3911', breakEven: 200_000n },
  { code: 'A0111', breakEven: 150_000n },
  { code: 'F5110', breakEven: 220_000n },
  { code: 'K6620', breakEven: 180_000n },
);

describe('Property: subsidies are never negative and never above what they offset', () => {
  it('fee subsidy ≤ the fee at the break-even rate', () => {
    fc.assert(
      fc.property(
        fenArb,
        rateArb,
        periodArb,
        borrowerArb,
        industryArb,
        (amount, rate, period, borrowerType, industry) => {
          // Act
          const result = calculateFeeSubsidy(
            {
              contractDate: period.periodStart,
              periodStart: period.periodStart,
              periodEnd: period.periodEnd,
              guaranteeAmount: cny(amount),
              actualFeeRate: rate7(rate),
              borrowerType,
              industryCode: industry.code,
            },
            linshanDemoPolicy,
          );

          // Assess
          const breakEvenFee = roundHalfUp(amount * industry.breakEven * period.days, 10_000_000n * 360n);
          expect(result.amountFen >= 0n).toBe(true);
          expect(result.amountFen <= breakEvenFee).toBe(true);
        },
      ),
    );
  });

  it('entrepreneurship and ethnic-trade subsidies ≤ the interest on the loan', () => {
    fc.assert(
      fc.property(fenArb, rateArb, periodArb, borrowerArb, (principal, rate, period, borrowerType) => {
        // Prepare
        const common = {
          contractDate: period.periodStart,
          periodStart: period.periodStart,
          periodEnd: period.periodEnd,
          principal: cny(principal),
          loanRate: rate7(rate),
        };

        // Act
        const entrepreneurship = calculateEntrepreneurshipLoanSubsidy(
          { ...common, borrowerType },
          linshanDemoPolicy,
        );
        const ethnic = calculateEthnicTradeLoanSubsidy(
          { ...common, designatedProducer: true },
          linshanDemoPolicy,
        );

        // Assess
        const interest = roundHalfUp(principal * BigInt(rate) * period.days, 10_000_000n * 360n);
        for (const result of [entrepreneurship, ethnic]) {
          expect(result.amountFen >= 0n).toBe(true);
          expect(result.amountFen <= interest).toBe(true);
        }
      }),
    );
  });

  it('patent-pledge subsidy ≤ the interest paid', () => {
    const repaymentArb = fc.record({
      dueDate: fc.integer({ min: 0, max: 700 }).map(isoDay),
      paidDate: fc.integer({ min: 0, max: 700 }).map(isoDay),
      interest: fc.bigInt({ min: 0n, max: 50_000_000n }),
    });
    fc.assert(
      fc.property(fc.array(repaymentArb, { maxLength: 12 }), fc.boolean(), (repayments, fullyRepaid) => {
        // Act
        const result = calculatePatentPledgeLoanSubsidy(
          {
            contractDate: '2024-01-01',
            fullyRepaid,
            repayments: repayments.map((r) => ({
              dueDate: r.dueDate,
              paidDate: r.paidDate,
              interestPaid: cny(r.interest),
            })),
          },
          linshanDemoPolicy,
        );

        // Assess
        const paid = repayments.reduce((sum, r) => sum + r.interest, 0n);
        expect(result.amountFen >= 0n).toBe(true);
        expect(result.amountFen <= paid).toBe(true);
      }),
    );
  });
});

describe('Property: no day count pushes a year above its yearly rate', () => {
  // A period inside one calendar year — leap (2024, 2028) or common (2025) — possibly the whole year.
  const inOneYearArb = fc
    .tuple(
      fc.constantFrom(2024, 2025, 2028),
      fc.integer({ min: 0, max: 365 }),
      fc.integer({ min: 0, max: 366 }),
    )
    .map(([year, offset, length]) => {
      const yearDays = year === 2025 ? 365 : 366;
      const start = Math.min(offset, yearDays - 1);
      const day = (n: number) => new Date(Date.UTC(year, 0, 1 + n)).toISOString().slice(0, 10);
      return { periodStart: day(start), periodEnd: day(Math.min(start + length, yearDays)) };
    });

  it('ethnic-trade subsidy ≤ 2.88 % of principal within any calendar year', () => {
    fc.assert(
      fc.property(fenArb, rateArb, inOneYearArb, (principal, rate, period) => {
        // Act
        const result = calculateEthnicTradeLoanSubsidy(
          {
            contractDate: period.periodStart,
            ...period,
            principal: cny(principal),
            loanRate: rate7(rate),
            designatedProducer: true,
          },
          linshanDemoPolicy,
        );

        // Assess
        expect(result.amountFen <= roundHalfUp(principal * 288n, 10_000n)).toBe(true);
      }),
    );
  });

  it('guarantee fee ≤ amount × its yearly rate within any calendar year', () => {
    fc.assert(
      fc.property(fenArb, rateArb, inOneYearArb, (amount, rate, period) => {
        // Act
        const result = calculateGuaranteeFee(
          {
            contractDate: '2025-01-01',
            ...period,
            guaranteeAmount: cny(amount),
            feeRate: rate7(rate),
            borrowerType: 'small-enterprise',
          },
          linshanDemoPolicy,
        );

        // Assess
        expect(result.amountFen <= roundHalfUp(amount * BigInt(rate), 10_000_000n)).toBe(true);
      }),
    );
  });

  it('risk compensation on a balance held a whole calendar year is exactly rate × balance', () => {
    const yearArb = fc.constantFrom(
      { year: 2023, permille: 2n },
      { year: 2024, permille: 2n },
      { year: 2025, permille: 2n },
      { year: 2026, permille: 5n },
      { year: 2028, permille: 5n },
    );
    fc.assert(
      fc.property(fenArb, yearArb, (balance, { year, permille }) => {
        // Prepare
        const from = `${year}-01-01`;
        const to = `${year + 1}-01-01`;

        // Act
        const result = calculateRiskCompensation(
          { periodStart: from, periodEnd: to, segments: [{ from, to, balance: cny(balance) }] },
          linshanDemoPolicy,
        );

        // Assess
        expect(result.amountFen).toBe(roundHalfUp(balance * permille, 1_000n));
      }),
    );
  });
});

describe('Property: results do not depend on the order of input lists', () => {
  it('risk compensation: shuffled balance segments give byte-identical results', () => {
    const segmentArb = fc
      .tuple(fc.integer({ min: 0, max: 720 }), fc.integer({ min: 0, max: 400 }), fenArb)
      .map(([from, length, balance]) => ({
        from: isoDay(from),
        to: isoDay(from + length),
        balance: cny(balance),
      }));
    const shuffledArb = fc
      .array(segmentArb, { maxLength: 20 })
      .chain((segments) =>
        fc.tuple(
          fc.constant(segments),
          fc.shuffledSubarray(segments, { minLength: segments.length, maxLength: segments.length }),
        ),
      );
    fc.assert(
      fc.property(shuffledArb, ([segments, shuffled]) => {
        // Prepare: 2024–2025, a leap year and a common one
        const period = { periodStart: '2024-01-01', periodEnd: '2026-01-01' };

        // Act
        const original = calculateRiskCompensation({ ...period, segments }, linshanDemoPolicy);
        const reordered = calculateRiskCompensation({ ...period, segments: shuffled }, linshanDemoPolicy);

        // Assess
        expect(resultToJson(reordered)).toBe(resultToJson(original));
      }),
    );
  });

  it('patent pledge: shuffled repayments give byte-identical results, late reasons included', () => {
    const repaymentArb = fc
      .tuple(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: -5, max: 5 }),
        fc.bigInt({ min: 0n, max: 10_000_000n }),
      )
      .map(([due, delay, interest]) => ({
        dueDate: isoDay(due),
        paidDate: isoDay(due + delay),
        interestPaid: cny(interest),
      }));
    const shuffledArb = fc
      .array(repaymentArb, { maxLength: 12 })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
    fc.assert(
      fc.property(shuffledArb, ([repayments, shuffled]) => {
        // Act
        const original = calculatePatentPledgeLoanSubsidy(
          { contractDate: '2024-01-01', fullyRepaid: true, repayments },
          linshanDemoPolicy,
        );
        const reordered = calculatePatentPledgeLoanSubsidy(
          { contractDate: '2024-01-01', fullyRepaid: true, repayments: shuffled },
          linshanDemoPolicy,
        );

        // Assess
        expect(resultToJson(reordered)).toBe(resultToJson(original));
      }),
    );
  });
});

describe('Property: recomputing with the same policy version is byte-identical', () => {
  it('gives the same JSON from a freshly parsed copy of the policy', () => {
    const calculationArb: fc.Arbitrary<Calculation> = fc.oneof(
      fc.tuple(fenArb, rateArb, periodArb, borrowerArb).map(([amount, rate, period, borrowerType]) => ({
        program: 'guarantee-fee' as const,
        input: {
          contractDate: period.periodStart,
          periodStart: period.periodStart,
          periodEnd: period.periodEnd,
          guaranteeAmount: cny(amount),
          feeRate: rate7(rate),
          borrowerType,
        },
      })),
      fc
        .tuple(fenArb, rateArb, periodArb, borrowerArb, industryArb)
        .map(([amount, rate, period, borrowerType, industry]) => ({
          program: 'fee-subsidy' as const,
          input: {
            contractDate: period.periodStart,
            periodStart: period.periodStart,
            periodEnd: period.periodEnd,
            guaranteeAmount: cny(amount),
            actualFeeRate: rate7(rate),
            borrowerType,
            industryCode: industry.code,
          },
        })),
      fc.tuple(fenArb, rateArb, periodArb, borrowerArb).map(([principal, rate, period, borrowerType]) => ({
        program: 'entrepreneurship-loan' as const,
        input: {
          contractDate: period.periodStart,
          periodStart: period.periodStart,
          periodEnd: period.periodEnd,
          principal: cny(principal),
          loanRate: rate7(rate),
          borrowerType,
        },
      })),
    );
    fc.assert(
      fc.property(calculationArb, (calculation) => {
        // Prepare
        const freshPolicy = parseSubsidyPolicy(JSON.parse(JSON.stringify(demoPolicyJson())));

        // Act
        const first = resultToJson(calculate(calculation, linshanDemoPolicy));
        const second = resultToJson(calculate(structuredClone(calculation), freshPolicy));

        // Assess
        expect(second).toBe(first);
      }),
    );
  });
});
