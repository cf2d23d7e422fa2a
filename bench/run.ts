/**
 * The benchmarks of issue 2, in one process: `node bench/run.ts` (or `./dev bench`).
 * Writes bench/results.md and bench/results.json. `--quick` runs short versions of every section
 * into .tmp/bench/ instead (for working on the bench, not for the record).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCityConfig } from '@sme/kernel';
import { seedClients, startLocalStack } from '@sme/local';
import { registryManifest } from '@sme/registry';
import type { BulkImportSection } from './bulk-import.ts';
import { benchCapacity } from './capacity.ts';
import { benchColdInit } from './cold-init.ts';
import { benchCredit } from './credit.ts';
import { closeBenchDocuments, storedItemTemplate } from './dynamo.ts';
import { enterpriseBody } from './enterprise-body.ts';
import { type BenchResults, writeResults } from './report.ts';
import { drain, progress, round, timed } from './stats.ts';
import { benchUpsert } from './upsert.ts';
import { benchUscc, freshSeries } from './uscc.ts';

const repoRoot = join(import.meta.dirname, '..');
const { values: flags } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = flags.quick === true;
const scratch = join(repoRoot, '.tmp', 'bench');
mkdirSync(scratch, { recursive: true });

// A CA bundle in the environment adds ~55 ms to every node start (and so to every cold-init sample).
delete process.env.NODE_EXTRA_CA_CERTS;

const started = new Date();
const startedAt = performance.now();
const loadBefore = loadavg();
const city = loadCityConfig('linshan');

const coldInit = await benchColdInit({
  city,
  workDir: join(scratch, 'bundles'),
  spawnsPerBundle: quick ? 3 : 7,
});

progress('starting the local stack (DynamoDB Local, fauxqs, gateway, pollers)');
const boot = await timed(() =>
  startLocalStack({ city, port: 0, authCacheTtlSeconds: city.auth.cacheTtlSeconds }),
);
const stack = boot.value;
// Ctrl-C must not leave DynamoDB Local (a JVM) behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    progress(`${signal}: stopping the stack`);
    void stack.stop().finally(() => process.exit(130));
  });
}
let fullStack: Omit<BenchResults, 'bulkImport' | 'durationSeconds' | 'machine'>;
const rows = quick ? 2_000 : 10_000;
try {
  const clients = await seedClients(city);
  const agencyKey = clients.agency?.apiKey;
  if (!agencyKey) throw new Error('no demo agency client was seeded');

  // Order matters (see results.md): credit, capacity, then the upsert runs, each on a drained stack.
  // The bulk import (section 4) follows in a child process on a stack of its own.
  const workerTrigger = registryManifest.functions['import-worker'].trigger;
  // Pollers (maxConcurrency) × messages a batch × BatchWriteItem requests a chunk (100 rows / 25).
  const workerParallelism = (workerTrigger.maxConcurrency ?? 1) * workerTrigger.batchSize * 4;
  // Credit first, on a quiet stack: its ingest and reads are measured before the registry sections leave
  // a stream backlog that the single DynamoDB Local JVM would then be working through.
  const credit = await benchCredit({
    stack,
    city,
    rows: quick ? 500 : 1_000,
    runs: quick ? 1 : 2,
    rawConcurrency: workerParallelism,
    readSeconds: quick ? 2 : 4,
  });

  await drain(stack);
  progress('capacity units per operation');
  const capacity = await benchCapacity({ stack, agencyKey });
  const template = await storedItemTemplate(stack, agencyKey, benchUscc(freshSeries(), 0), enterpriseBody());

  // The framework's cost is measured on a quiet stack: with five services subscribed to the registry's
  // events, the backlog an import leaves would slow the bare server and the gateway alike, to noise.
  await drain(stack);
  const upsert = await benchUpsert({
    stack,
    agencyKey,
    template,
    connections: 16,
    seconds: quick ? 3 : 8,
    runs: 3,
    readSeconds: quick ? 2 : 4,
    warmupSeconds: quick ? 1 : 3,
    authCacheTtlSeconds: city.auth.cacheTtlSeconds,
  });

  fullStack = {
    command: quick ? 'node bench/run.ts --quick' : 'node bench/run.ts',
    date: started.toISOString(),
    node: process.version,
    stackBootMs: boot.ms,
    coldInit,
    upsert,
    capacity,
    credit,
  };
} finally {
  progress('stopping the stack');
  closeBenchDocuments();
  await stack.stop();
}

/** Section 4 runs in a child process with a stack of its own (see bench/import-run.ts). */
function importSection(rows: number): Promise<BulkImportSection> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'import-run.ts'), String(rows), '3'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as BulkImportSection)
        : reject(new Error(`import-run exited ${code}`)),
    );
  });
}
const bulkImport = await importSection(rows);
const results: BenchResults = {
  ...fullStack,
  bulkImport,
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 2 ** 30),
    loadAverageBefore: loadBefore.map((l) => round(l, 2)),
    loadAverageAfter: loadavg().map((l) => round(l, 2)),
  },
  durationSeconds: (performance.now() - startedAt) / 1000,
};
const out = quick ? scratch : import.meta.dirname;
writeResults(results, out);
// Biome formats JSON and Markdown too; the committed files should pass `biome check` (.tmp is not checked).
if (!quick) {
  execFileSync(
    join(repoRoot, 'node_modules', '.bin', 'biome'),
    ['format', '--write', join(out, 'results.json'), join(out, 'results.md')],
    {
      stdio: 'ignore',
    },
  );
}
progress(`done in ${round(results.durationSeconds, 0)} s → ${join(out, 'results.md')}`);
