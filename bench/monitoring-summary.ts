/**
 * The monitoring summary over a one-year range at 5k, 50k and 200k facts (issue 17): read units and time
 * from the pre-aggregated counters (what GET /v1/monitoring/summary reads now) against reading every fact
 * (what it read before), on DynamoDB Local. Facts come from a fixed-seed generator over the year before
 * 2026-12-04, 12 townships × 8 industries × 4 banks; the counters are the fold the consumers leave
 * (`foldCounters`, the same writes `DynamoDbCounters.apply` makes), written in bulk. Median of 5 reads
 * after one warm-up; both summaries are compared, and must agree. Writes bench/monitoring-summary.md.
 *
 * Run: ./dev node bench/monitoring-summary.ts
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createTables, startDynamoDbLocal } from '@sme/local';
import {
  DynamoDbCounters,
  type Fact,
  factKey,
  foldCounters,
  monitoringManifest,
  monthsOf,
  summarise,
  summariseCounters,
} from '@sme/monitoring';

const SIZES = [5_000, 50_000, 200_000];
const RUNS = 5;
const FROM = '2025-12-05';
const TO = '2026-12-04';
const labels = { township: {}, bank: {} };

let seed = 20261204;
function next(max: number): number {
  seed = (seed * 48271) % 2147483647;
  return seed % max;
}
const day = (i: number) =>
  new Date(Date.parse(`${FROM}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
const kinds = [
  'declared',
  'recommended',
  'pushed',
  'contacted',
  'approved',
  'rejected',
  'disbursed',
] as const;

/** N facts over the year; each subject has one fact per kind, so both summaries count alike. */
function facts(n: number): Fact[] {
  return Array.from({ length: n }, (_, i): Fact => {
    const kind = kinds[next(kinds.length)] ?? 'pushed';
    const bank = ['declared', 'recommended'].includes(kind) ? {} : { bankId: `bank-${next(4)}` };
    return {
      eventId: `e${i}`,
      kind,
      on: day(next(365)),
      uscc: `U${next(n)}`,
      subject: `s${i}`,
      township: `9991010${String(next(12)).padStart(2, '0')}`,
      industry: 'CEFGHIKL'.charAt(next(8)),
      ...bank,
      ...(kind === 'approved'
        ? {
            seq: 1,
            amountFen: (1 + next(500)) * 1_000_000,
            annualRatePercent: `3.${next(99)}`,
            creditLoan: next(3) === 0,
            noLoanHousehold: next(5) === 0,
          }
        : {}),
      ...(kind === 'disbursed' ? { seq: 2, amountFen: (1 + next(500)) * 1_000_000 } : {}),
    };
  });
}

async function batchWrite(db: DynamoDBDocumentClient, table: string, items: Record<string, unknown>[]) {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  let at = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (at < chunks.length) {
        let pending = (chunks[at++] ?? []).map((Item) => ({ PutRequest: { Item } }));
        while (pending.length > 0) {
          const out = await db.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
          pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
        }
      }
    }),
  );
}

/** Every fact of the range, month by month, as the summary read them before; with the read units. */
async function readFacts(
  db: DynamoDBDocumentClient,
  table: string,
): Promise<{ facts: Fact[]; readUnits: number }> {
  const out: Fact[] = [];
  let readUnits = 0;
  for (const month of monthsOf(FROM, TO)) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi',
          ExpressionAttributeValues: { ':pk': `FACT#${month}`, ':lo': FROM, ':hi': `${TO}#~` },
          ExclusiveStartKey: start,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      readUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
      for (const { pk: _pk, sk: _sk, ...f } of page.Items ?? []) out.push(f as Fact);
      start = page.LastEvaluatedKey;
    } while (start);
  }
  return { facts: out, readUnits };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const ddb = await startDynamoDbLocal({ port: 0 });
