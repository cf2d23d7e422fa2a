/**
 * Times the pure push assignment of 5,000 enterprises across 20 banks: the median of 5 runs after
 * one warm-up, split into input validation and assignment, with the process CPU time beside the wall
 * time. Prints one JSON object.
 *
 * Run: node services/matching/bench/assign.ts
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { assignParsedBatch, guaranteeTypes, type PushBatchInput, parsePushBatchInput } from '../src/index.ts';

const ENTERPRISES = 5_000;
const BANKS = 20;
const RUNS = 5;
const CNY = 100;

/** mulberry32: a fixed seed makes every run assign the same city. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function city(seed: number): PushBatchInput {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const townships = Array.from({ length: 12 }, (_, i) => `5117020${String(i + 1).padStart(2, '0')}`);
  const industries = ['A0111', 'C1311', 'C3911', 'C3921', 'E4710', 'F5123', 'H6110', 'I6510'];
  const bankIds = Array.from({ length: BANKS }, (_, i) => `bank-${String(i + 1).padStart(2, '0')}`);
  const banks = bankIds.map((id, b) => ({
    id,
    capacity: 500 + Math.floor(rnd() * 500),
    industries: b % 4 === 0 ? [pick(['A', 'C', 'C39', 'F'])] : [],
    regions: b % 5 === 0 ? townships.slice(0, 6) : [],
    products: Array.from({ length: 3 + (b % 3) }, (_, p) => ({
      name: `${id}-product-${p + 1}`,
      minAmountFen: pick([10_000, 100_000, 500_000]) * CNY,
      maxAmountFen: pick([1_000_000, 3_000_000, 10_000_000, 30_000_000]) * CNY,
      minTermMonths: pick([1, 6, 12]),
      maxTermMonths: pick([12, 36, 60]),
      guaranteeTypes: guaranteeTypes.filter(() => rnd() < 0.5),
      creditLoan: p === 0,
    })),
  }));
  const enterprises = Array.from({ length: ENTERPRISES }, (_, i) => ({
    uscc: `915117${String(i + 1).padStart(12, '0')}`,
    entityType: rnd() < 0.3 ? ('individual-business' as const) : ('enterprise' as const),
    industryCode: pick(industries),
    township: pick(townships),
    keyIndustryChain: rnd() < 0.15,
    totalCreditFen: Math.floor(rnd() * 20_000_000) * CNY,
    existingBankIds: bankIds.filter(() => rnd() < 0.08),
    wishes: { bankIds: rnd() < 0.3 ? [pick(bankIds)] : [], productNames: [] },
    demand: {
      amountFen: pick([50_000, 300_000, 1_000_000, 2_000_000, 5_000_000]) * CNY,
      termMonths: pick([6, 12, 24, 36]),
      guaranteeType: pick(guaranteeTypes),
      creditLoanWanted: rnd() < 0.4,
    },
    declinedBy: rnd() < 0.1 ? [{ bankId: pick(bankIds), repairedAndRescreened: rnd() < 0.5 }] : [],
    blacklistHit: rnd() < 0.01,
    removed: rnd() < 0.01,
  }));
  return { enterprises, banks };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

const input = city(20_241_128);
const parseMs: number[] = [];
const assignMs: number[] = [];
// CPU time as well as wall time: on a shared two-core machine the wall clock also measures neighbours.
const cpuMs: number[] = [];
let pushes = 0;
for (let run = 0; run <= RUNS; run++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const parsed = parsePushBatchInput(input);
  const t1 = performance.now();
  const result = assignParsedBatch(parsed);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  pushes = result.banks.reduce((sum, b) => sum + b.load, 0);
  // Run 0 warms the JIT and is not counted.
  if (run === 0) continue;
  parseMs.push(t1 - t0);
  assignMs.push(t2 - t1);
  cpuMs.push((cpu.user + cpu.system) / 1000);
}
const totalMs = parseMs.map((p, i) => p + (assignMs[i] ?? 0));

console.log(
  JSON.stringify({
    bench: 'matching.assignPushBatch',
    enterprises: ENTERPRISES,
    banks: BANKS,
    runs: RUNS,
    pushes,
    medianMs: round(median(totalMs)),
    validateMedianMs: round(median(parseMs)),
    assignMedianMs: round(median(assignMs)),
    cpuMedianMs: round(median(cpuMs)),
    runsMs: totalMs.map(round),
    node: process.version,
    cpus: availableParallelism(),
  }),
);
