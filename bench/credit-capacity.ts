/**
 * Credit's write path in capacity units (issue 21): what DynamoDB (Local) says every call consumed while
 * credit takes records in — the route or the import worker, the record stream's consumer (audit) and the
 * downstream profile recompute — divided by the records submitted; and, separately, what credit spends on
 * each registry event. Every call of the SDK client the handlers share is asked for
 * ReturnConsumedCapacity=INDEXES (the bench runs in the stack's process).
 *
 * The stack holds the platform tables, the authorizer, the registry and credit (nothing subscribes to
 * CreditProfileChanged). The gateway's own reads and writes (api-clients, rate-limits) are left out:
 * they are per request, not per record, and not credit's.
 *
 * Phases, on 200 enterprises of township 999101002:
 *   0. registration: 200 PUT /v1/enterprises (EnterpriseRegistered), then 200 renames (EnterpriseChanged,
 *      name only) — credit's units per event;
 *   1. bulk import: 1,000 rows (5 per enterprise: tax ratings 2023–2025, tax payments 2024–2025, rows in
 *      USCC order as an export lists them) in one POST /v1/credit-records/imports;
 *   2. single submits: 200 POST /v1/credit-records, a 2022 tax rating per enterprise;
 *   3. corrections: 200 POST /v1/credit-records correcting the 2025 rating (every third changes the grade
 *      band, the rest only the score);
 *   4. larger records: 200 administrative penalties (market supervision), a reason of ~300 characters
 *      (items of ~1.5 KB);
 *   5. corrections of those penalties (amount and reason; the item keeps the first version: ~2.7 KB).
 *
 * Run: ./dev node bench/credit-capacity.ts [--baseline <commit>] [--variant <dir> --variant-label <text>]
 *   measures <commit>'s code (default c0668d9, before issue 21) in a copy under /tmp (git archive +
 *   pnpm install --offline) and this tree's code, one after the other, each in its own process, and
 *   writes bench/credit.md. `--variant` measures a third prepared tree (installed) the same way, as extra
 *   columns. `--measure-only` prints this tree's figures as JSON (what the driver runs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { accessManifest, createApiClient, DynamoDbApiClientStore } from '@sme/access';
import { creditManifest } from '@sme/credit';
import { loadCityConfig } from '@sme/kernel';
import { seedClients, startLocalStack } from '@sme/local';
import { registryManifest } from '@sme/registry';
import { documentClient, dynamoClient, platformManifest } from '@sme/runtime';
import { enterpriseBody } from './enterprise-body.ts';
import { drain, progress, round, sleep } from './stats.ts';
import { benchUscc } from './uscc.ts';

const ENTERPRISES = 200;
const reads = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand']);
const writes = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);
const gatewayTables = ['api-clients', 'rate-limits'];

interface Units {
  read: number;
  write: number;
}
export interface Phase {
  phase: string;
  /** Records submitted (or registry events sent). */
  count: number;
  unit: 'record' | 'event';
  total: Units;
  perItem: Units;
  /** Units by table (logical name), and by index as `<index> read|write`. */
  byTable: Record<string, Units & { indexes: Record<string, number> }>;
  calls: Record<string, number>;
}
export interface Measurement {
  code: string;
  phases: Phase[];
  /** Every phase of submitted records (1–5) together. */
  records: { count: number; perRecord: Units };
}

