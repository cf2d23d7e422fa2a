/**
 * Screening benchmark: 100,000 synthetic list entries (firms with Chinese names and USCCs, the
 * people behind them with ID numbers, phones and bank accounts, all hashed with a city key) loaded
 * through the same index cache the `run-screening` function uses; then 2,000 applications (an agent
 * firm, a consultant, sometimes a bare phone number) screened one by one, timing what the function
 * does per request after its index refresh: hashing the identifiers and screening every party.
 * A linear scan over every entry (normalisation precomputed) screens the first applications of the
 * same run, as the baseline, and must agree with the index on every party. Prints JSON.
 *
 *   node services/blacklist/bench/screening.ts [entries=100000] [applications=2000] [baseline=50]
 */

import { cpus } from 'node:os';
import { usccCheckCharacter } from '@sme/kernel';
import type { BlacklistEntry } from '../src/domain/entry.ts';
import { parseIdentifierKeyring } from '../src/domain/identifier-keyring.ts';
import { idNumberCheckCharacter } from '../src/domain/identifiers.ts';
import { compileNameRules } from '../src/domain/name-rules.ts';
import { compareNormalisedNames, NAME_MATCH_THRESHOLD, pinyinForms } from '../src/domain/name-similarity.ts';
import { normaliseName } from '../src/domain/normalise-name.ts';
import { type PartyInput, protectParty } from '../src/domain/parties.ts';
import {
  type PreparedParty,
  prepareParties,
  type ScreeningRequest,
  screenApplication,
  screeningRequestSchema,
} from '../src/domain/screen-application.ts';
import type { ListedEntrySource } from '../src/use-cases/ports.ts';
import { ScreeningIndexCache } from '../src/use-cases/screening-index-cache.ts';

const entryCount = Number(process.argv[2] ?? 100_000);
const applicationCount = Number(process.argv[3] ?? 2_000);
const baselineCount = Number(process.argv[4] ?? 50);
const keyring = parseIdentifierKeyring('bench-identifier-key-not-for-production');
const rules = compileNameRules({ localRegions: ['临山市', '东湖区', '西岭区', '青石镇', '云溪镇'] });

// Deterministic pseudo-random numbers (mulberry32) so runs are comparable.
let seed = 20_260_501;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

const tradeChars = [
  ...'鑫源宏远金诚汇通融信聚财恒普惠佳和盛世瑞丰众联达安德润天盈华泽博越鼎隆昌泰鸿运祥启航万中富利民易贷快卓永久乾元坤嘉兴弘荣锦银泓晟益康瀚宇辰星海峰琪璟煜骏腾飞翔云岭湖川江河山石林森茂',
];
const industries = [
  '商贸',
  '企业管理咨询',
  '商务信息咨询',
  '财务顾问',
  '金融信息服务',
  '融资担保咨询',
  '投资管理',
  '资产管理',
  '网络科技',
  '信息技术',
  '代理记账',
  '建材',
  '农业开发',
  '供应链管理',
];
const forms = ['有限公司', '有限责任公司', '股份有限公司', '服务部', '工作室', '经营部', '咨询中心'];
const regions = ['临山市', '东湖区', '西岭区', '临山市东湖区', '青石镇', '广东省', '深圳市', '', '', ''];
const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  '欧阳',
  '司马',
  '上官',
];
const givenChars = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华飞玉兰桂芝鹏辉建国志强海燕红梅文斌',
];

