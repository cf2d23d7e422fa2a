import { validateCitySections } from '@sme/catalog';
import type { CityConfig } from '@sme/kernel';
import { ValidationError } from '@sme/kernel';
import type { ServiceManifest } from '@sme/runtime';
import { functionId, physicalName, resolveChannels } from '@sme/runtime';
import { type App, NestedStack, Stack, Tags } from 'aws-cdk-lib';
import { AlarmTopic } from './alarm-topic.ts';
import { BankInboxQueues } from './bank-inbox.ts';
import { BusinessAlarms } from './business-alarms.ts';
import { HolidayCalendarAlarm } from './calendar-alarm.ts';
import { CityKeys } from './city-keys.ts';
import { CitySecrets } from './city-secrets.ts';
import { CityDashboard } from './dashboard.ts';
import {
  consumerVisibility,
  type DeclaredFunction,
  declaredFunctions,
  refuseDuplicates,
  theAuthorizer,
} from './declarations.ts';
import { addFrontDoor } from './front-door.ts';
import { CityHttpApi } from './http-api.ts';
import { ApiAlarms, FunctionAlarms, QueueAgeAlarm, TableThrottleAlarm } from './operations-alarms.ts';
import { addCityOutputs } from './outputs.ts';
import { WorkQueue } from './queue.ts';
import { CityTable } from './table.ts';
import { type CityResources, type WiredFunction, wireFunction, wireTrigger } from './wiring.ts';

/** The nested stacks of one manifest service (a service without tables and queues has no data stack). */
export interface ServiceStacks {
  /** Tables, queues with their DLQs and alarms: `<service>-data`. */
  data?: NestedStack;
  /** Functions, their routes, event source mappings, schedules and failure queues: `<service>-functions`. */
  functions?: NestedStack;
}

/**
 * The per-city stack, the one `cdk deploy` deploys. It holds what every service shares (alarm topic,
 * HTTP API with its authorizer, secrets, KMS keys) and one or two nested stacks per service, so no template
 * comes near CloudFormation's 500 resources. Keeps its inputs so tests can check the templates against them.
 */
export class CityStack extends Stack {
  readonly city: CityConfig;
  readonly manifests: readonly ServiceManifest[];
  /** Nested stacks by service name. */
  readonly services = new Map<string, ServiceStacks>();

  constructor(scope: App, city: CityConfig, manifests: readonly ServiceManifest[]) {
    super(scope, `sme-${city.id}`, {
      env: { account: city.deployment.account, region: city.deployment.region },
      // CloudFront's web ACL lives in the edge region's stack (front-door.ts).
      crossRegionReferences: true,
      description: `${city.name}: SME financing coordination platform (one stack per city, a nested stack per service)`,
      // CloudFormation tags the stack's resources with it (@aws-cdk/core:explicitStackTags: Tags.of(stack)
      // no longer tags the stack itself); the aspect below tags them in the templates too.
      tags: { city: city.id },
    });
    this.city = city;
    this.manifests = manifests;
    Tags.of(this).add('city', city.id);
  }

  /** The service's nested stack of `kind`, made on first use. */
  serviceStack(service: string, kind: keyof ServiceStacks): NestedStack {
    const stacks = this.services.get(service) ?? {};
    this.services.set(service, stacks);
    const existing = stacks[kind];
    if (existing) return existing;
    const nested = new NestedStack(this, `${service}-${kind}`, {
      description: `${this.city.name}: ${kind === 'data' ? 'tables and queues' : 'functions'} of service ${service}`,
    });
    stacks[kind] = nested;
    return nested;
  }
}

/**
 * Where the bank inboxes go: their queue policies name each sending role, so they must sit in the senders'
 * stack (anywhere else, the senders' grants and the policy would reference each other across stacks).
 * Without senders they go in the city stack.
 */
function bankInboxService(functions: readonly DeclaredFunction[]): string | undefined {
  const senders = functions.filter((f) => f.spec.sendsToBankQueues);
  const services = [...new Set(senders.map((f) => f.service))];
  if (services.length > 1) {
    throw new ValidationError(
      `Only the functions of one service may send to the bank inboxes: ${senders.map((s) => s.at).join(', ')}`,
      senders.map((s) => ({ path: `${s.at}.sendsToBankQueues`, message: 'another service sends there too' })),
    );
  }
  return services[0];
}

