import { randomUUID } from 'node:crypto';
import {
  type AttributeDefinition,
  CreateTableCommand,
  DeleteTableCommand,
  type KeySchemaElement,
} from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LocalStack } from '@sme/local';
import { registryManifest } from '@sme/registry';
import type { KeySpec, TableSpec } from '@sme/runtime';
import { benchDocuments, itemFor } from './dynamo.ts';
import { enterpriseBody } from './enterprise-body.ts';
import { median, progress, round, sleep } from './stats.ts';
import { benchUscc, freshSeries } from './uscc.ts';

export interface ImportRun {
  rowsPerSecond: number;
  ms: number;
  /** Time until the POST answered 202 (rows parsed, job recorded, chunks queued). */
  acceptMs: number;
  acceptedRows: number;
}

export interface RawRun {
  concurrency: number;
  itemsPerSecond: number;
  ms: number;
}

export interface BulkImportSection {
  settings: {
    rows: number;
    runs: number;
    rawConcurrency: number[];
    ratioConcurrency: number;
    pollMs: number;
  };
  imports: ImportRun[];
  raw: RawRun[];
  /**
   * Raw BatchWriteItem into the enterprises table itself (its stream on, its consumers busy), one run
   * of a quarter of the rows after each import: what DynamoDB Local allows a writer of that table in
   * the same conditions.
   */
  sameTable: RawRun[];
  importRowsPerSecond: number;
  rawItemsPerSecond: Record<string, number>;
  sameTableItemsPerSecond: number;
  /** Import rows/s over raw items/s at `ratioConcurrency`. */
  ratio: number;
  /** Import rows/s over same-table raw items/s (information; the target is `ratio`). */
  sameTableRatio: number;
  target: number;
  met: boolean;
}

/**
 * CreateTable for a fresh copy of a manifest table: same keys, GSIs and projection, no stream.
 * (DynamoDB Local writes a new table's stream records very slowly once another table's stream holds
 * many records — measured 420–490 items/s against ~3,000 without a stream — an emulator artefact that
 * would flatter the import, so the baseline table has none.)
 */
export function createRawTable(name: string, spec: TableSpec = registryManifest.tables.enterprises) {
  const keySchema = (pk: KeySpec, sk?: KeySpec): KeySchemaElement[] => [
    { AttributeName: pk.name, KeyType: 'HASH' },
    ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' as const }] : []),
  ];
  const attributes = new Map<string, KeySpec['type']>([[spec.partitionKey.name, spec.partitionKey.type]]);
  if (spec.sortKey) attributes.set(spec.sortKey.name, spec.sortKey.type);
  for (const index of Object.values(spec.indexes ?? {})) {
    attributes.set(index.partitionKey.name, index.partitionKey.type);
    if (index.sortKey) attributes.set(index.sortKey.name, index.sortKey.type);
  }
  return new CreateTableCommand({
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: keySchema(spec.partitionKey, spec.sortKey),
    AttributeDefinitions: [...attributes].map(
      ([AttributeName, AttributeType]): AttributeDefinition => ({ AttributeName, AttributeType }),
    ),
    GlobalSecondaryIndexes: Object.entries(spec.indexes ?? {}).map(([IndexName, index]) => ({
      IndexName,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: { ProjectionType: index.projection === 'all' ? 'ALL' : 'KEYS_ONLY' },
    })),
  });
}

