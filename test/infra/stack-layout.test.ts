import type { App } from 'aws-cdk-lib';
import { describe, expect, it, vi } from 'vitest';
import { functionId, physicalName, type ServiceManifest } from '../../infra/lib/index.ts';
import { missingWiring } from './missing-wiring.ts';
import type { CityTemplates, TemplateJson } from './nested-templates.ts';
import { demoCity, realManifests, synthStack, synthWithNag } from './synth.ts';

// Each synthesises the whole city (~25 s alone, far more on a shared, loaded machine); see cdk-nag.test.ts.
vi.setConfig({ testTimeout: 180_000 });

/** CloudFormation's per-template quotas (parameters: the stricter historical 60, to leave headroom). */
const limits = { resources: 500, parameters: 60, outputs: 200 };

/** Every template that exceeds a limit, as `<template>: <n> <what>`; empty when all fit. */
function overLimits(templates: CityTemplates): string[] {
  const all: [string, TemplateJson][] = [['parent', templates.parent], ...Object.entries(templates.nested)];
  return all.flatMap(([name, t]) => {
    const counts = {
      resources: Object.keys(t.Resources ?? {}).length,
      parameters: Object.keys(t.Parameters ?? {}).length,
      outputs: Object.keys(t.Outputs ?? {}).length,
    };
    return (Object.keys(limits) as (keyof typeof limits)[])
      .filter((what) => counts[what] >= limits[what])
      .map((what) => `${name}: ${counts[what]} ${what}`);
  });
}

const count = (list: readonly ServiceManifest[], pick: (m: ServiceManifest) => object | undefined) =>
  list.reduce((n, m) => n + Object.keys(pick(m) ?? {}).length, 0);

const someEntry = realManifests.flatMap((m) => Object.values(m.functions))[0]?.entry ?? '';
const somePermission = (() => {
  for (const fn of realManifests.flatMap((m) => Object.values(m.functions))) {
    if (fn.trigger.kind === 'http' && fn.trigger.route.permission !== 'public')
      return fn.trigger.route.permission;
  }
  throw new Error('test setup: the catalog has no authorized route');
})();

/**
 * A made-up service of `functions` functions over `tables` tables: a consumer of its own queue, a stream
 * consumer, and HTTP functions that read and write its tables, append to the audit trail and send to
 * `peer`'s queue, so two of them reference each other's data both ways, as credit and matching do.
 */
function syntheticService(service: string, peer: string, functions: number, tables: number): ServiceManifest {
  const table = (i: number) => `${service}-t${i % tables}`;
  const spec: ServiceManifest = {
    service,
    tables: Object.fromEntries(
      Array.from({ length: tables }, (_, i) => [
        table(i),
        { partitionKey: { name: 'pk', type: 'S' }, stream: i === 0, accessPatterns: ['GetItem pk'] },
      ]),
    ),
    queues: { [`${service}-inbox`]: { maxReceiveCount: 5, description: `work for ${service}` } },
    functions: {
      drain: { entry: someEntry, trigger: { kind: 'queue', queue: `${service}-inbox`, batchSize: 10 } },
      outbox: { entry: someEntry, trigger: { kind: 'stream', table: table(0), batchSize: 50 } },
    },
  };
  for (let i = 2; i < functions; i++) {
    spec.functions[`r${i}`] = {
      entry: someEntry,
      trigger: {
        kind: 'http',
        route: {
          method: 'GET',
          path: `/v1/${service}/r${i}`,
          permission: somePermission,
          summary: 'x',
          tags: [],
          responses: {},
        },
      },
      tables: { [table(i)]: 'readwrite', [table(i + 1)]: 'read', audit: 'append', idempotency: 'readwrite' },
      sends: [`${peer}-inbox`],
    };
  }
  return spec;
}

/** Ids of the templates ('parent' or the nested stack's logical id) holding a `type` whose `key` is `name`. */
function homeOf(templates: CityTemplates, type: string, key: string, name: string): string[] {
  const all: [string, TemplateJson][] = [['parent', templates.parent], ...Object.entries(templates.nested)];
  return all
    .filter(([, t]) =>
      Object.values(t.Resources ?? {}).some((r) => r.Type === type && r.Properties?.[key] === name),
    )
    .map(([id]) => id);
}

const functionName = (service: string, name: string) => `${demoCity.id}-${functionId(service, name)}`;

