import type { CityConfig } from '@sme/kernel';
import { ValidationError } from '@sme/kernel';
import { functionId, physicalName } from '@sme/runtime';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { BankInboxQueues } from './bank-inbox.ts';
import type { CityKeys } from './city-keys.ts';
import type { CitySecrets } from './city-secrets.ts';
import { type DeclaredFunction, lookup } from './declarations.ts';
import { CityFunction } from './function.ts';
import type { CityHttpApi } from './http-api.ts';
import { DeadLetterQueue, type WorkQueue } from './queue.ts';
import type { CityTable } from './table.ts';
import { addQueueTrigger, addScheduleTrigger, addStreamTrigger } from './triggers.ts';

/**
 * What a function may bind to, wherever it is built. Tables and queues live in their service's data
 * stack; a function in another stack gets them as nested-stack parameters, which CDK adds on reference.
 */
export interface CityResources {
  city: CityConfig;
  tables: ReadonlyMap<string, CityTable>;
  queues: ReadonlyMap<string, WorkQueue>;
  secrets: CitySecrets;
  keys: CityKeys;
  alarmTopic: ITopic;
}

/** A function built from its manifest entry, with its failure queue when its trigger is asynchronous-ish. */
export interface WiredFunction extends DeclaredFunction {
  scope: Construct;
  fn: CityFunction;
  failures?: DeadLetterQueue;
}

/** The failure queue made by {@link wireFunction} for every stream and schedule function. */
function created<T>(value: T | undefined, at: string): T {
  if (value === undefined) throw new Error(`${at}: failure queue missing`);
  return value;
}

/**
 * Builds one manifest function under `scope` (as construct `id`) with its grants, environment,
 * secrets and keys. `bankInboxes` must be given to a function that sends to them and must live in the same stack:
 * the inbox queue policies name the sender roles, so a second stack would make a reference cycle.
 */
export function wireFunction(
  parent: Construct,
  id: string,
  d: DeclaredFunction,
  resources: CityResources,
  bankInboxes?: BankInboxQueues,
): WiredFunction {
  const { city } = resources;
  const scope = new Construct(parent, id);
  const name = `${city.id}-${functionId(d.service, d.name)}`;
  // Stream batches and scheduled invocations that keep failing need somewhere to go (queues have their DLQ).
  const failures =
    d.spec.trigger.kind === 'stream' || d.spec.trigger.kind === 'schedule'
      ? new DeadLetterQueue(scope, 'Failures', {
          queueName: physicalName.dlq(city.id, functionId(d.service, d.name)),
          alarmTopic: resources.alarmTopic,
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
  for (const [logical, access] of Object.entries(d.spec.tables ?? {})) {
    fn.bindTable(logical, lookup(resources.tables, logical, `${d.at}.tables.${logical}`, 'table'), access);
  }
  for (const [i, logical] of (d.spec.sends ?? []).entries()) {
    fn.bindQueue(logical, lookup(resources.queues, logical, `${d.at}.sends.${i}`, 'queue').queue, 'send');
  }
  if (d.spec.sendsToBankQueues) {
    if (!bankInboxes) throw new Error(`${d.at}: sends to the bank inboxes, but they are not in its stack`);
    bankInboxes.bindSender(fn.fn);
  }
  for (const logical of d.spec.secrets ?? []) resources.secrets.bind(fn, logical);
  for (const [logical, use] of Object.entries(d.spec.keys ?? {})) resources.keys.bind(fn, logical, use);
  for (const [variable, value] of Object.entries(d.spec.environment ?? {}))
    fn.fn.addEnvironment(variable, value);
  return { ...d, scope, fn, failures };
}

/**
 * Connects a function to what invokes it: its HTTP route (on the parent's API, built in the function's
 * stack), its queue or stream event source mapping, or its schedule. The authorizer is wired by the API.
 */
export function wireTrigger(f: WiredFunction, resources: CityResources, api: CityHttpApi | undefined): void {
  const trigger = f.spec.trigger;
  switch (trigger.kind) {
    case 'http':
      api?.addRoute(f.scope, 'Route', trigger.route, f.fn.fn);
      break;
    case 'queue': {
      const queue = lookup(resources.queues, trigger.queue, `${f.at}.trigger.queue`, 'queue');
      addQueueTrigger(f.fn, trigger.queue, queue, trigger);
      break;
    }
    case 'stream': {
      const table = lookup(resources.tables, trigger.table, `${f.at}.trigger.table`, 'table');
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