/** BatchWriteItem of all items, 25 a request, `concurrency` requests in flight, unprocessed retried. */
export async function batchWriteAll(
  db: DynamoDBDocumentClient,
  table: string,
  items: Record<string, unknown>[],
  concurrency: number,
) {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    for (let b = batches[next++]; b; b = batches[next++]) {
      let pending = b.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(500, 25 * 2 ** attempt));
        const out = await db.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
        pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Raw items into the stack's own enterprises table: same stream, same consumers as the import's rows. */
async function sameTableRun(
  stack: LocalStack,
  template: Record<string, unknown>,
  rows: number,
  concurrency: number,
): Promise<RawRun> {
  const table = stack.tables.enterprises;
  if (!table) throw new Error('the stack has no enterprises table');
  const series = freshSeries();
  const items = Array.from({ length: rows }, (_, i) =>
    itemFor(template, benchUscc(series, i), { jobId: 'raw', row: i + 1 }),
  );
  const start = performance.now();
  await batchWriteAll(benchDocuments(stack), table, items, concurrency);
  const ms = performance.now() - start;
  return { concurrency, ms, itemsPerSecond: (rows * 1000) / ms };
}

/** One raw run: a fresh table, all items written, the table dropped. */
async function rawRun(
  db: DynamoDBDocumentClient,
  template: Record<string, unknown>,
  rows: number,
  concurrency: number,
): Promise<RawRun> {
  const table = `bench-raw-${freshSeries()}-${concurrency}`;
  await db.send(createRawTable(table));
  const series = freshSeries();
  const items = Array.from({ length: rows }, (_, i) =>
    itemFor(template, benchUscc(series, i), { jobId: 'raw', row: i + 1 }),
  );
  const start = performance.now();
  await batchWriteAll(db, table, items, concurrency);
  const ms = performance.now() - start;
  await db.send(new DeleteTableCommand({ TableName: table }));
  return { concurrency, ms, itemsPerSecond: (rows * 1000) / ms };
}

/**
 * The baseline of the bulk import: raw BatchWriteItem, 25 items a request, of items of the registry's
 * shape into a fresh table with the enterprises table's keys and GSIs. Runs on a quiet stack (nothing
 * in the stream), after one unrecorded run per setting that warms DynamoDB Local's JVM.
 */
export async function benchRawBatchWrite(args: {
  stack: LocalStack;
  template: Record<string, unknown>;
  rows: number;
  runs: number;
  concurrency: number[];
}): Promise<RawRun[]> {
  const db = benchDocuments(args.stack);
  progress(
    `raw BatchWriteItem of ${args.rows} items, ${args.concurrency.join(' and ')} in flight (after a warm-up)`,
  );
  for (const c of args.concurrency) await rawRun(db, args.template, args.rows, c);
  const raw: RawRun[] = [];
  for (let run = 0; run < args.runs; run++) {
    for (const c of run % 2 === 0 ? args.concurrency : [...args.concurrency].reverse()) {
      const r = await rawRun(db, args.template, args.rows, c);
      raw.push(r);
      progress(`  raw ×${c}: ${round(r.itemsPerSecond, 0)} items/s`);
    }
  }
  return raw;
}

/**
 * One import of `rows` new enterprises (distinct USCCs) through the gateway: POST with an
 * Idempotency-Key, then GET the job every `pollMs` until it is completed; every row must be accepted.
 */
export async function importOnce(
  stack: Pick<LocalStack, 'baseUrl'>,
  agencyKey: string,
  rows: number,
  pollMs = 50,
): Promise<ImportRun> {
  const series = freshSeries();
  const payload = JSON.stringify({
    rows: Array.from({ length: rows }, (_, i) => ({ ...enterpriseBody(), uscc: benchUscc(series, i) })),
  });
  const headers = { 'x-api-key': agencyKey };
  const start = performance.now();
  const res = await fetch(`${stack.baseUrl}/v1/enterprises/imports`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: payload,
  });
  const acceptMs = performance.now() - start;
  const started = (await res.json()) as { jobId?: string };
  if (res.status !== 202 || !started.jobId) throw new Error(`import POST answered ${res.status}`);
  let job: { status?: string; acceptedRows?: number; rejectedRows?: number } = {};
  while (job.status !== 'completed') {
    if (performance.now() - start > 300_000)
      throw new Error(`import ${started.jobId} did not complete in 5 min`);
    await sleep(pollMs);
    job = (await (
      await fetch(`${stack.baseUrl}/v1/imports/${started.jobId}`, { headers })
    ).json()) as typeof job;
  }
  const ms = performance.now() - start;
  if (job.acceptedRows !== rows) {
    throw new Error(`import accepted ${job.acceptedRows} of ${rows} rows (${job.rejectedRows} rejected)`);
  }
  return { ms, acceptMs, rowsPerSecond: (rows * 1000) / ms, acceptedRows: job.acceptedRows };
}

/**
 * Bulk import through the gateway and the import worker (POST → SQS chunks of 100 rows → worker →
 * BatchGetItem + BatchWriteItem + job counters), timed from the POST to the job's `completed`, and
 * compared with the raw runs made earlier in this invocation. Each import is followed by a raw run
 * into the enterprises table itself, for information.
 */
export async function benchImports(args: {
  stack: LocalStack;
  agencyKey: string;
  template: Record<string, unknown>;
  rows: number;
  runs: number;
  raw: RawRun[];
  ratioConcurrency: number;
}): Promise<BulkImportSection> {
  const { stack, agencyKey } = args;
  const pollMs = 50;
  progress(`bulk import: ${args.runs} imports of ${args.rows} rows, after one unrecorded warm-up import`);
  const imports: ImportRun[] = [];
  const sameTable: RawRun[] = [];
  // Run -1 warms the worker's code paths, as the raw runs get a warm-up of their own.
  for (let run = -1; run < args.runs; run++) {
    const r = await importOnce(stack, agencyKey, args.rows, pollMs);
    progress(
      `  import${run < 0 ? ' (warm-up)' : ''}: ${round(r.rowsPerSecond, 0)} rows/s (202 after ${round(r.acceptMs, 0)} ms)`,
    );
    if (run < 0) continue;
    imports.push(r);
    // A quarter of the rows, enough for a steady rate and less backlog for the next import.
    const same = await sameTableRun(stack, args.template, Math.ceil(args.rows / 4), args.ratioConcurrency);
    sameTable.push(same);
    progress(`  raw into the enterprises table: ${round(same.itemsPerSecond, 0)} items/s`);
  }

  const concurrency = [...new Set(args.raw.map((r) => r.concurrency))];
  const rawItemsPerSecond = Object.fromEntries(
    concurrency.map((c) => [
      String(c),
      median(args.raw.filter((r) => r.concurrency === c).map((r) => r.itemsPerSecond)),
    ]),
  );
  const importRowsPerSecond = median(imports.map((r) => r.rowsPerSecond));
  const ratio = importRowsPerSecond / (rawItemsPerSecond[String(args.ratioConcurrency)] ?? Number.NaN);
  const sameTableItemsPerSecond = median(sameTable.map((r) => r.itemsPerSecond));
  return {
    settings: {
      rows: args.rows,
      runs: args.runs,
      rawConcurrency: concurrency,
      ratioConcurrency: args.ratioConcurrency,
      pollMs,
    },
    imports,
    raw: args.raw,
    sameTable,
    importRowsPerSecond,
    rawItemsPerSecond,
    sameTableItemsPerSecond,
    ratio,
    sameTableRatio: importRowsPerSecond / sameTableItemsPerSecond,
    target: 0.5,
    met: ratio >= 0.5,
  };
}
