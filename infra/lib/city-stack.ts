import type { CityConfig, FieldIssue } from '@sme/kernel';
import { ValidationError } from '@sme/kernel';
import type { FunctionSpec, QueueSpec, ServiceManifest, TableSpec } from '@sme/runtime';
import { defaultTimeoutSeconds, functionId, physicalName, resolveChannels } from '@sme/runtime';
import { type App, Stack, Tags } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { AlarmTopic } from './alarm-topic.ts';
import { BankInboxQueues } from './bank-inbox.ts';
import { CitySecrets } from './city-secrets.ts';
import { CityFunction } from './function.ts';
import { CityHttpApi } from './http-api.ts';
import { DeadLetterQueue, WorkQueue } from './queue.ts';
import { CityTable } from './table.ts';
import {
  addQueueTrigger,
  addScheduleTrigger,
  addStreamTrigger,
  requiredVisibilitySeconds,
} from './triggers.ts';

/** One manifest function with the service that declares it. */
interface DeclaredFunction {
  service: string;
  name: string;
  spec: FunctionSpec;
}

/** The per-city stack; keeps its inputs so tests can check the template against them. */
export class CityStack extends Stack {
  readonly city: CityConfig;
  readonly manifests: readonly ServiceManifest[];

  constructor(scope: App, city: CityConfig, manifests: readonly ServiceManifest[]) {
    super(scope, `sme-${city.id}`, {
      env: { account: city.deployment.account, region: city.deployment.region },
      description: `${city.name}: SME financing coordination platform (one stack per city)`,
    });
    this.city = city;
    this.manifests = manifests;
    Tags.of(this).add('city', city.id);
  }
}

/** Merges one kind of manifest resource, refusing a logical name declared twice. */
function collect<T>(
  manifests: readonly ServiceManifest[],
  pick: (m: ServiceManifest) => Record<string, T> | undefined,
  kind: string,
): Map<string, T> {
  const all = new Map<string, T>();
  const owner = new Map<string, string>();
  const issues: FieldIssue[] = [];
  for (const manifest of manifests) {
    for (const [logical, spec] of Object.entries(pick(manifest) ?? {})) {
      const first = owner.get(logical);
      if (first)
        issues.push({
          path: `${manifest.service}.${kind}.${logical}`,
          message: `already declared by ${first}`,
        });
      owner.set(logical, manifest.service);
      all.set(logical, spec);
    }
  }
  if (issues.length) {
    const lines = issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
    throw new ValidationError(`Duplicate ${kind} in the service manifests:\n${lines}`, issues);
  }
  return all;
}

/** Finds a declared resource or fails naming the manifest field that refers to it. */
function lookup<T>(map: Map<string, T>, logical: string, path: string, kind: string): T {
  const found = map.get(logical);
  if (!found)
    throw new ValidationError(`${path}: no manifest declares ${kind} ${logical}`, [
      { path, message: `no manifest declares ${kind} ${logical}` },
    ]);
  return found;
}

/** The failure queue made above for every stream and schedule function. */
function created<T>(value: T | undefined, at: string): T {
  if (value === undefined) throw new Error(`${at}: failure queue missing`);
  return value;
}

const timeoutOf = (spec: FunctionSpec) => spec.timeoutSeconds ?? defaultTimeoutSeconds;

/** The largest visibility timeout any consumer of each queue needs. */
function consumerVisibility(functions: DeclaredFunction[]): Map<string, number> {
  const needed = new Map<string, number>();
  for (const { spec } of functions) {
    if (spec.trigger.kind !== 'queue') continue;
    const seconds = requiredVisibilitySeconds(timeoutOf(spec), spec.trigger);
    needed.set(spec.trigger.queue, Math.max(needed.get(spec.trigger.queue) ?? 0, seconds));
  }
  return needed;
}

/**
 * Builds the city's stack from the service manifests: tables, queues (each with DLQ and alarm),
 * functions with least-privilege grants, the HTTP API, event source mappings and schedules.
 * Tests pass a modified manifest list to prove that a missing entry is noticed.
 *
 * @example
 * const stack = buildCityStack(new App(), loadCityConfig('linshan'), manifests);
 */
