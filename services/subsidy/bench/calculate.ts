/**
 * Throughput of the pure calculators: a batch of 100,000 loans of mixed programs through
 * `calculateMany` against the linshan policy from the city file, median of 7 runs after one warm-up.
 * Inputs come from a fixed-seed generator, so every run computes the same batch. Also times the
 * booking computation (entitlement lines of 100,000 guarantees). Prints one JSON line and writes
 * bench/subsidy.md.
 *
 * Run: node services/subsidy/bench/calculate.ts
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadCityConfig } from '@sme/kernel';
import { subsidyConfig } from '../src/config.ts';
import { guaranteeFromApproval } from '../src/domain/book.ts';
import { type Calculation, calculateMany } from '../src/domain/calculate-many.ts';
import { guaranteeEntitlements } from '../src/domain/entitlements.ts';

const LOANS = 100_000;
const RUNS = 7;
const { policy } = subsidyConfig(loadCityConfig('linshan'));

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

function makeGuarantee(i: number) {
  const record = guaranteeFromApproval(
    {
      eventId: `bank-feedback:p-${i}:3`,
      pushId: `p-${i}`,
      batchId: 'pb-bench',
      uscc: `91999101MA${String(i).padStart(8, '0')}`,
      bankId: 'bank-gs',
      on: day(next(700)),
      amountFen: 1_000_000 + next(1_000_000_000),
      annualRatePercent: '3.45',
      termMonths: [6, 12, 24, 36][next(4)] ?? 12,
      guarantee: {
        guarantorId: 'ls-guarantee',
        feeRatePercent: ['0.5', '0.8', '1', '1.2'][next(4)] ?? '0.8',
      },
    },
    {
      uscc: 'x',
      enterpriseVersion: 1,
      borrowerType: borrowers[next(4)],
      industryCode: industries[next(5)] ?? 'C3911',
      tags: [],
    },
    ['ls-guarantee'],
    '2026-01-01T00:00:00.000Z',
  );
  if (record === undefined) throw new Error('a guarantee was asked for');
  return record;
}

/** Median and all runs in ms of `work`, after one warm-up run. */
function time(work: () => number): { medianMs: number; runsMs: number[]; units: number } {
  let units = work();
  const runsMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    units = work();
    runsMs.push(Math.round((performance.now() - started) * 10) / 10);
  }
  const medianMs = [...runsMs].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
  return { medianMs, runsMs, units };
}

const loans = Array.from({ length: LOANS }, (_, i) => makeLoan(i));
let failedRows = 0;
const calculations = time(() => {
  const outcomes = calculateMany(loans, policy);
  failedRows = outcomes.filter((o) => !o.ok).length;
  return outcomes.length;
});
const guarantees = Array.from({ length: LOANS }, (_, i) => makeGuarantee(i));
const booking = time(() =>
  guarantees.reduce((lines, g) => lines + guaranteeEntitlements(g, policy).length, 0),
);

const perSecond = (units: number, ms: number) => Math.round((units / ms) * 1000);
const result = {
  bench: 'subsidy.calculate',
  loans: LOANS,
  runs: RUNS,
  failedRows,
  medianMs: calculations.medianMs,
  calculationsPerSecond: perSecond(LOANS, calculations.medianMs),
  runsMs: calculations.runsMs,
  bookingMedianMs: booking.medianMs,
  bookingGuaranteesPerSecond: perSecond(LOANS, booking.medianMs),
  bookingLines: booking.units,
  bookingRunsMs: booking.runsMs,
  node: process.version,
  cpus: availableParallelism(),
  loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
};
console.log(JSON.stringify(result));

const fmt = (n: number) => n.toLocaleString('en-US');
const report = `# Benchmarks: guarantee and subsidy calculation (issue 6)

${new Date().toISOString().slice(0, 16)}Z · Node ${process.version} · ${availableParallelism()} cores, shared machine (1-minute load average ${result.loadAverage1m} at the end).

| what | command | result |
| --- | --- | --- |
| ${fmt(LOANS)} loans of mixed programs (guarantee fee, fee subsidy, risk compensation, entrepreneurship, ethnic-trade, patent-pledge), pure logic, \`calculateMany\` on the linshan policy (median of ${RUNS}) | \`node services/subsidy/bench/calculate.ts\` | **${fmt(result.calculationsPerSecond)} calculations/s** (${fmt(calculations.medianMs)} ms per batch; ${failedRows} rows refused; runs ${calculations.runsMs.join(', ')} ms) |
| entitlement lines of ${fmt(LOANS)} guarantees as an approval books them (fee subsidy and risk compensation per calendar year) | same | **${fmt(result.bookingGuaranteesPerSecond)} guarantees/s** (${fmt(booking.medianMs)} ms, ${fmt(booking.units)} lines; runs ${booking.runsMs.join(', ')} ms) |

Raw JSON of this run:

\`\`\`json
${JSON.stringify(result)}
\`\`\`

Notes: every input is parsed and validated (zod) before it is calculated, and every amount is exact
(decimal.js, 60 digits, one half-up rounding to the fen); both costs are inside the figures. A row
outside the policy would be answered with its field errors like any other (${failedRows} here). One
process, one core: the batch is not split. The machine is shared, so runs spread widely; the median is
the figure.
`;
writeFileSync(new URL('../../../bench/subsidy.md', import.meta.url), report);
