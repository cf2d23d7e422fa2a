import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
import { creditManifest } from '@sme/credit';
import type { CityConfig } from '@sme/kernel';
import type { LocalStack } from '@sme/local';
import { documentClient } from '@sme/runtime';
import { batchWriteAll, createRawTable } from './bulk-import.ts';
import { benchDocuments } from './dynamo.ts';
import { loadInChild } from './load.ts';
import { median, progress, round, sleep } from './stats.ts';
import { benchUscc, freshSeries } from './uscc.ts';

export interface CreditSection {
  rows: number;
  ingestRowsPerSecond: number[];
  rawItemsPerSecond: number[];
  rawConcurrency: number;
  ratio: number;
  read: { rps: number; p50: number; p99: number }[];
  readP99: number;
}

const taxRow = (uscc: string, i: number) => ({
  sourceRecordId: `BENCH-${randomUUID()}`,
  category: 'tax-credit-rating',
  uscc,
  occurredOn: '2026-04-20',
  facts: { year: 2025, grade: ['A', 'B', 'M'][i % 3] },
  evidenceRef: `tax-internal://bench/${i}`,
});

/**
 * Issue 3's rows: bulk credit-record ingest (POST → SQS chunks → worker → BatchGet + BatchWrite) against
 * raw BatchWriteItem of items of the same shape into a copy of the credit-records table in this run;
 * and the profile read (consent check, records query, fresh evaluation, audit write) through the gateway.
 */
export async function benchCredit(args: {
  stack: LocalStack;
  city: CityConfig;
  rows: number;
  runs: number;
  rawConcurrency: number;
  readSeconds: number;
}): Promise<CreditSection> {
  const { stack } = args;
  const store = new DynamoDbApiClientStore(documentClient(), stack.tables['api-clients'] ?? '');
  const now = new Date().toISOString();
  const tax = (await createApiClient(store, args.city, { orgId: 'ls-tax', name: 'bench tax', now })).apiKey;
  const office = (await createApiClient(store, args.city, { orgId: 'ls-office', name: 'bench office', now }))
    .apiKey;
  const db = benchDocuments(stack);

  progress(`credit: raw BatchWriteItem of ${args.rows} record items, ${args.rawConcurrency} in flight`);
  const rawItemsPerSecond: number[] = [];
  const ingestRowsPerSecond: number[] = [];
  let lastSeries = '';
  for (let run = 0; run < args.runs; run++) {
    const table = `bench-credit-raw-${freshSeries()}`;
    await db.send(createRawTable(table, creditManifest.tables['credit-records']));
    const series = freshSeries();
    const items = Array.from({ length: args.rows }, (_, i) => {
      const record = {
        ...taxRow(benchUscc(series, i), i),
        sourceAgencyId: 'ls-tax',
        version: 1,
        status: 'active',
        createdAt: now,
        updatedAt: now,
        history: [],
      };
      return {
        pk: `SRC#ls-tax#${record.sourceRecordId}`,
        sk: 'CURRENT',
        uscc: record.uscc,
        recordKey: `tax-credit-rating#ls-tax#${record.sourceRecordId}`,
        sourceAgencyId: 'ls-tax',
        sourceSk: `${now}#${record.sourceRecordId}`,
        origin: { clientId: 'bench', orgId: 'ls-tax', jobId: 'raw' },
        record,
      };
    });
    const start = performance.now();
    await batchWriteAll(db, table, items, args.rawConcurrency);
    rawItemsPerSecond.push((args.rows * 1000) / (performance.now() - start));
    await db.send(new DeleteTableCommand({ TableName: table }));
    progress(`  raw: ${round(rawItemsPerSecond.at(-1) ?? 0, 0)} items/s`);

    lastSeries = freshSeries();
    const rows = Array.from({ length: args.rows }, (_, i) => taxRow(benchUscc(lastSeries, i), i));
    const begin = performance.now();
    const res = await fetch(`${stack.baseUrl}/v1/credit-records/imports`, {
      method: 'POST',
      headers: { 'x-api-key': tax, 'content-type': 'application/json' },
      body: JSON.stringify({ rows }),
    });
    const { jobId } = (await res.json()) as { jobId: string };
    for (let job: { status?: string; acceptedRows?: number } = {}; job.status !== 'completed'; ) {
      if (performance.now() - begin > 300_000) throw new Error(`credit import ${jobId} did not complete`);
      await sleep(50);
      job = (await (
        await fetch(`${stack.baseUrl}/v1/imports/${jobId}`, { headers: { 'x-api-key': tax } })
      ).json()) as typeof job;
      if (job.status === 'completed' && job.acceptedRows !== args.rows)
        throw new Error(`credit import accepted ${job.acceptedRows} of ${args.rows}`);
    }
    ingestRowsPerSecond.push((args.rows * 1000) / (performance.now() - begin));
    progress(`  ingest: ${round(ingestRowsPerSecond.at(-1) ?? 0, 0)} rows/s`);
  }

  progress(`credit: profile reads through the gateway, 16 connections, ${args.runs} × ${args.readSeconds} s`);
  const paths = Array.from(
    { length: 200 },
    (_, i) => `/v1/enterprises/${benchUscc(lastSeries, i)}/credit-profile?purpose=supervision`,
  );
  const read: CreditSection['read'] = [];
  for (let run = 0; run < args.runs; run++) {
    const r = await loadInChild({
      baseUrl: stack.baseUrl,
      method: 'GET',
      connections: 16,
      seconds: args.readSeconds,
      headers: { 'x-api-key': office },
      paths: { list: paths },
    });
    if (r.ok === 0) throw new Error(`profile reads failed: ${JSON.stringify(r.statuses)}`);
    read.push({ rps: r.rps, p50: r.p50, p99: r.p99 });
    progress(`  GET profile: ${round(r.rps)} req/s, p99 ${r.p99} ms`);
  }
  const ingest = median(ingestRowsPerSecond);
  const raw = median(rawItemsPerSecond);
  return {
    rows: args.rows,
    ingestRowsPerSecond,
    rawItemsPerSecond,
    rawConcurrency: args.rawConcurrency,
    ratio: ingest / raw,
    read,
    readP99: median(read.map((r) => r.p99)),
  };
}