const tradeName = () => Array.from({ length: random() < 0.7 ? 2 : 3 }, () => pick(tradeChars)).join('');
const firmName = (trade: string) => `${pick(regions)}${trade}${pick(industries)}${pick(forms)}`;
const personName = () => `${pick(surnames)}${pick(givenChars)}${random() < 0.6 ? pick(givenChars) : ''}`;
const uscc = (n: number) => {
  const first17 = `91999101${String(n).padStart(9, '0').replace(/^0/, 'M')}`;
  return `${first17}${usccCheckCharacter(first17)}`;
};
const idNumber = () => {
  const birth = `19${60 + Math.floor(random() * 40)}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const first17 = `${pick(['999101', '999102', '440524', '110105'])}${birth}${digits(3)}`;
  return `${first17}${idNumberCheckCharacter(first17)}`;
};
const phone = () => `1${pick(['3', '5', '7', '8', '9'])}${digits(9)}`;
const account = () => `62${digits(17)}`;

// 1. The list: 55% a firm and the person behind it, 25% a person alone, 20% a firm alone.
interface Listed {
  firm?: { name: string; uscc: string; trade: string };
  person?: { name: string; idNumber: string; phones: string[] };
}
const listedRaw: Listed[] = [];
const projections: Pick<BlacklistEntry, 'entryId' | 'version' | 'state' | 'parties'>[] = [];
const hashStart = performance.now();
for (let i = 0; i < entryCount; i++) {
  const roll = random();
  const parties: PartyInput[] = [];
  const listed: Listed = {};
  if (roll < 0.75) {
    const trade = tradeName();
    listed.firm = { name: firmName(trade), uscc: uscc(i), trade };
    parties.push({
      kind: 'organisation',
      name: listed.firm.name,
      uscc: listed.firm.uscc,
      aliases: random() < 0.3 ? [`${trade}${pick(industries)}`] : [],
      phones: [],
      accounts: [],
    });
  }
  if (roll >= 0.2 || parties.length === 0) {
    listed.person = {
      name: personName(),
      idNumber: idNumber(),
      phones: [phone(), ...(random() < 0.3 ? [phone()] : [])],
    };
    parties.push({
      kind: 'individual',
      name: listed.person.name,
      idNumber: listed.person.idNumber,
      phones: listed.person.phones,
      accounts: [account()],
    });
  }
  listedRaw.push(listed);
  projections.push({
    entryId: `bl-${String(i).padStart(20, '0')}`,
    version: 2,
    state: random() < 0.93 ? 'confirmed' : 'revoked',
    parties: parties.map((p, j) => protectParty(p, `p${j + 1}`, keyring, `entries.${i}`)),
  });
}
const hashMs = performance.now() - hashStart;

const source: ListedEntrySource = { changedSince: async () => projections };
const cache = new ScreeningIndexCache(source, rules, { lookbackMs: 0, clock: () => new Date() });
const buildStart = performance.now();
const index = await cache.current();
const buildMs = performance.now() - buildStart;

// 2. Applications: an agent firm (a listed firm's name rewritten, its USCC, or an unrelated firm),
// a consultant (a listed broker's phone under another name, or an unrelated person), often a bare phone.
const firms = listedRaw.flatMap((l) => (l.firm ? [l.firm] : []));
const people = listedRaw.flatMap((l) => (l.person ? [l.person] : []));
const requests: ScreeningRequest[] = [];
for (let i = 0; i < applicationCount + 100; i++) {
  const firmRoll = random();
  const firm = pick(firms);
  const agent =
    firmRoll < 0.2
      ? { name: `${firm.trade}${firm.name.includes('咨询') ? '咨询' : ''}（临山）有限公司` }
      : firmRoll < 0.3
        ? { name: firmName(tradeName()), uscc: firm.uscc }
        : { name: firmName(tradeName()) };
  const consultantPhone = random() < 0.15 ? (pick(people).phones[0] ?? phone()) : phone();
  requests.push(
    screeningRequestSchema.parse({
      application: { uscc: uscc(900_000_000 + i) },
      parties: [
        { role: 'agent', kind: 'organisation', ...agent },
        { role: 'consultant', kind: 'individual', name: personName(), phones: [consultantPhone] },
      ],
      phones: random() < 0.5 ? [phone()] : [],
    }),
  );
}

const options = { threshold: NAME_MATCH_THRESHOLD, exclusions: new Map(), compositesOf: cache.compositesOf };
const screenOne = (request: ScreeningRequest) => {
  const prepared = prepareParties(request, keyring);
  return { prepared, result: screenApplication(index, prepared, options) };
};

// Warm-up lets the JIT settle so the timings describe a warm Lambda.
for (const request of requests.slice(0, 100)) screenOne(request);
const measured = requests.slice(100);
const timings: number[] = [];
const outcomes = { hit: 0, 'possible-hit': 0, clear: 0 };
const byParty: string[][] = [];
for (const request of measured) {
  const start = performance.now();
  const { result } = screenOne(request);
  timings.push(performance.now() - start);
  outcomes[result.outcome]++;
  byParty.push(result.parties.map((p) => `${p.outcome}:${p.matches.map((m) => m.entryId).join(',')}`));
}

// 3. Baseline: every party against every indexed entry, names normalised once beforehand.
const allNames = [...index.namesByEntry.values()].flat();
const allEntries = [...index.entries.values()];
function linearScan(prepared: PreparedParty[]): string[] {
  return prepared.map(({ party }) => {
    const strong = new Set<string>();
    const named = new Set<string>();
    const ids = [
      ...(party.kind === 'organisation' && party.uscc ? [`u:${party.uscc}`] : []),
      ...(party.kind === 'individual' && party.idNumberHash ? [`i:${party.idNumberHash}`] : []),
      ...(party.phoneHashes ?? []).map((h) => `p:${h}`),
      ...(party.accountHashes ?? []).map((h) => `a:${h}`),
    ];
    for (const e of allEntries) {
      const mine = new Set([
        ...(e.uscc ? [`u:${e.uscc}`] : []),
        ...e.idNumberHashes.map((h) => `i:${h}`),
        ...e.phoneHashes.map((h) => `p:${h}`),
        ...e.accountHashes.map((h) => `a:${h}`),
      ]);
      if (ids.some((id) => mine.has(id))) strong.add(e.entryId.split('~')[0] ?? '');
    }
    if (party.kind === 'organisation') {
      const queries = [party.name, ...(party.aliases ?? [])];
      for (const q of queries) {
        const query = normaliseName(q, rules);
        const pinyin = query.script === 'han' ? pinyinForms(query) : null;
        for (const candidate of allNames) {
          const c = compareNormalisedNames(query, candidate.normalised, { a: pinyin, b: candidate.pinyin });
          if (c.score >= NAME_MATCH_THRESHOLD) named.add(candidate.entryId.split('~')[0] ?? '');
        }
      }
    }
    const matched = [...new Set([...strong, ...named])].sort((a, b) => a.localeCompare(b));
    const outcome = strong.size > 0 ? 'hit' : named.size > 0 ? 'possible-hit' : 'clear';
    return `${outcome}:${matched.join(',')}`;
  });
}

const baselineTimings: number[] = [];
let disagreements = 0;
for (const [i, request] of measured.slice(0, baselineCount).entries()) {
  const prepared = prepareParties(request, keyring);
  const start = performance.now();
  const linear = linearScan(prepared);
  baselineTimings.push(performance.now() - start);
  const indexed = (byParty[i] ?? []).map((p) => {
    const [outcome, ids = ''] = p.split(':');
    return `${outcome}:${ids
      .split(',')
      .filter(Boolean)
      .sort((a, b) => a.localeCompare(b))
      .join(',')}`;
  });
  if (JSON.stringify(linear) !== JSON.stringify(indexed)) disagreements++;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const round = (ms: number) => Math.round(ms * 1000) / 1000;

console.log(
  JSON.stringify({
    bench: 'blacklist.screenApplication',
    entries: entryCount,
    indexedParties: index.entries.size,
    listedEntries: cache.size,
    hashEntriesMs: Math.round(hashMs),
    indexLoadMs: Math.round(buildMs),
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1_048_576),
    applications: measured.length,
    partiesPerApplication: round(byParty.reduce((n, p) => n + p.length, 0) / byParty.length),
    p50Ms: round(quantile(timings, 0.5)),
    p99Ms: round(quantile(timings, 0.99)),
    maxMs: round(Math.max(...timings)),
    outcomes,
    baseline: {
      method: 'linear scan of every entry, names normalised beforehand',
      applications: baselineTimings.length,
      p50Ms: round(quantile(baselineTimings, 0.5)),
      p99Ms: round(quantile(baselineTimings, 0.99)),
      disagreementsWithIndex: disagreements,
    },
    node: process.version,
    cpus: cpus().length,
  }),
);
