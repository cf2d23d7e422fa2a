/**
 * Times a push batch of 5,000 recommended enterprises, each pushed to up to 3 banks of 20, over HTTP
 * on the local stack: POST /v1/push-batches (read, assign, store as DRAFT), POST …/confirm until its
 * 202 answer (CONFIRMING, the chunks queued), and from the confirm until GET /v1/push-batches/{id}
 * says CONFIRMED (the `confirm-chunk` consumer writing every chunk in its own transaction and
 * announcing one EnterprisePushed per push), polled every 250 ms. The city is linshan with 16 more
 * banks; the declarations are seeded straight into the table as RECOMMENDED, so only the timed
 * requests go through the API. The stack runs matching alone (the pushes go to a queue nobody
 * reads). Prints one JSON object.
 *
 * Run: node services/matching/bench/confirm.ts [enterprises]
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { accessManifest } from '@sme/access';
import { type CityConfig, loadCityConfig, parseCityConfig } from '@sme/kernel';
import { seedClients, startLocalStack } from '@sme/local';
import { defineService, documentClient, platformManifest, tableName } from '@sme/runtime';
import { DynamoDbDeclarationStore } from '../src/adapters/dynamodb-declaration-store.ts';
import type { Declaration } from '../src/domain/declaration.ts';
import { guaranteeTypes } from '../src/domain/push-input.ts';
import { screenDeclaration } from '../src/domain/screening.ts';
import { matchingManifest } from '../src/manifest.ts';

/**
 * A subscriber to the pushes with no consumer: every EnterprisePushed is really sent (as it is to
 * delivery, credit and monitoring in a city), but nothing else competes for the two cores while timed.
 */
const pushedSink = defineService({
  service: 'bench',
  queues: {
    'bench-enterprise-pushed': {
      maxReceiveCount: 1,
      subscribes: 'enterprise-pushed',
      description: 'bench sink',
    },
  },
  functions: {},
});

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
    credit: { evaluation: { grade: 'B', recordId: `credit-profile:${uscc}:v1`, recordsInForce: 2 } },
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
  maxBanksPerEnterprise: number;
  pushes: number;
  chunks: number;
  createMs: number;
  createAttempts: number;
  /** POST …/confirm until its 202 answer. */
  acceptedMs: number;
  /** POST …/confirm until GET first answers CONFIRMED. */
  confirmedMs: number;
  /** GET polls made meanwhile. */
  polls: number;
  node: string;
  cpus: number;
}

/** Boots a local stack for the bench city, seeds, and times the create and confirm requests. */
export async function benchPushConfirm(enterprises = 5_000, banks = 20): Promise<ConfirmBenchResult> {
  const city = benchCity(banks, enterprises, 20_260_501);
  // Matching alone (with the platform's tables and the authorizer): the other services' consumers would
  // spend minutes on the 5,000 seeded declarations' events, on the same two cores, before and while timing.
  const stack = await startLocalStack({
    city,
    authCacheTtlSeconds: 60,
    oidc: false,
    manifests: [platformManifest, accessManifest, matchingManifest, pushedSink],
    // The queue consumers in their own process, as deployed they are other Lambdas than the API's: the
    // chunks being written do not queue on the same event loop as the confirm's 202.
    consumers: 'worker',
  });
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
    // The seeding's stream records (audit, reports) settle before anything is timed; on a busy machine
    // that takes longer than one idle()'s 30 s.
    for (let attempt = 1; ; attempt++) {
      try {
        await stack.idle();
        break;
      } catch (error) {
        if (attempt >= 10) throw error;
      }
    }
    const call = async (method: 'GET' | 'POST', path: string) => {
      const t0 = performance.now();
      const res = await fetch(`${stack.baseUrl}${path}`, {
        method,
        headers: { 'x-api-key': key, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
        body: method === 'GET' || path.endsWith('/confirm') ? undefined : '{}',
      });
      const body = (await res.json()) as Record<string, unknown>;
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return { ms: performance.now() - t0, status: res.status, body };
    };
    // Deciding 5,000 declarations takes ~3 s on a quiet machine; on a loaded one it can pass the
    // function's 29 s (a 500): try again, as a client would.
    let created: Awaited<ReturnType<typeof call>> | undefined;
    let createAttempts = 0;
    while (!created) {
      createAttempts++;
      created = await call('POST', '/v1/push-batches').catch((error: Error) => {
        if (createAttempts >= 3) throw error;
        return undefined;
      });
    }
    const batchId = String(created.body.batchId);
    const began = performance.now();
    const accepted = await call('POST', `/v1/push-batches/${batchId}/confirm`);
    if (accepted.status !== 202) throw new Error(`confirm answered ${accepted.status}, not 202`);
    let polls = 0;
    let batch = accepted.body;
    while (batch.state !== 'CONFIRMED') {
      await new Promise((r) => setTimeout(r, 250));
      batch = (await call('GET', `/v1/push-batches/${batchId}`)).body;
      polls++;
    }
    const confirmedMs = performance.now() - began;
    const outcome = batch.outcome as { pushes: number };
    return {
      bench: 'matching.pushBatchConfirm',
      enterprises,
      banks,
      maxBanksPerEnterprise: Number(created.body.maxBanksPerEnterprise),
      pushes: outcome.pushes,
      chunks: Number(created.body.chunkCount),
      createMs: Math.round(created.ms),
      createAttempts,
      acceptedMs: Math.round(accepted.ms),
      confirmedMs: Math.round(confirmedMs),
      polls,
      node: process.version,
      cpus: availableParallelism(),
    };
  } finally {
    await stack.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  const enterprises = Number(process.argv[2] ?? 5_000);
  console.log(JSON.stringify(await benchPushConfirm(enterprises)));
}
