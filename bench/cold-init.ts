import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifests } from '@sme/catalog';
import type { CityConfig } from '@sme/kernel';
import { envNames, functionId, resolveChannels } from '@sme/runtime';
import { type BuildOptions, build } from 'esbuild';
import { median, progress } from './stats.ts';

export interface InitRow {
  /** `<service>-<function>`, or `baseline:<clients>`. */
  name: string;
  baseline: string;
  bundleKb: number;
  mapKb: number;
  /** Median of the fresh-process import times, ms. */
  initMs: number;
  samples: number[];
  /** initMs / the baseline's initMs (functions only). */
  ratio?: number;
  met?: boolean;
}

export interface ColdInitSection {
  settings: { spawnsPerBundle: number; target: number };
  baselines: InitRow[];
  functions: InitRow[];
}

type Clients = 'none' | 'dynamodb' | 'dynamodb+sqs';

const baselineSources: Record<Clients, string> = {
  none: 'export const handler = async () => ({ statusCode: 200, body: "{}" });',
  dynamodb: `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
const db = DynamoDBDocumentClient.from(new DynamoDBClient({ maxAttempts: 3 }), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
const TableName = process.env.TABLE_ENTERPRISES;
export const handler = async (event) => {
  const got = await db.send(new GetCommand({ TableName, Key: { pk: event.pk, sk: 'ENT' } }));
  if (!got.Item) await db.send(new PutCommand({ TableName, Item: { pk: event.pk, sk: 'ENT' } }));
  return { statusCode: 200, body: JSON.stringify(got.Item ?? {}) };
};`,
  'dynamodb+sqs': `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
const db = DynamoDBDocumentClient.from(new DynamoDBClient({ maxAttempts: 3 }), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
const sqs = new SQSClient({});
const TableName = process.env.TABLE_ENTERPRISES;
export const handler = async (event) => {
  const got = await db.send(new GetCommand({ TableName, Key: { pk: event.pk, sk: 'ENT' } }));
  if (!got.Item) await db.send(new PutCommand({ TableName, Item: { pk: event.pk, sk: 'ENT' } }));
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_ENTERPRISE_EVENTS_URL, MessageBody: '{}' }));
  return { statusCode: 200, body: JSON.stringify(got.Item ?? {}) };
};`,
};

const repoRoot = join(import.meta.dirname, '..');

/**
 * esbuild options of infra/lib/function.ts (CityFunction → NodejsFunction bundling): ESM, node22,
 * minified, every dependency bundled (the AWS SDK too), linked source map without sources, the
 * createRequire banner, and the city config inlined with `define`.
 */
function deployOptions(city: CityConfig): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    mainFields: ['module', 'main'],
    charset: 'utf8',
    logLevel: 'warning',
    external: [],
    banner: {
      js: "import { createRequire as __smeCreateRequire } from 'node:module'; const require = __smeCreateRequire(import.meta.url);",
    },
    define: { [`process.env.${envNames.cityConfig}`]: JSON.stringify(JSON.stringify(city)) },
  };
}

/** The manifests as infra deploys them: channel subscriptions turned into queue sends and env. */
const deployed = () => resolveChannels(manifests);

/** The env a deployed function sees at module scope: its tables and queues, region, credentials. */
function functionEnv(city: CityConfig): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    AWS_REGION: 'cn-north-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    [envNames.city]: city.id,
  };
  for (const m of deployed()) {
    for (const f of Object.values(m.functions)) Object.assign(env, f.environment);
    for (const t of Object.keys(m.tables ?? {})) env[envNames.table(t)] = `${city.id}-${t}`;
    for (const q of Object.keys(m.queues ?? {})) {
      env[envNames.queueUrl(q)] = `https://sqs.cn-north-1.amazonaws.com.cn/000000000000/${city.id}-${q}`;
    }
  }
  return env;
}

const probeSource = `const start = performance.now();
await import(process.argv[2]);
process.stdout.write(JSON.stringify({ ms: performance.now() - start }));
`;