describe('Stack layout: one city stack, two nested stacks per service', () => {
  it('synthesizes linshan as one deployable stack whose every template is within the CloudFormation limits', () => {
    // Act: as `cdk synth -c city=linshan` builds it, cdk-nag included
    const { stack, templates } = synthWithNag();
    const assembly = (stack.node.root as App).synth();

    // Assess: `cdk deploy sme-linshan` deploys the city (its nested templates travel as its assets) after the
    // one stack it depends on: CloudFront's web ACL, which must live in the edge region (front-door.ts)
    expect(assembly.stacks.map((s) => s.stackName)).toEqual(['sme-linshan-edge', 'sme-linshan']);
    expect(Object.keys(templates.nested).length).toBeGreaterThan(realManifests.length);
    expect(overLimits(templates)).toEqual([]);
  });

  it('stays within the limits at 150 functions and 40 tables, with services sending to each other both ways', () => {
    // Prepare
    const missingFunctions = 150 - count(realManifests, (m) => m.functions);
    const missingTables = 40 - count(realManifests, (m) => m.tables);
    const functions = Math.max(10, Math.ceil(missingFunctions / 2));
    const tables = Math.max(2, Math.ceil(missingTables / 2));
    const list = [
      ...realManifests,
      syntheticService('probe-north', 'probe-south', functions, tables),
      syntheticService('probe-south', 'probe-north', functions, tables),
    ];

    // Act
    const { templates } = synthStack(list);

    // Assess
    expect(count(list, (m) => m.functions)).toBeGreaterThanOrEqual(150);
    expect(count(list, (m) => m.tables)).toBeGreaterThanOrEqual(40);
    expect(overLimits(templates)).toEqual([]);
    expect(missingWiring(templates, list, demoCity)).toEqual([]);
  });

  it("puts each service's tables and queues in one nested stack, its functions in another, and the authorizer beside the API", () => {
    // Prepare
    const { templates } = synthStack();
    // Act
    const homes = realManifests.map((m) => {
      const data = [
        ...Object.keys(m.tables ?? {}).flatMap((t) =>
          homeOf(templates, 'AWS::DynamoDB::Table', 'TableName', physicalName.table(demoCity.id, t)),
        ),
        ...Object.entries(m.queues ?? {}).flatMap(([q, spec]) =>
          homeOf(templates, 'AWS::SQS::Queue', 'QueueName', physicalName.queue(demoCity.id, q, spec.fifo)),
        ),
      ];
      const functions = Object.entries(m.functions)
        .filter(([, spec]) => spec.trigger.kind !== 'authorizer')
        .flatMap(([name]) =>
          homeOf(templates, 'AWS::Lambda::Function', 'FunctionName', functionName(m.service, name)),
        );
      return { service: m.service, data: new Set(data), functions: new Set(functions) };
    });
    const authorizers = realManifests.flatMap((m) =>
      Object.entries(m.functions)
        .filter(([, spec]) => spec.trigger.kind === 'authorizer')
        .flatMap(([name]) =>
          homeOf(templates, 'AWS::Lambda::Function', 'FunctionName', functionName(m.service, name)),
        ),
    );

    // Assess: one home per kind and service, never the parent, never shared with another service
    const used: string[] = [];
    for (const { data, functions } of homes) {
      for (const set of [data, functions]) {
        expect(set.size).toBeLessThanOrEqual(1);
        expect(set.has('parent')).toBe(false);
        used.push(...set);
      }
    }
    expect(new Set(used).size).toBe(used.length);
    expect(used.length).toBe(Object.keys(templates.nested).length);
    expect(authorizers).toEqual(['parent']);
  });

  it('keeps the bank inboxes with the service that sends to them, and refuses a second sending service', () => {
    // Prepare
    const { templates } = synthStack();
    const senders = realManifests.flatMap((m) =>
      Object.entries(m.functions)
        .filter(([, spec]) => spec.sendsToBankQueues)
        .map(([name]) => ({ service: m.service, name })),
    );
    const sqsBanks = demoCity.banks.filter((b) => b.delivery.kind === 'sqs');
    const first = senders[0];
    if (!first || sqsBanks.length === 0)
      throw new Error('test setup: linshan has no bank inbox or no sender');
    const intruder: ServiceManifest = {
      service: 'probe',
      functions: {
        leak: {
          entry: someEntry,
          trigger: { kind: 'queue', queue: 'probe-q', batchSize: 1 },
          sendsToBankQueues: true,
        },
      },
      queues: { 'probe-q': { maxReceiveCount: 3, description: 'test queue' } },
    };

    // Act
    const senderHomes = senders.flatMap((f) =>
      homeOf(templates, 'AWS::Lambda::Function', 'FunctionName', functionName(f.service, f.name)),
    );
    const inboxHomes = sqsBanks.flatMap((b) =>
      homeOf(templates, 'AWS::SQS::Queue', 'QueueName', physicalName.bankQueue(demoCity.id, b.id)),
    );
    const twoSenders = () => synthStack([...realManifests, intruder]);

    // Assess
    expect(new Set(senderHomes).size).toBe(1);
    expect(inboxHomes).toEqual(sqsBanks.map(() => senderHomes[0]));
    expect(twoSenders).toThrow(`${first.service}.functions.${first.name}, probe.functions.leak`);
  });
});
