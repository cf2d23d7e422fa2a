import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { manifests as allManifests, validateCitySections } from '@sme/catalog';
import { generateWebhookSecret, LocalSecretSealer, webhookSecretContext } from '@sme/delivery';
import type { CityConfig } from '@sme/kernel';
import {
  defaultTimeoutSeconds,
  envNames,
  type FunctionSpec,
  functionId,
  physicalName,
  type QueueSpec,
  resolveChannels,
  type ServiceManifest,
  type TableSpec,
} from '@sme/runtime';
import type { LambdaHandler as AnyLambdaHandler } from './aws/batch-response.ts';
import { startDynamoDbLocal } from './aws/dynamodb-local.ts';
import { startSqsEmulator } from './aws/fauxqs.ts';
import { createQueue, createQueues, createTables, type ProvisionedQueue } from './aws/provision.ts';
import { startScheduleTimer } from './aws/schedule-timer.ts';
import { createCheckpointTable } from './aws/stream-checkpoints.ts';
import { type ConsumerWorker, startConsumerWorker } from './consumer-worker-process.ts';
import { type ConsumerSpec, type Consumers, startConsumers } from './consumers.ts';
import { type DemoBankReceiver, startDemoBankReceiver } from './demo-bank-receiver.ts';
import { type GatewayRoute, LocalGateway } from './gateway.ts';
import { type LocalOidcProvider, startLocalOidcProvider } from './oidc-provider.ts';

type LambdaHandler = AnyLambdaHandler<unknown>;

export interface LocalStackOptions {
  city: CityConfig;
  /** Gateway port; 0 picks a free one. */
  port?: number;
  dynamoPort?: number;
  sqsPort?: number;
  /** Defaults to the city's; tests use 0 to see revocations at once. */
  authCacheTtlSeconds?: number;
  manifests?: readonly ServiceManifest[];
  /** Print each notice the demo bank receiver accepts (the start command does; tests do not). */
  announceWebhooks?: boolean;
  /**
   * Keep the data in this directory: DynamoDB Local's database in `<dataDir>/dynamodb` (tables, items,
   * streams, stream checkpoints) and the SQS emulator's in `<dataDir>/sqs` (queues and their messages),
   * so they survive a restart (`./dev start`); without it everything is in memory (tests).
   */
  dataDir?: string;
  /**
   * Where the queue and stream consumers run: in this process (default), or in a worker process the
   * stack can kill with SIGKILL and start again (`worker`), to test what a dying Lambda leaves behind.
   */
  consumers?: 'in-process' | 'worker';
  /**
   * The visibility timeout every local queue poller asks for: how long a message a consumer received,
   * and died holding, stays hidden before it is received again. Default as deployed (the queue's, at
   * least 6 × the consumer's timeout); a run that kills its worker on purpose shortens it.
   */
  visibilityTimeoutSeconds?: number;
  /**
   * The local OpenID provider people sign in with (one demo person per role): its port (0 picks a free
   * one, the default) and passwords kept from the last start; `false` starts none.
   */
  oidc?: false | { port?: number; passwords?: Record<string, string> };
}

export interface LocalStack {
  baseUrl: string;
  dynamoEndpoint: string;
  sqsEndpoint: string;
  queues: Record<string, ProvisionedQueue>;
  tables: Record<string, string>;
  /** Inbox queue URL of each bank whose delivery is `sqs`. */
  bankQueues: Record<string, string>;
  /** The webhook endpoints of banks whose configured URL is `http://127.0.0.1:0/…`. */
  bankReceiver: DemoBankReceiver;
  /** The city as the functions see it (demo webhook URLs pointed at the receiver). */
  city: CityConfig;
  /** Fires a schedule by hand: `<service>-<function>`. */
  trigger(functionName: string): Promise<void>;
  /** Resolves when every queue and stream is drained (tests). */
  idle(): Promise<void>;
  /** The consumers' worker process, with `consumers: 'worker'`. */
  worker?: ConsumerWorker;
  /** The file holding each city secret's local value (`./dev ops blacklist rotate-key --secret-file`). */
  secretFiles: Record<string, string>;
  /** The local OpenID provider, with the demo people and their passwords (unless `oidc: false`). */
  oidc?: LocalOidcProvider;
  stop(): Promise<void>;
}

const region = 'cn-north-1';