function meter(logical: Record<string, string>) {
  const byPhysical = new Map(Object.entries(logical).map(([name, physical]) => [physical, name]));
  let current: Phase['byTable'] = {};
  let calls: Record<string, number> = {};
  const name = 'benchCreditCapacity';
  dynamoClient().middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName ?? '');
      const kind = reads.has(command) ? 'read' : writes.has(command) ? 'write' : undefined;
      if (!kind) return next(args);
      (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'INDEXES';
      const out = await next(args);
      const consumed = (out.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] })
        .ConsumedCapacity;
      for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        const table = byPhysical.get(c.TableName ?? '') ?? c.TableName ?? '?';
        if (gatewayTables.includes(table)) continue;
        const t = current[table] ?? { read: 0, write: 0, indexes: {} };
        current[table] = t;
        t[kind] += c.CapacityUnits ?? 0;
        for (const [index, u] of Object.entries(c.GlobalSecondaryIndexes ?? {}))
          t.indexes[`${index} ${kind}`] = (t.indexes[`${index} ${kind}`] ?? 0) + (u.CapacityUnits ?? 0);
        const key = `${table} ${command.replace(/Command$/, '')}`;
        calls[key] = (calls[key] ?? 0) + 1;
      }
      return out;
    },
    { step: 'initialize', name },
  );
  return {
    take(phase: string, count: number, unit: Phase['unit']): Phase {
      const byTable = current;
      const taken = calls;
      current = {};
      calls = {};
      const total = Object.values(byTable).reduce(
        (s, t) => ({ read: s.read + t.read, write: s.write + t.write }),
        {
          read: 0,
          write: 0,
        },
      );
      return {
        phase,
        count,
        unit,
        total,
        perItem: { read: round(total.read / count, 2), write: round(total.write / count, 2) },
        byTable,
        calls: taken,
      };
    },
    stop: () => dynamoClient().middlewareStack.remove(name),
  };
}

async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let at = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (at < items.length) await fn(items[at++] as T);
    }),
  );
}

