/**
 * Throughput of the pure calculators: 100,000 mixed calculations through `calculateMany` against the
 * demo policy, median of 5 runs. Inputs come from a fixed-seed generator so every run is the same
 * batch. Prints one JSON line. Run: node services/subsidy/bench/batch.ts
 */
import { performance } from 'node:perf_hooks';
import { type Calculation, calculateMany, linshanDemoPolicy } from '../src/index.ts';

const LOANS = 100_000;
const RUNS = 5;

let seed = 20240701;
/** Park–Miller LCG: deterministic, good enough to vary inputs. */
function next(max: number): number {
  seed = (seed * 48271) % 2147483647;
  return seed % max;
}
const cny = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const rate = (tenthousandths: number) => `0.${String(tenthousandths).padStart(4, '0')}`;
const day = (offset: number) => new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
const borrowers = [
  'micro-enterprise',
  'small-enterprise',
  'medium-enterprise',
  'individual-business',
] as const;
const industries = ['C3911', 'A0111', 'F5110', 'H6210', 'K6620'] as const;

function makeLoan(i: number): Calculation {
  const start = next(600);
  const period = {
    contractDate: day(start),
    periodStart: day(start),
    periodEnd: day(start + 30 + next(360)),
  };
  const amount = cny(1_000_000 + next(1_500_000_000));
  const borrowerType = borrowers[next(borrowers.length)] ?? 'small-enterprise';
  switch (i % 6) {
    case 0:
      return {
        program: 'guarantee-fee',
        input: {
          ...period,
          guaranteeAmount: amount,
          feeRate: rate(next(160)),
          borrowerType,
          industryCode: industries[next(5)],
        },
      };
    case 1:
      return {
        program: 'fee-subsidy',
        input: {
          ...period,
          guaranteeAmount: amount,
          actualFeeRate: rate(next(160)),
          borrowerType,
          industryCode: industries[next(5)] ?? 'C3911',
        },
      };
    case 2:
      return {
        program: 'risk-compensation',
        input: {
          periodStart: '2024-01-01',
          periodEnd: '2026-01-01',
          segments: [0, 1, 2].map(() => {
            const from = next(700);
            return { from: day(from), to: day(from + next(300)), balance: cny(next(2_000_000_000)) };
          }),
        },
      };
    case 3:
      return {
        program: 'entrepreneurship-loan',
        input: { ...period, principal: amount, loanRate: rate(250 + next(250)), borrowerType },
      };
    case 4:
      return {
        program: 'ethnic-trade-loan',
        input: { ...period, principal: amount, loanRate: rate(300 + next(200)), designatedProducer: true },
      };
    default:
      return {
        program: 'patent-pledge-loan',
        input: {
          contractDate: period.contractDate,
          fullyRepaid: true,
          repayments: [0, 1, 2, 3].map((q) => {
            const due = start + 90 * (q + 1);
            return {
              dueDate: day(due),
              paidDate: day(due - 5 + next(6)),
              interestPaid: cny(next(5_000_000)),
            };
          }),
        },
      };
  }
}

const loans = Array.from({ length: LOANS }, (_, i) => makeLoan(i));
const timings: number[] = [];
let failed = 0;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const outcomes = calculateMany(loans, linshanDemoPolicy);
  timings.push(performance.now() - started);
  failed = outcomes.filter((o) => !o.ok).length;
}
const sorted = [...timings].sort((a, b) => a - b);
const medianMs = sorted[Math.floor(RUNS / 2)] ?? Number.NaN;
console.log(
  JSON.stringify({
    bench: 'subsidy.calculateMany',
    loans: LOANS,
    runs: RUNS,
    failedRows: failed,
    medianMs: Math.round(medianMs),
    loansPerSecond: Math.round((LOANS / medianMs) * 1000),
    node: process.version,
  }),
);