export function creditMd(c: CreditSection): string {
  return [
    '## 5. Credit records (issue 3)',
    '',
    `Bulk ingest of ${c.rows} tax-rating records (POST → SQS chunks → worker → BatchGetItem + BatchWriteItem + job counters), timed from the POST to the job's \`completed\`, against raw BatchWriteItem of the same items (${c.rawConcurrency} requests in flight) into a copy of the \`credit-records\` table (same keys and indexes, no stream), interleaved in this run.`,
    '',
    '| | rows or items/s (median) | runs |',
    '|---|---|---|',
    `| credit-record ingest | ${round(median(c.ingestRowsPerSecond), 0)} | ${c.ingestRowsPerSecond.map((v) => round(v, 0)).join(', ')} |`,
    `| raw BatchWriteItem | ${round(median(c.rawItemsPerSecond), 0)} | ${c.rawItemsPerSecond.map((v) => round(v, 0)).join(', ')} |`,
    `| ratio ingest / raw | ${Math.round(c.ratio * 100)} % | |`,
    '',
    'Profile read through the gateway (coordinator; records query, evaluation as of today, synchronous audit write), 16 connections:',
    '',
    '| GET /v1/enterprises/{uscc}/credit-profile | req/s | p50 ms | p99 ms |',
    '|---|---|---|---|',
    ...c.read.map((r, i) => `| run ${i + 1} | ${round(r.rps)} | ${r.p50} | ${r.p99} |`),
    `| **median p99** | | | **${c.readP99}** |`,
    '',
  ].join('\n');
}