export function buildCityStack(
  app: App,
  city: CityConfig,
  declaredManifests: readonly ServiceManifest[],
): CityStack {
  // Channels become plain sends to their subscriber queues, exactly as the local stack sees them.
  const manifests = resolveChannels(declaredManifests);
  const stack = new CityStack(app, city, manifests);
  const tableSpecs = collect<TableSpec>(manifests, (m) => m.tables, 'tables');
  const queueSpecs = collect<QueueSpec>(manifests, (m) => m.queues, 'queues');
  const declared: DeclaredFunction[] = manifests.flatMap((m) =>
    Object.entries(m.functions).map(([name, spec]) => ({ service: m.service, name, spec })),
  );

  const alarms = new AlarmTopic(stack, 'Alarms', { city: city.id, email: city.deployment.alarmEmail });

  const tableScope = new Construct(stack, 'Tables');
  const tables = new Map<string, CityTable>();
  for (const [logical, spec] of tableSpecs) {
    tables.set(logical, new CityTable(tableScope, logical, { city: city.id, logical, spec }));
  }

  const queueScope = new Construct(stack, 'Queues');
  const visibility = consumerVisibility(declared);
  const queues = new Map<string, WorkQueue>();
  for (const [logical, spec] of queueSpecs) {
    queues.set(
      logical,
      new WorkQueue(queueScope, logical, {
        city: city.id,
        logical,
        spec,
        minVisibilityTimeoutSeconds: visibility.get(logical),
        alarmTopic: alarms.topic,
      }),
    );
  }

  const bankInboxes = new BankInboxQueues(stack, 'BankInboxes', { city, alarmTopic: alarms.topic });

  const secrets = new CitySecrets(stack, 'Secrets', { city: city.id });

  const functions = declared.map((d) => {
    const scope = new Construct(stack, functionId(d.service, d.name));
    const name = `${city.id}-${functionId(d.service, d.name)}`;
    // Stream batches and scheduled invocations that keep failing need somewhere to go (queues have their DLQ).
    const failures =
      d.spec.trigger.kind === 'stream' || d.spec.trigger.kind === 'schedule'
        ? new DeadLetterQueue(scope, 'Failures', {
            queueName: physicalName.dlq(city.id, functionId(d.service, d.name)),
            alarmTopic: alarms.topic,
            receives: { kind: 'destination', from: `function ${name} (${d.spec.trigger.kind} trigger)` },
          })
        : undefined;
    const fn = new CityFunction(scope, 'Handler', {
      city,
      service: d.service,
      name: d.name,
      spec: d.spec,
      deadLetterQueue: failures?.queue,
    });
    const at = `${d.service}.functions.${d.name}`;
    for (const [logical, access] of Object.entries(d.spec.tables ?? {})) {
      fn.bindTable(logical, lookup(tables, logical, `${at}.tables.${logical}`, 'table'), access);
    }
    for (const [i, logical] of (d.spec.sends ?? []).entries()) {
      fn.bindQueue(logical, lookup(queues, logical, `${at}.sends.${i}`, 'queue').queue, 'send');
    }
    if (d.spec.sendsToBankQueues) bankInboxes.bindSender(fn.fn);
    for (const logical of d.spec.secrets ?? []) secrets.bind(fn, logical);
    for (const [variable, value] of Object.entries(d.spec.environment ?? {}))
      fn.fn.addEnvironment(variable, value);
    return { ...d, scope, fn, failures, at };
  });

  const authorizers = functions.filter((f) => f.spec.trigger.kind === 'authorizer');
  if (authorizers.length > 1) {
    throw new ValidationError(
      `More than one authorizer function: ${authorizers.map((a) => a.at).join(', ')}`,
      authorizers.map((a) => ({
        path: `${a.at}.trigger`,
        message: 'only one function may be the authorizer',
      })),
    );
  }
  const needsApi = functions.some((f) => f.spec.trigger.kind === 'http');
  const api = needsApi
    ? new CityHttpApi(stack, 'Http', { city, authorizerFunction: authorizers[0]?.fn.fn })
    : undefined;

  for (const f of functions) {
    const trigger = f.spec.trigger;
    switch (trigger.kind) {
      case 'http':
        api?.addRoute(`Route-${functionId(f.service, f.name)}`, trigger.route, f.fn.fn);
        break;
      case 'queue': {
        const queue = lookup(queues, trigger.queue, `${f.at}.trigger.queue`, 'queue');
        addQueueTrigger(f.fn, trigger.queue, queue, trigger);
        break;
      }
      case 'stream': {
        const table = lookup(tables, trigger.table, `${f.at}.trigger.table`, 'table');
        if (!table.table.tableStreamArn) {
          throw new ValidationError(`Table ${trigger.table} has no stream`, [
            { path: `${f.at}.trigger.table`, message: `set stream: true on table ${trigger.table}` },
          ]);
        }
        addStreamTrigger(f.fn, table, trigger, created(f.failures, f.at));
        break;
      }
      case 'schedule':
        addScheduleTrigger(f.scope, 'Schedule', f.fn, trigger, created(f.failures, f.at));
        break;
      case 'authorizer':
        break;
    }
  }
  return stack;
}
