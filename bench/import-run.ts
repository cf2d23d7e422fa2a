/**
 * Section 4 of the bench, in its own process and its own stack: `node bench/import-run.ts <rows> <runs>`.
 * The stack holds the registry service alone (with the platform tables and the authorizer): the
 * import, the registry's own stream consumer (tags, audit, events) and nothing subscribed to its
 * events. Five other services' projections of every imported enterprise would otherwise share this
 * machine's two cores and its one DynamoDB Local with the import; deployed, they run in their own
 * Lambda concurrency against on-demand tables. Prints the section as JSON on stdout.
 */
import { accessManifest } from '@sme/access';
import { loadCityConfig } from '@sme/kernel';
import { seedClients, startLocalStack } from '@sme/local';
import { registryManifest } from '@sme/registry';
import { platformManifest } from '@sme/runtime';
import { benchImports, benchRawBatchWrite } from './bulk-import.ts';
import { closeBenchDocuments, storedItemTemplate } from './dynamo.ts';
import { enterpriseBody } from './enterprise-body.ts';
import { drain, progress } from './stats.ts';
import { benchUscc, freshSeries } from './uscc.ts';

const [rows = 10_000, runs = 3] = process.argv.slice(2).map(Number);
const city = loadCityConfig('linshan');
progress('bulk import: starting a stack of the registry service alone');
const stack = await startLocalStack({
  city,
  port: 0,
  manifests: [platformManifest, accessManifest, registryManifest],
});
try {
  const agencyKey = (await seedClients(city)).agency?.apiKey;
  if (!agencyKey) throw new Error('no demo agency client was seeded');
  const template = await storedItemTemplate(stack, agencyKey, benchUscc(freshSeries(), 0), enterpriseBody());
  const trigger = registryManifest.functions['import-worker'].trigger;
  // Pollers (maxConcurrency) × messages a batch × BatchWriteItem requests a chunk (100 rows / 25).
  const workerParallelism = (trigger.maxConcurrency ?? 1) * trigger.batchSize * 4;
  await drain(stack);
  const raw = await benchRawBatchWrite({
    stack,
    template,
    rows,
    runs,
    concurrency: [...new Set([4, workerParallelism])],
  });
  const section = await benchImports({
    stack,
    agencyKey,
    template,
    rows,
    runs,
    raw,
    ratioConcurrency: workerParallelism,
  });
  process.stdout.write(JSON.stringify(section));
} finally {
  closeBenchDocuments();
  await stack.stop();
}