// Two clients: a DocumentClient writes its translate options into the client it wraps.
const clientOptions = {
  endpoint: ddb.endpoint,
  region: 'cn-north-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  requestHandler: { httpAgent: { maxSockets: 64 } },
};
const raw = new DynamoDBClient(clientOptions);
const rawWrapped = new DynamoDBClient(clientOptions);
const plain = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
const wrapped = DynamoDBDocumentClient.from(rawWrapped, {
  marshallOptions: { removeUndefinedValues: true },
  unmarshallOptions: { wrapNumbers: true },
});
interface Row {
  facts: number;
  counterItems: number;
  counters: { readUnits: number; medianMs: number };
  everyFact: { readUnits: number; medianMs: number };
  totalsAgree: boolean;
  loadMs: number;
}
const rows: Row[] = [];
try {
  for (const n of SIZES) {
    const { tables } = monitoringManifest;
    const made = await createTables(
      raw,
      `bench${n}`,
      {
        'monitoring-facts': tables['monitoring-facts'],
        'monitoring-counters': tables['monitoring-counters'],
      },
      () => {},
    );
    const factTable = made['monitoring-facts']?.tableName ?? '';
    const counterTable = made['monitoring-counters']?.tableName ?? '';
    const generated = facts(n);
    const t0 = performance.now();
    await batchWrite(
      plain,
      factTable,
      generated.map((f) => ({ ...factKey(f), ...f })),
    );
    const counterItems = [...foldCounters(generated).values()].map((e) => ({
      pk: e.pk,
      sk: e.sk,
      group: e.item.group,
      ...Object.fromEntries(Object.entries(e.item.sums).map(([k, v]) => [k, Number(v)])),
    }));
    await batchWrite(plain, counterTable, counterItems);
    const loadMs = performance.now() - t0;
    const counters = new DynamoDbCounters(wrapped, counterTable);
    const query = { from: FROM, to: TO, groupBy: 'township' as const };
    const counterRuns: number[] = [];
    const factRuns: number[] = [];
    let counterUnits = 0;
    let factUnits = 0;
    let agree = true;
    for (let r = 0; r <= RUNS; r++) {
      const c0 = performance.now();
      const read = await counters.read(FROM, TO, 'township');
      const fromCounters = summariseCounters(read.items, query, labels);
      const c1 = performance.now();
      const all = await readFacts(plain, factTable);
      const fromFacts = summarise(all.facts, query, labels);
      const c2 = performance.now();
      if (r === 0) continue; // warm-up
      counterRuns.push(c1 - c0);
      factRuns.push(c2 - c1);
      counterUnits = read.readUnits;
      factUnits = all.readUnits;
      agree &&= JSON.stringify(fromCounters.totals) === JSON.stringify(fromFacts.totals);
    }
    const row: Row = {
      facts: n,
      counterItems: counterItems.length,
      counters: { readUnits: counterUnits, medianMs: Math.round(median(counterRuns) * 10) / 10 },
      everyFact: { readUnits: factUnits, medianMs: Math.round(median(factRuns) * 10) / 10 },
      totalsAgree: agree,
      loadMs: Math.round(loadMs),
    };
    rows.push(row);
    process.stderr.write(`${JSON.stringify(row)}\n`);
  }
} finally {
  raw.destroy();
  rawWrapped.destroy();
  await ddb.stop();
}

const stamp = new Date().toISOString().slice(0, 16);
const table = rows
  .map(
    (r) =>
      `| ${r.facts.toLocaleString('en')} | ${r.counterItems.toLocaleString('en')} | **${r.counters.readUnits}** | **${r.counters.medianMs} ms** | ${r.everyFact.readUnits} | ${r.everyFact.medianMs} ms | ${r.totalsAgree ? 'yes' : '**no**'} |`,
  )
  .join('\n');
const md = `# Benchmark: monitoring summary over one year (issue 17)

${stamp}Z · Node ${process.version} · ${availableParallelism()} cores, shared machine (1-minute load average ${loadavg()[0]?.toFixed(2)} at the end) · DynamoDB Local (in memory).

Command: \`./dev node bench/monitoring-summary.ts\`. One-year range ${FROM} … ${TO}, grouped by township (12
townships; 8 industries, 4 banks in the data); median of ${RUNS} reads after a warm-up. "Counters" is what
\`GET /v1/monitoring/summary\` reads now: the month items of the 11 whole months and the day items of the two
partial ones (\`DynamoDbCounters.read\` + \`summariseCounters\`). "Every fact" is what it read before: one Query per
month over every fact of the range, then \`summarise\`. Read units are DynamoDB's consumed capacity
(eventually consistent). "Totals agree": both summaries' totals are equal (each subject has one fact per kind
here, where the two definitions coincide).

| facts | counter items in the table | counters: read units | counters: time | every fact: read units | every fact: time | totals agree |
| ----: | -------------------------: | -------------------: | -------------: | ---------------------: | ---------------: | :----------: |
${table}

The counters' reads do not grow with the facts: they are bounded by days × groups of the two partial months
plus groups × whole months: at 5k facts many day × group items do not exist yet, so there is less to
read; from 50k on every day has every group and the reads stay level. (The table itself holds at most one item per day and group, and one per month and
group, for each grouping.)

\`\`\`json
${JSON.stringify(rows, null, 2)}
\`\`\`
`;
writeFileSync(new URL('./monitoring-summary.md', import.meta.url), md);
process.stdout.write(`${JSON.stringify({ bench: 'monitoring.summary', rows })}\n`);