/**
 * Boots the whole city stack in this process tree: DynamoDB Local (a child JVM), the SQS emulator,
 * the tables and queues of every manifest, an HTTP gateway over the HTTP functions, pollers over
 * the queue and stream consumers, and timers over the schedules. Everything it starts, `stop()` ends.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  validateCitySections(options.city);
  const manifests = resolveChannels(options.manifests ?? allManifests);
  const stoppers: (() => Promise<void>)[] = [];
  // Banks whose webhook is `http://127.0.0.1:0/…` are served by the demo receiver, on its real port.
  const bankReceiver = await startDemoBankReceiver({ quiet: !options.announceWebhooks });
  stoppers.push(() => bankReceiver.close());
  const demoOrigin = 'http://127.0.0.1:0';
  const city: CityConfig = {
    ...options.city,
    // The authorizer caches API keys for this long (tests use 0, to see a revocation at once).
    auth: {
      ...options.city.auth,
      cacheTtlSeconds: options.authCacheTtlSeconds ?? options.city.auth.cacheTtlSeconds,
    },
    banks: options.city.banks.map((b) =>
      b.delivery.kind === 'webhook' && b.delivery.url.startsWith(`${demoOrigin}/`)
        ? {
            ...b,
            delivery: { ...b.delivery, url: bankReceiver.origin + b.delivery.url.slice(demoOrigin.length) },
          }
        : b,
    ),
  };
  const stopAll = async () => {
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
    stoppers.length = 0;
  };
  try {
    const [dynamo, sqsEmulator] = await Promise.all([
      startDynamoDbLocal({
        port: options.dynamoPort ?? 0,
        ...(options.dataDir ? { dbPath: join(options.dataDir, 'dynamodb') } : {}),
      }),
      startSqsEmulator({
        port: options.sqsPort ?? 0,
        region,
        ...(options.dataDir ? { dataDir: join(options.dataDir, 'sqs') } : {}),
      }),
    ]);
    stoppers.push(
      () => dynamo.stop(),
      () => sqsEmulator.stop(),
    );

    Object.assign(process.env, {
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      [envNames.dynamoEndpoint]: dynamo.endpoint,
      [envNames.sqsEndpoint]: sqsEmulator.endpoint,
      [envNames.city]: city.id,
      [envNames.cityConfig]: JSON.stringify(city),
      POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
      // Business metrics are EMF log lines CloudWatch turns into metrics; locally nothing reads them.
      POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
    });
    const dynamoClient = new DynamoDBClient({ endpoint: dynamo.endpoint, region });
    const sqs = new SQSClient({ endpoint: sqsEmulator.endpoint, region });
    stoppers.push(async () => {
      dynamoClient.destroy();
      sqs.destroy();
    });

    const tableSpecs: Record<string, TableSpec> = Object.assign({}, ...manifests.map((m) => m.tables ?? {}));
    const queueSpecs: Record<string, QueueSpec> = Object.assign({}, ...manifests.map((m) => m.queues ?? {}));
    const functions = manifests.flatMap((m) =>
      Object.entries(m.functions).map(([name, spec]) => ({ id: functionId(m.service, name), spec })),
    );
    const timeoutOf = (spec: FunctionSpec) => spec.timeoutSeconds ?? defaultTimeoutSeconds;
    const visibilityFor = (logical: string) => {
      const consumer = functions.find(
        (f) => f.spec.trigger.kind === 'queue' && f.spec.trigger.queue === logical,
      );
      return Math.max(
        queueSpecs[logical]?.visibilityTimeoutSeconds ?? 30,
        consumer ? timeoutOf(consumer.spec) * 6 : 0,
      );
    };
    const bankQueueSpecs: Record<string, QueueSpec> = Object.fromEntries(
      city.banks
        .filter((b) => b.delivery.kind === 'sqs')
        .map((b) => [`bank-${b.id}`, { maxReceiveCount: 5, description: `inbox of ${b.id}` }]),
    );
    const [tables, queues, bankQueueList] = await Promise.all([
      createTables(dynamoClient, city.id, tableSpecs),
      createQueues(sqs, city.id, queueSpecs, visibilityFor),
      createQueues(sqs, city.id, bankQueueSpecs, () => 30),
    ]);
    const bankQueues = Object.fromEntries(
      Object.entries(bankQueueList).map(([logical, q]) => [logical.slice('bank-'.length), q.url]),
    );
    process.env[envNames.bankQueues] = JSON.stringify(bankQueues);
    // Deployed, a city key is a KMS key used by ARN; locally a fixed development AES key stands in
    // (no KMS emulator), so functions seal and open through the same port, with the same context.
    for (const logical of new Set(functions.flatMap((f) => Object.keys(f.spec.keys ?? {})))) {
      process.env[envNames.localKey(logical)] ??= LocalSecretSealer.developmentKey(logical);
    }
    const endpointsTable = tables['delivery-endpoints']?.tableName;
    const webhookKey = process.env[envNames.localKey('webhook-secrets')];
    for (const bank of city.banks) {
      if (bank.delivery.kind !== 'webhook' || !bank.delivery.url.startsWith(bankReceiver.origin)) continue;
      const secret = generateWebhookSecret();
      bankReceiver.setSecrets(bank.id, [secret]);
      if (endpointsTable && webhookKey) {
        // Seeded as the rotation function stores them: sealed, bound to the city and the bank.
        const sealed = await LocalSecretSealer.fromBase64(webhookKey).seal(
          secret,
          webhookSecretContext(city.id, bank.id),
        );
        const sealedItem = {
          M: {
            scheme: { S: sealed.scheme },
            keyId: { S: sealed.keyId },
            ciphertext: { S: sealed.ciphertext },
          },
        };
        await dynamoClient.send(
          new PutItemCommand({
            TableName: endpointsTable,
            Item: {
              bankId: { S: bank.id },
              secrets: { L: [{ M: { secret: sealedItem, createdAt: { S: new Date().toISOString() } } }] },
            },
          }),
        );
      }
    }
    for (const [logical, t] of Object.entries(tables)) process.env[envNames.table(logical)] = t.tableName;
    for (const [logical, q] of Object.entries(queues)) process.env[envNames.queueUrl(logical)] = q.url;
    // One process runs every function, so their extra env (channel subscribers) is shared; it never conflicts.
    for (const f of functions) Object.assign(process.env, f.spec.environment);
    // Deployed, a city secret is generated by the stack and read by ARN; locally a file holds a development
    // value (kept with the data), which `./dev ops blacklist rotate-key` rewrites as it would the real secret.
    // A value given in the environment (SECRET_<NAME>_VALUE) wins.
    const secretFiles: Record<string, string> = {};
    const secretsDir = options.dataDir
      ? join(options.dataDir, 'secrets')
      : mkdtempSync(join(tmpdir(), `${options.city.id}-secrets-`));
    if (!options.dataDir) stoppers.push(async () => rmSync(secretsDir, { recursive: true, force: true }));
    for (const logical of new Set(functions.flatMap((f) => f.spec.secrets ?? []))) {
      if (process.env[envNames.secretValue(logical)]) continue;
      const file = join(secretsDir, logical);
      if (!existsSync(file)) {
        mkdirSync(secretsDir, { recursive: true, mode: 0o700 });
        writeFileSync(file, `local-development-${logical}-not-for-production\n`, { mode: 0o600 });
      }
      secretFiles[logical] = file;
      process.env[envNames.secretFile(logical)] = file;
    }

    // Handlers read their env at import (module scope is the composition root), so import after it is set.
    const handlers = new Map<string, LambdaHandler>();
    for (const f of functions) {
      const module = (await import(f.spec.entry)) as { handler?: LambdaHandler };
      if (typeof module.handler !== 'function') throw new Error(`${f.spec.entry} exports no handler`);
      handlers.set(f.id, module.handler);
    }
    const handlerOf = (id: string) => handlers.get(id) as LambdaHandler;

    const authorizer = functions.find((f) => f.spec.trigger.kind === 'authorizer');
    if (!authorizer) throw new Error('No authorizer function in the manifests');
    const routes: GatewayRoute[] = functions.flatMap((f) =>
      f.spec.trigger.kind === 'http'
        ? [
            {
              route: f.spec.trigger.route,
              functionName: f.id,
              timeoutSeconds: timeoutOf(f.spec),
              handler: handlerOf(f.id),
            },
          ]
        : [],
    );
    const gateway = new LocalGateway({ routes, authorizer: handlerOf(authorizer.id) });

    // Queue and stream consumers, as plain data: run here or in a worker process.
    const checkpointTable = `${city.id}-local-stream-checkpoints`;
    await createCheckpointTable(dynamoClient, checkpointTable);
    const consumerSpecs: ConsumerSpec[] = [];
    const schedules = new Map<string, () => Promise<void>>();
    for (const f of functions) {
      const trigger = f.spec.trigger;
      if (trigger.kind === 'queue') {
        const queue = queues[trigger.queue];
        if (!queue) throw new Error(`${f.id} consumes unknown queue ${trigger.queue}`);
        consumerSpecs.push({
          id: f.id,
          entry: f.spec.entry,
          timeoutSeconds: timeoutOf(f.spec),
          source: {
            kind: 'queue',
            queueUrl: queue.url,
            queueArn: queue.arn,
            batchSize: trigger.batchSize,
            visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? visibilityFor(trigger.queue),
            // Lambda runs several batches of a queue at once (up to maxConcurrency); so do we, with one
            // poller each. Without a declared cap, one poller keeps local runs easy to follow.
            concurrency: trigger.maxConcurrency ?? 1,
          },
        });
      } else if (trigger.kind === 'stream') {
        const table = tables[trigger.table];
        const streamArn =
          table?.streamArn ??
          (await dynamoClient.send(new DescribeTableCommand({ TableName: table?.tableName }))).Table
            ?.LatestStreamArn;
        if (!streamArn) throw new Error(`${f.id} reads the stream of ${trigger.table}, which has none`);
        // As deployed: a batch that keeps failing is parked on the function's failures queue
        // (`<city>-<function>-dlq`, the event source mapping's on-failure destination), never dropped.
        const failures = await createQueue(sqs, physicalName.dlq(city.id, f.id), {});
        consumerSpecs.push({
          id: f.id,
          entry: f.spec.entry,
          timeoutSeconds: timeoutOf(f.spec),
          source: { kind: 'stream', streamArn, batchSize: trigger.batchSize, failuresQueueUrl: failures.url },
        });
      } else if (trigger.kind === 'schedule') {
        const timer = startScheduleTimer({
          expression: trigger.expression,
          handler: handlerOf(f.id),
        });
        stoppers.push(async () => timer.stop());
        schedules.set(f.id, async () => {
          await timer.trigger();
        });
      }
    }
    const plan = {
      region,
      dynamoEndpoint: dynamo.endpoint,
      sqsEndpoint: sqsEmulator.endpoint,
      checkpointTable,
      consumers: consumerSpecs,
    };
    let worker: ConsumerWorker | undefined;
    let consumers: Consumers;
    if (options.consumers === 'worker') {
      worker = await startConsumerWorker(plan);
      consumers = worker;
    } else {
      consumers = await startConsumers(plan, handlerOf);
    }
    stoppers.push(() => consumers.stop());

    const { url } = await gateway.listen(options.port ?? 0);
    stoppers.push(() => gateway.close());
    // People's sign-in: the console is sent back to itself with the code; the authorizer reads these
    // names per request, so the provider may start after the gateway (nothing has called it yet).
    let oidc: LocalOidcProvider | undefined;
    if (options.oidc !== false) {
      oidc = await startLocalOidcProvider({
        city,
        redirectUris: [`${url}/console`],
        audience: url,
        ...(options.oidc?.port !== undefined ? { port: options.oidc.port } : {}),
        ...(options.oidc?.passwords ? { passwords: options.oidc.passwords } : {}),
      });
      stoppers.push(() => (oidc as LocalOidcProvider).close());
      Object.assign(process.env, {
        [envNames.oidcIssuer]: oidc.issuer,
        [envNames.oidcAudience]: oidc.audience,
        [envNames.oidcJwksUri]: oidc.jwksUri,
        [envNames.oidcConsoleClientId]: oidc.consoleClientId,
      });
    } else {
      for (const name of [
        envNames.oidcIssuer,
        envNames.oidcAudience,
        envNames.oidcJwksUri,
        envNames.oidcConsoleClientId,
      ])
        delete process.env[name];
    }

    return {
      baseUrl: url,
      dynamoEndpoint: dynamo.endpoint,
      sqsEndpoint: sqsEmulator.endpoint,
      queues,
      bankQueues,
      bankReceiver,
      city,
      tables: Object.fromEntries(Object.entries(tables).map(([k, t]) => [k, t.tableName])),
      trigger: async (name) => {
        const fire = schedules.get(name);
        if (!fire)
          throw new Error(`No schedule ${name}; known: ${[...schedules.keys()].join(', ') || 'none'}`);
        await fire();
      },
      idle: () => consumers.idle(),
      secretFiles,
      ...(worker ? { worker } : {}),
      ...(oidc ? { oidc } : {}),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