async function measure(code: string): Promise<Measurement> {
  const loaded = loadCityConfig('linshan');
  const city = { ...loaded, auth: { ...loaded.auth, requestsPerMinute: 1_000_000 } };
  const stack = await startLocalStack({
    city,
    port: 0,
    oidc: false,
    manifests: [platformManifest, accessManifest, registryManifest, creditManifest],
  });
  try {
    const agency = (await seedClients(city)).agency?.apiKey ?? '';
    const store = new DynamoDbApiClientStore(documentClient(), stack.tables['api-clients'] ?? '');
    const tax = (
      await createApiClient(store, city, {
        orgId: 'ls-tax',
        name: 'bench tax',
        now: new Date().toISOString(),
      })
    ).apiKey;
    const usccs = Array.from({ length: ENTERPRISES }, (_, i) => benchUscc('CR', i));
    const call = async (key: string, method: string, path: string, body: unknown, want: number[]) => {
      const res = await fetch(`${stack.baseUrl}${path}`, {
        method,
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (!want.includes(res.status)) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
      return text;
    };
    const m = meter(stack.tables);
    const phases: Phase[] = [];

    progress(`${code}: phase 0, ${ENTERPRISES} registrations and ${ENTERPRISES} renames`);
    await pool(usccs, 8, (u) => call(agency, 'PUT', `/v1/enterprises/${u}`, enterpriseBody(), [201]).then());
    await drain(stack);
    phases.push(m.take('EnterpriseRegistered (credit tables only)', ENTERPRISES, 'event'));
    await pool(usccs, 8, (u) =>
      call(
        agency,
        'PUT',
        `/v1/enterprises/${u}`,
        enterpriseBody({ name: '临山基准精密制造股份有限公司' }),
        [200],
      ).then(),
    );
    await drain(stack);
    phases.push(m.take('EnterpriseChanged, name only (credit tables only)', ENTERPRISES, 'event'));
    // The registry's stream consumer wrote audit entries in phase 0; phases 1–5 keep only credit's.
    for (const p of phases.slice(0, 2)) {
      for (const t of Object.keys(p.byTable)) if (!t.startsWith('credit-')) delete p.byTable[t];
      p.total = Object.values(p.byTable).reduce(
        (s, t) => ({ read: s.read + t.read, write: s.write + t.write }),
        {
          read: 0,
          write: 0,
        },
      );
      p.perItem = { read: round(p.total.read / p.count, 2), write: round(p.total.write / p.count, 2) };
    }

    const rating = (u: string, year: number, grade: string) => ({
      sourceRecordId: `TCR-${u}-${year}`,
      category: 'tax-credit-rating',
      uscc: u,
      occurredOn: `${year + 1}-04-20`,
      facts: { year, grade },
      evidenceRef: `tax-internal://${year}/ratings/${u}`,
    });
    const payment = (u: string, year: number, i: number) => ({
      sourceRecordId: `TPY-${u}-${year}`,
      category: 'tax-payment',
      uscc: u,
      occurredOn: `${year + 1}-01-31`,
      facts: { year, amountFen: 1_000_000 + 37_000 * i },
      evidenceRef: `tax-internal://${year}/payments/${u}`,
    });
    const grades = ['A', 'B', 'M'];

    progress(`${code}: phase 1, bulk import of ${ENTERPRISES * 5} rows`);
    const rows = usccs.flatMap((u, i) => [
      rating(u, 2023, grades[i % 3] ?? 'B'),
      rating(u, 2024, grades[(i + 1) % 3] ?? 'B'),
      rating(u, 2025, grades[(i + 2) % 3] ?? 'B'),
      payment(u, 2024, i),
      payment(u, 2025, i),
    ]);
    const { jobId } = JSON.parse(await call(tax, 'POST', '/v1/credit-records/imports', { rows }, [202])) as {
      jobId: string;
    };
    for (let job: { status?: string; acceptedRows?: number } = {}; job.status !== 'completed'; ) {
      await sleep(200);
      job = JSON.parse(await call(tax, 'GET', `/v1/imports/${jobId}`, undefined, [200]).catch(() => '{}'));
    }
    await drain(stack);
    phases.push(m.take('bulk import, 5 rows per enterprise', rows.length, 'record'));

    progress(`${code}: phase 2, ${ENTERPRISES} single submits`);
    await pool(usccs, 8, (u) => call(tax, 'POST', '/v1/credit-records', rating(u, 2022, 'B'), [201]).then());
    await drain(stack);
    phases.push(m.take('single submit, a new record', ENTERPRISES, 'record'));

    progress(`${code}: phase 3, ${ENTERPRISES} corrections`);
    // 2025's rating was grades[(i + 2) % 3]; every third enterprise gets a D (grade band changes), the rest
    // move between A, B and M (the score changes, mostly not the band).
    await pool(
      usccs.map((u, i) => [u, i] as const),
      8,
      ([u, i]) =>
        call(
          tax,
          'POST',
          '/v1/credit-records',
          rating(u, 2025, i % 3 === 0 ? 'D' : (grades[i % 3] ?? 'B')),
          [200],
        ).then(),
    );
    await drain(stack);
    phases.push(m.take('correction of a record', ENTERPRISES, 'record'));

    // Larger records: an administrative penalty whose reason runs to a few hundred characters (the item
    // is ~1.5 KB, ~2.7 KB once a correction keeps the first version in its history).
    const market = (
      await createApiClient(store, city, {
        orgId: 'ls-market',
        name: 'bench market',
        now: new Date().toISOString(),
      })
    ).apiKey;
    const reason = (n: number) =>
      `经查，当事人在其经营场所及网络店铺中对所售产品的性能、质量作虚假宣传，宣传内容与实际情况不符，欺骗、误导消费者，涉及产品${n}批次。`.repeat(
        5,
      );
    const penalty = (u: string, i: number, amountFen: number, text: string) => ({
      sourceRecordId: `PEN-${u}`,
      category: 'administrative-penalty',
      uscc: u,
      occurredOn: '2026-03-01',
      facts: {
        authority: '临山市市场监督管理局',
        decisionNo: `临市监罚〔2026〕${i + 1}号`,
        amountFen,
        reason: text,
      },
      evidenceRef: `market-internal://2026/penalties/${u}`,
    });
    progress(`${code}: phase 4, ${ENTERPRISES} administrative penalties (~1.5 KB items)`);
    await pool(
      usccs.map((u, i) => [u, i] as const),
      8,
      ([u, i]) => call(market, 'POST', '/v1/credit-records', penalty(u, i, 500_000, reason(i)), [201]).then(),
    );
    await drain(stack);
    phases.push(m.take('single submit, a large record (penalty)', ENTERPRISES, 'record'));
    progress(`${code}: phase 5, ${ENTERPRISES} corrections of the penalties`);
    await pool(
      usccs.map((u, i) => [u, i] as const),
      8,
      ([u, i]) =>
        call(market, 'POST', '/v1/credit-records', penalty(u, i, 2_000_000, reason(i + 1)), [200]).then(),
    );
    await drain(stack);
    phases.push(m.take('correction of a large record', ENTERPRISES, 'record'));
    m.stop();

    const recordPhases = phases.filter((p) => p.unit === 'record');
    const count = recordPhases.reduce((s, p) => s + p.count, 0);
    const sum = (k: keyof Units) => recordPhases.reduce((s, p) => s + p.total[k], 0);
    return {
      code,
      phases,
      records: {
        count,
        perRecord: { read: round(sum('read') / count, 2), write: round(sum('write') / count, 2) },
      },
    };
  } finally {
    await stack.stop();
  }
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function runChild(dir: string, code: string): Measurement {
  const out = spawnSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', join(dir, 'bench/credit-capacity.ts'), '--measure-only'],
    {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        BENCH_CODE: code,
      },
    },
  );
  if (out.status !== 0) throw new Error(`measuring in ${dir} failed (${out.status})`);
  return JSON.parse(out.stdout) as Measurement;
}

function table(before: Measurement, after: Measurement, variant?: Measurement): string {
  const f = (n: number) => String(round(n, 2));
  const extra = (u: Units | undefined) =>
    variant ? ` ${f(u?.read ?? Number.NaN)} | ${f(u?.write ?? Number.NaN)} |` : '';
  const lines = [
    `| phase | per | count | before: read | before: write | after: read | after: write |${variant ? ' variant: read | variant: write |' : ''}`,
    `| --- | --- | --: | --: | --: | --: | --: |${variant ? ' --: | --: |' : ''}`,
  ];
  for (const [i, b] of before.phases.entries()) {
    const a = after.phases[i];
    if (!a) continue;
    lines.push(
      `| ${b.phase} | ${b.unit} | ${b.count} | ${f(b.perItem.read)} | ${f(b.perItem.write)} | **${f(a.perItem.read)}** | **${f(a.perItem.write)}** |${extra(variant?.phases[i]?.perItem)}`,
    );
  }
  lines.push(
    `| **every submitted record (phases 1–5)** | record | ${before.records.count} | ${f(before.records.perRecord.read)} | ${f(before.records.perRecord.write)} | **${f(after.records.perRecord.read)}** | **${f(after.records.perRecord.write)}** |${extra(variant?.records.perRecord)}`,
  );
  return lines.join('\n');
}

function byTable(m: Measurement): string {
  const lines = ['| phase | table | read | write | of which on GSIs |', '| --- | --- | --: | --: | --- |'];
  for (const p of m.phases)
    for (const [t, u] of Object.entries(p.byTable))
      lines.push(
        `| ${p.phase} | ${t} | ${round(u.read, 1)} | ${round(u.write, 1)} | ${
          Object.entries(u.indexes)
            .map(([i, n]) => `${i} ${round(n, 1)}`)
            .join(', ') || '—'
        } |`,
      );
  return lines.join('\n');
}

if (process.argv.includes('--measure-only')) {
  process.stdout.write(JSON.stringify(await measure(process.env.BENCH_CODE ?? 'this tree')));
} else {
  const commit = arg('--baseline') ?? 'c0668d9';
  const dir = `/tmp/credit-baseline-${commit}`;
  if (!existsSync(join(dir, 'node_modules'))) {
    progress(`baseline: ${commit}'s tree into ${dir}, pnpm install --offline`);
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C ${dir}`], { cwd: root, stdio: 'inherit' });
    execFileSync('pnpm', ['install', '--offline', '--frozen-lockfile'], { cwd: dir, stdio: 'inherit' });
  }
  mkdirSync(join(dir, 'bench'), { recursive: true });
  copyFileSync(fileURLToPath(import.meta.url), join(dir, 'bench/credit-capacity.ts'));
  const before = runChild(dir, `baseline ${commit}`);
  const after = runChild(root, 'this tree');
  // A prepared tree to compare with (e.g. this change with the enterprise index projecting ALL).
  const variantDir = arg('--variant');
  const variantLabel = arg('--variant-label') ?? variantDir ?? '';
  let variant: Measurement | undefined;
  if (variantDir) {
    copyFileSync(fileURLToPath(import.meta.url), join(variantDir, 'bench/credit-capacity.ts'));
    variant = runChild(variantDir, `variant: ${variantLabel}`);
  }
  const report = `# Benchmark: credit's write path in capacity units (issue 21)

${new Date().toISOString().slice(0, 16)}Z · Node ${process.version} · ${availableParallelism()} cores, shared machine (1-minute load average ${loadavg()[0]?.toFixed(2)} at the end) · DynamoDB Local (in memory).

Command: \`./dev node bench/credit-capacity.ts --baseline ${commit}${
    variantDir ? ` --variant ${variantDir} --variant-label '${variantLabel}'` : ''
  }\`. "Before" is commit ${commit}'s code
(the tree before issue 21, copied to \`${dir}\` and installed offline), "after" this tree's; the same script, the
same phases, one after the other in this run, each in its own process and its own stack (platform tables,
authorizer, registry, credit; nothing subscribed to CreditProfileChanged). Units are what DynamoDB Local answers
as ConsumedCapacity (INDEXES) for every call the handlers made — the route or import worker, the record stream's
consumer, the recompute consumer, the enterprise-event consumer — until every queue and stream is drained;
the gateway's api-clients and rate-limits calls are left out (per request, not per record). Phase 0 counts only
the credit tables (the registry's own stream consumer writes the audit table too).

${table(before, after, variant)}
${
  variant
    ? `
"Variant" is ${variantLabel} (\`--variant ${variantDir}\`), measured after the two others in this run.
`
    : ''
}

What a submitted record costs now, from the tables below: the record's item (1 write unit per KiB), its
\`bySource\` entry (1 when created; 2 when corrected or revoked: its sort key is the update time, so the entry moves),
its \`byEnterpriseKeys\` entry (1 when created, 0 after), the audit entry and its \`byPrincipal\` entry (2), then the
recompute: the keys of the enterprise's records (0.5), each record by key (0.5; 1 for the one just written when the
eventually consistent copy is older than the stream's version), the profile item strongly consistent (1), and 1 write
only when the published part changed. A new record therefore costs at least 5 write units before its recompute
(item 1, two index entries 2, audit 2); below that needs a decision outside this change: one audit entry per import
chunk instead of per version, or \`bySource\` ordered by creation (its route documents "oldest change first"), which
would make a correction 2 units cheaper. The keys-only index trades writes for reads: an evaluation reads each
record by key (0.5 unit each) where the full-copy query read them together (0.5 per 4 KiB); the variant column, when
present, is that trade measured. The bulk import's reads depend on how the stream's batches fall: an
enterprise's five rows in one batch are one evaluation, split over two they are two (\`credit-profiles GetItem\` in
the JSON counts the evaluations; from about 300 to about 500 for the 200 enterprises across runs here).

By table, before:

${byTable(before)}

By table, after:

${byTable(after)}

\`\`\`json
${JSON.stringify({ before, after, ...(variant ? { variant } : {}) }, null, 2)}
\`\`\`
`;
  writeFileSync(join(root, 'bench/credit.md'), report);
  progress('wrote bench/credit.md');
}
