/**
 * Screening benchmark: 100,000 synthetic confirmed entries (names generated from trade-name
 * syllables, industries and legal forms; one in ten an individual with hashed identifiers), then
 * 1,000 party screenings timed one by one. Prints JSON.
 *
 *   node services/blacklist/bench/screening.ts [entries] [queries]
 */

import type { ScreeningParty } from '../src/index.ts';
import {
  buildScreeningIndex,
  compileNameRules,
  hashIdentifier,
  type ScreeningEntry,
  screenParty,
} from '../src/index.ts';

const entryCount = Number(process.argv[2] ?? 100_000);
const queryCount = Number(process.argv[3] ?? 1_000);
const secret = 'bench-secret-not-for-production';

// Deterministic pseudo-random numbers (mulberry32) so runs are comparable.
let seed = 20_240_601;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const tradeSyllables = [
  ...'鑫源宏远金诚汇通融信聚财恒普惠佳和盛世瑞丰众联达安德润天盈华泽博越鼎隆昌泰鸿运祥启航万中富利民易贷快卓永久乾元坤嘉兴弘荣锦银泓晟益康泽瀚宇辰星海峰',
];
const industries = [
  '商贸',
  '企业管理咨询',
  '信息咨询服务',
  '财务顾问',
  '金融服务外包',
  '助贷服务',
  '融资顾问',
  '投资咨询',
  '商务信息咨询',
  '资产管理',
  '贷款咨询',
  '经济信息咨询',
  '网络科技',
  '代理记账',
  '建材',
  '餐饮管理',
];
const forms = ['有限公司', '有限责任公司', '股份有限公司', '服务部', '工作室', '经营部', '中心', ''];
const regions = ['临山市', '东湖区', '西岭区', '临山市东湖区', '广东省', '北京', '深圳市', '', '', ''];
const localRegions = ['临山市', '东湖区', '西岭区'];

const tradeName = () => Array.from({ length: random() < 0.7 ? 2 : 3 }, () => pick(tradeSyllables)).join('');
const orgName = (trade: string) => `${pick(regions)}${trade}${pick(industries)}${pick(forms)}`;
const phoneDigits = (i: number) => `13${String(100_000_000 + i).slice(-9)}`;

const entries: ScreeningEntry[] = [];
const trades: string[] = [];
for (let i = 0; i < entryCount; i++) {
  if (i % 10 === 9) {
    entries.push({
      entryId: `e-${i}`,
      status: 'confirmed',
      kind: 'individual',
      names: ['张伟'],
      idNumberHashes: [],
      phoneHashes: [hashIdentifier('phone', phoneDigits(i), secret)],
      accountHashes: [],
    });
    continue;
  }
  const trade = tradeName();
  trades.push(trade);
  const names = [orgName(trade)];
  if (random() < 0.3) names.push(`${trade}${pick(industries)}`);
  entries.push({
    entryId: `e-${i}`,
    status: random() < 0.9 ? 'confirmed' : 'revoked',
    names,
    uscc: `91999101MA${String(i).padStart(8, '0')}`,
    idNumberHashes: [],
    phoneHashes: [],
    accountHashes: [],
  });
}

const parties: ScreeningParty[] = [];
for (let i = 0; i < queryCount + 100; i++) {
  const roll = random();
  if (roll < 0.4) parties.push({ kind: 'organisation', name: orgName(pick(trades)) });
  else if (roll < 0.7)
    parties.push({ kind: 'organisation', name: orgName(tradeName()), aliases: [tradeName()] });
  else if (roll < 0.8) parties.push({ kind: 'organisation', name: 'Xinyuan Shangmao Co., Ltd.' });
  else {
    const n = Math.floor(random() * entryCount);
    parties.push({
      kind: 'individual',
      name: '张伟',
      phoneHashes: [hashIdentifier('phone', phoneDigits(n), secret)],
    });
  }
}

const buildStart = performance.now();
const index = buildScreeningIndex(entries, compileNameRules({ localRegions }));
const buildMs = performance.now() - buildStart;

// Warm-up lets the JIT settle so the timings describe a warm Lambda.
for (const party of parties.slice(0, 100)) screenParty(index, party);

const timings: number[] = [];
const outcomes = { hit: 0, 'possible-hit': 0, clear: 0 };
let candidates = 0;
for (const party of parties.slice(100)) {
  const start = performance.now();
  const result = screenParty(index, party);
  timings.push(performance.now() - start);
  outcomes[result.outcome]++;
  candidates += result.candidatesExamined;
}

const sorted = [...timings].sort((a, b) => a - b);
const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const applications: number[] = [];
for (let i = 0; i + 3 <= timings.length; i += 3) {
  applications.push((timings[i] ?? 0) + (timings[i + 1] ?? 0) + (timings[i + 2] ?? 0));
}
applications.sort((a, b) => a - b);
const round = (ms: number) => Math.round(ms * 1000) / 1000;

console.log(
  JSON.stringify(
    {
      benchmark: 'blacklist screening',
      entries: entryCount,
      indexedEntries: index.entries.size,
      buildMs: Math.round(buildMs),
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1_048_576),
      queries: timings.length,
      partyP50Ms: round(quantile(0.5)),
      partyP99Ms: round(quantile(0.99)),
      partyMaxMs: round(sorted[sorted.length - 1] ?? 0),
      applicationOf3P99Ms: round(
        applications[Math.min(applications.length - 1, Math.floor(0.99 * applications.length))] ?? 0,
      ),
      meanCandidatesExamined: Math.round((candidates / timings.length) * 10) / 10,
      outcomes,
    },
    null,
    2,
  ),
);