/** One fresh node process importing the bundle; resolves with the import time in ms. */
function spawnImport(probe: string, bundle: string, env: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [probe, bundle], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      err += c;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`importing ${bundle} failed (${code}): ${err.slice(0, 2000)}`));
      resolve((JSON.parse(out) as { ms: number }).ms);
    });
  });
}

/**
 * Bundles every function of the manifests as deployment does and measures its cold init (a fresh
 * node importing the bundle) against minimal handlers that create the same AWS clients. Spawns run
 * round-robin over all bundles, starting one later each round, so drift on the machine hits all alike.
 */
export async function benchColdInit(args: {
  city: CityConfig;
  workDir: string;
  spawnsPerBundle: number;
}): Promise<ColdInitSection> {
  const { city, workDir } = args;
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const options = deployOptions(city);

  const functions = deployed().flatMap((m) =>
    Object.entries(m.functions).map(([name, spec]) => {
      const clients: Clients =
        (spec.sends?.length ?? 0) > 0 ? 'dynamodb+sqs' : spec.tables ? 'dynamodb' : 'none';
      return { name: functionId(m.service, name), entry: spec.entry, clients };
    }),
  );
  const bundles: { name: string; baseline: string; file: string }[] = [];
  progress(`cold init: bundling ${functions.length} functions and 3 baselines`);
  await Promise.all([
    ...functions.map(async (f) => {
      const file = join(workDir, f.name, 'index.mjs');
      await build({ ...options, entryPoints: [f.entry], outfile: file });
      // The brief's baseline for every function is a DynamoDB handler (plus SQS when it sends);
      // functions without clients (docs) are also compared with it, and `none` is shown for reference.
      bundles.push({ name: f.name, baseline: f.clients === 'none' ? 'dynamodb' : f.clients, file });
    }),
    ...(Object.keys(baselineSources) as Clients[]).map(async (clients) => {
      const file = join(workDir, `baseline-${clients.replace('+', '-')}`, 'index.mjs');
      await build({
        ...options,
        stdin: {
          contents: baselineSources[clients],
          resolveDir: repoRoot,
          loader: 'js',
          sourcefile: 'baseline.js',
        },
        outfile: file,
      });
      bundles.push({ name: `baseline:${clients}`, baseline: '', file });
    }),
  ]);
  bundles.sort((a, b) => a.name.localeCompare(b.name));

  const probe = join(workDir, 'probe.mjs');
  writeFileSync(probe, probeSource);
  const env = functionEnv(city);
  const samples = new Map(bundles.map((b) => [b.name, [] as number[]]));
  progress(`cold init: ${args.spawnsPerBundle} rounds × ${bundles.length} bundles`);
  for (let round = 0; round < args.spawnsPerBundle; round++) {
    for (let i = 0; i < bundles.length; i++) {
      const b = bundles[(i + round) % bundles.length];
      if (!b) continue;
      samples.get(b.name)?.push(await spawnImport(probe, b.file, env));
    }
  }

  const rows = bundles.map((b): InitRow => {
    const s = samples.get(b.name) ?? [];
    return {
      name: b.name,
      baseline: b.baseline,
      bundleKb: statSync(b.file).size / 1024,
      mapKb: statSync(`${b.file}.map`).size / 1024,
      initMs: median(s),
      samples: s,
    };
  });
  const baselines = rows.filter((r) => r.name.startsWith('baseline:'));
  const target = 1.5;
  const fns = rows
    .filter((r) => !r.name.startsWith('baseline:'))
    .map((r) => {
      const base = baselines.find((b) => b.name === `baseline:${r.baseline}`);
      const ratio = base ? r.initMs / base.initMs : Number.NaN;
      return { ...r, ratio, met: ratio <= target };
    });
  return { settings: { spawnsPerBundle: args.spawnsPerBundle, target }, baselines, functions: fns };
}
