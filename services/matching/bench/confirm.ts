/**
 * Times a push batch of 5,000 recommended enterprises across 20 banks end to end over HTTP on the
 * local stack: POST /v1/push-batches (read, assign, store as DRAFT) and POST …/confirm (every chunk
 * in its own transaction, then one EnterprisePushed per push). The city is linshan with 16 more
 * banks; the declarations are seeded straight into the table as RECOMMENDED, so only the two
 * timed requests go through the API. Prints one JSON object.
 *
 * Run: node services/matching/bench/confirm.ts
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type CityConfig, loadCityConfig, parseCityConfig } from '@sme/kernel';
import { seedClients, startLocalStack } from '@sme/local';
import { documentClient, tableName } from '@sme/runtime';
import { DynamoDbDeclarationStore } from '../src/adapters/dynamodb-declaration-store.ts';
import type { Declaration } from '../src/domain/declaration.ts';
import { guaranteeTypes } from '../src/domain/push-input.ts';
import { screenDeclaration } from '../src/domain/screening.ts';

const CNY = 100;

/** mulberry32: a fixed seed makes every run push the same city. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** linshan with `banks` banks in all, each with a speciality, capacity for a full batch. */
export function benchCity(banks: number, enterprises: number, seed: number): CityConfig {
  const base = loadCityConfig('linshan');
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const extra = Array.from({ length: banks - base.banks.length }, (_, i) => ({
    id: `bank-b${String(i + 5).padStart(2, '0')}`,
    name: `临山基准测试银行${i + 5}`,
    delivery: { kind: 'sqs' as const, accountId: '333333333333' },
  }));
  const all = [...base.banks, ...extra];
  const profiles = Object.fromEntries(
    all.map((bank, b) => [
      bank.id,
      {
        capacity: Math.ceil((enterprises * 3) / banks) + 200,
        industries: b % 4 === 0 ? [pick(['C', 'F', 'C34'])] : [],
        regions: [],
        products: Array.from({ length: 3 }, (_, p) => ({
          name: `${bank.id}-product-${p + 1}`,
          minAmountFen: pick([10_000, 50_000]) * CNY,
          maxAmountFen: pick([5_000_000, 10_000_000]) * CNY,
          minTermMonths: 1,
          maxTermMonths: pick([36, 60]),
          guaranteeTypes: p === 0 ? [] : guaranteeTypes.filter((g) => g !== 'credit' && rnd() < 0.7),
          creditLoan: p === 0,
        })),
      },
    ]),
  );
  return parseCityConfig(
    { ...base, banks: all, matching: { ...base.matching, banks: profiles } },
    'bench city',
  );
}

/** A recommended declaration whose screening passed, as the API would have left it. */
export function recommended(n: number, city: CityConfig, rnd: () => number, now: string): Declaration {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const uscc = `91999101B${String(n).padStart(8, '0')}X`;
  const townships = city.districts.flatMap((d) => d.townships.map((t) => t.code));
  const bankIds = city.banks.map((b) => b.id);
  const registry = {
    recordId: `enterprise:${uscc}:v1`,
    version: 1,
    township: pick(townships),
    industryCode: pick(['C3420', 'C3911', 'F5211', 'A0141', 'I6513']),
    entityType: rnd() < 0.3 ? 'individual-business' : 'enterprise',
    status: 'normal' as const,
    hasFixedPremises: true,
    keyIndustryChain: rnd() < 0.15,
    lendingBankIds: bankIds.filter(() => rnd() < 0.05),
  };
  const screening = screenDeclaration({
    registry: { recordId: registry.recordId, operatingStatus: 'normal', hasFixedPremises: true },
    credit: { evaluation: { grade: 'B', recordId: `credit-profile:${uscc}:v1` } },
    attestations: [
      { id: `${n}-need`, criterion: 'genuine-need', outcome: 'confirmed', by: 'ls-qingshi-tn' },
      { id: `${n}-purpose`, criterion: 'lawful-purpose', outcome: 'confirmed', by: 'ls-qingshi-tn' },
    ],
    policy: { failingGrades: ['D'] },
  });
  const id = `d-${n.toString(16).padStart(20, '0')}`;
  return {
    id,
    uscc,
    demand: {
      amountFen: pick([50_000, 300_000, 1_000_000, 2_000_000]) * CNY,
      termMonths: pick([6, 12, 24]),
      purpose: 'working-capital',
      purposeDetail: 'bench',
      guaranteeType: pick(guaranteeTypes),
      creditLoanWanted: rnd() < 0.4,
      preferredBankIds: rnd() < 0.3 ? [pick(bankIds)] : [],
      preferredProductNames: [],
    },
    demandKey: 'working-capital|bench',
    source: { kind: 'agency-visit', clientId: 'bench', orgId: 'ls-qingshi-tn' },
    state: 'RECOMMENDED',
    version: 4,
    facts: { registry, intermediaryEntryIds: [] },
    screening: { ...screening, screenedAt: now },
    reviews: [],
    declinedBy: [],
    createdAt: now,
    updatedAt: now,
  };
}

export interface ConfirmBenchResult {
  bench: 'matching.pushBatchConfirm';
  enterprises: number;
  banks: number;
  pushes: number;
  chunks: number;
  createMs: number;
  confirmMs: number;
  node: string;
  cpus: number;
}

/** Boots a local stack for the bench city, seeds, and times the create and confirm requests. */
export async function benchPushConfirm(enterprises = 5_000, banks = 20): Promise<ConfirmBenchResult> {
  const city = benchCity(banks, enterprises, 20_260_501);
  const stack = await startLocalStack({ city, authCacheTtlSeconds: 60 });
  try {
    const clients = await seedClients(city);
    const key = clients.coordinator?.apiKey ?? '';
    const now = new Date().toISOString();
    const rnd = random(7);
    const declarations = Array.from({ length: enterprises }, (_, i) => recommended(i + 1, city, rnd, now));
    const store = new DynamoDbDeclarationStore(documentClient(), tableName('matching-declarations'));
    await store.putAll(declarations, {
      action: 'bench.seeded',
      clientId: 'bench',
      orgId: 'platform',
      at: now,
      cause: 'bench',
    });
    await stack.idle();
    const call = async (path: string) => {
      const t0 = performance.now();
      const res = await fetch(`${stack.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: path.endsWith('/confirm') ? undefined : '{}',
      });
      const body = (await res.json()) as Record<string, unknown>;
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return { ms: performance.now() - t0, body };
    };
    const created = await call('/v1/push-batches');
    const batchId = String(created.body.batchId);
    const confirmed = await call(`/v1/push-batches/${batchId}/confirm`);
    const outcome = confirmed.body.outcome as { pushes: number };
    return {
      bench: 'matching.pushBatchConfirm',
      enterprises,
      banks,
      pushes: outcome.pushes,
      chunks: Number(created.body.chunkCount),
      createMs: Math.round(created.ms),
      confirmMs: Math.round(confirmed.ms),
      node: process.version,
      cpus: availableParallelism(),
    };
  } finally {
    await stack.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  console.log(JSON.stringify(await benchPushConfirm()));
}