/**
 * Builds the city's stack from the service manifests. The city stack holds the alarm topic, secrets and
 * the HTTP API with its authorizer function; each service gets a nested data stack (tables, queues with
 * DLQ and alarm) and a nested functions stack (functions with least-privilege grants, HTTP routes, event
 * source mappings, schedules). Data and functions are apart because services send to each other's queues
 * both ways (credit ↔ matching, matching ↔ delivery): one stack per service would reference in a cycle.
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
  // Each service checks its own section of the city file first: a bad one fails synth, naming the field.
  validateCitySections(city);
  const manifests = resolveChannels(declaredManifests);
  refuseDuplicates(manifests, (m) => m.tables, 'tables');
  refuseDuplicates(manifests, (m) => m.queues, 'queues');
  const declared = declaredFunctions(manifests);
  const authorizer = theAuthorizer(declared);
  const inboxService = bankInboxService(declared);

  const stack = new CityStack(app, city, manifests);
  const alarms = new AlarmTopic(stack, 'Alarms', { city: city.id, email: city.deployment.alarmEmail });
  const secrets = new CitySecrets(stack, 'Secrets', { city: city.id });
  const keys = new CityKeys(stack, 'Keys', { city: city.id });
  const calendarAlarm = new HolidayCalendarAlarm(stack, 'HolidayCalendar', {
    city: city.id,
    alarmTopic: alarms.topic,
  });

  const visibility = consumerVisibility(declared);
  const tables = new Map<string, CityTable>();
  const queues = new Map<string, WorkQueue>();
  for (const m of manifests) {
    for (const [logical, spec] of Object.entries(m.tables ?? {})) {
      const scope = stack.serviceStack(m.service, 'data');
      const table = new CityTable(scope, `Table-${logical}`, { city: city.id, logical, spec });
      tables.set(logical, table);
      new TableThrottleAlarm(table, 'Throttled', {
        tableName: physicalName.table(city.id, logical),
        table: table.table,
        alarmTopic: alarms.topic,
      });
    }
    for (const [logical, spec] of Object.entries(m.queues ?? {})) {
      const scope = stack.serviceStack(m.service, 'data');
      const queue = new WorkQueue(scope, `Queue-${logical}`, {
        city: city.id,
        logical,
        spec,
        minVisibilityTimeoutSeconds: visibility.get(logical),
        alarmTopic: alarms.topic,
      });
      queues.set(logical, queue);
      new QueueAgeAlarm(queue, 'OldestMessage', {
        queueName: physicalName.queue(city.id, logical, spec.fifo === true),
        queue: queue.queue,
        alarmTopic: alarms.topic,
      });
    }
  }
  const resources: CityResources = { city, tables, queues, secrets, keys, alarmTopic: alarms.topic };

  // The authorizer function sits beside the API: the API's authorizer needs its ARN and every route the
  // authorizer, so in its service's stack that stack's own routes and the authorizer would form a cycle.
  const authorizerFn = authorizer
    ? wireFunction(stack, functionId(authorizer.service, authorizer.name), authorizer, resources)
    : undefined;
  const needsApi = declared.some((f) => f.spec.trigger.kind === 'http');
  const api = needsApi
    ? new CityHttpApi(stack, 'Http', { city, authorizerFunction: authorizerFn?.fn.fn })
    : undefined;

  const frontDoor =
    api && authorizerFn ? addFrontDoor(app, stack, city, api.api, authorizerFn.fn.fn) : undefined;

  const inboxScope = inboxService ? stack.serviceStack(inboxService, 'functions') : stack;
  const bankInboxes = new BankInboxQueues(inboxScope, 'BankInboxes', { city, alarmTopic: alarms.topic });

  const wired: WiredFunction[] = declared
    .filter((d) => d !== authorizer)
    .map((d) =>
      wireFunction(
        stack.serviceStack(d.service, 'functions'),
        d.name,
        d,
        resources,
        d.service === inboxService ? bankInboxes : undefined,
      ),
    );
  for (const f of wired) wireTrigger(f, resources, api);
  // Built from the manifests, so a new function, table or queue is watched without anyone adding an alarm.
  for (const f of authorizerFn ? [authorizerFn, ...wired] : wired) {
    new FunctionAlarms(f.scope, 'Alarms', {
      functionName: f.fn.functionName,
      fn: f.fn.fn,
      stream: f.spec.trigger.kind === 'stream',
      alarmTopic: alarms.topic,
    });
  }
  const apiAlarms = api
    ? new ApiAlarms(stack, 'ApiAlarms', { city: city.id, api: api.api, alarmTopic: alarms.topic })
    : undefined;
  const business = new BusinessAlarms(stack, 'BusinessAlarms', {
    city: city.id,
    manifests,
    alarmTopic: alarms.topic,
  });
  const dashboard = new CityDashboard(stack, 'Dashboard', {
    city,
    manifests,
    api: api?.api,
    alarms: [
      ...business.alarms,
      ...(apiAlarms ? [apiAlarms.serverErrors, apiAlarms.latency] : []),
      calendarAlarm.alarm,
    ],
  });
  addCityOutputs(stack, {
    city,
    manifests,
    api,
    bankInboxes,
    dashboardName: dashboard.name,
    // People sign in to the console through the front door (its sign-in callback is that URL).
    consoleUrl: frontDoor?.edge.consoleUrl,
  });
  return stack;
}

/** The city stack's nested stacks, data stacks first within each service. */
export function nestedStacksOf(stack: CityStack): NestedStack[] {
  return [...stack.services.values()].flatMap((s) => [s.data, s.functions]).filter((s) => s !== undefined);
}
