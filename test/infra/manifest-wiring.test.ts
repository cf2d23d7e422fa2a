import { describe, expect, it, vi } from 'vitest';

// Synthesising a whole city stack (with its per-function alarms) takes 20+ s on a loaded 2-core machine.
vi.setConfig({ testTimeout: 180_000 });

import type { FunctionSpec, ServiceManifest } from '../../infra/lib/index.ts';
import { missingWiring } from './missing-wiring.ts';
import { demoCity, realManifests, synthStack, withFunction } from './synth.ts';

interface Declared {
  service: string;
  name: string;
  spec: FunctionSpec;
}

/** The first catalog function matching `test`: the tests follow the catalog as services evolve. */
function first(test: (f: Declared) => boolean): Declared {
  const all = realManifests.flatMap((m) =>
    Object.entries(m.functions).map(([name, spec]) => ({ service: m.service, name, spec })),
  );
  const found = all.find(test);
  if (!found) throw new Error('test setup: no catalog function fits');
  return found;
}

/** An entry point that exists, for manifests invented by the tests. */
const someEntry = (() => {
  const fn = realManifests.flatMap((m) => Object.values(m.functions))[0];
  if (!fn) throw new Error('test setup: the catalog declares no function');
  return fn.entry;
})();

describe('Function: missingWiring', () => {
  it('finds every manifest entry wired in the linshan stack', () => {
    // Prepare
    const { templates } = synthStack();

    // Act
    const missing = missingWiring(templates, realManifests, demoCity);

    // Assess
    expect(missing).toEqual([]);
  });

  it('reports the function and its route when an HTTP function is left out', () => {
    // Prepare: the stack is built without that function; the check uses the full list
    const { service, name, spec } = first(
      (f) => f.spec.trigger.kind === 'http' && f.spec.trigger.route.permission !== 'public',
    );
    const route =
      spec.trigger.kind === 'http' ? `${spec.trigger.route.method} ${spec.trigger.route.path}` : '';
    const { templates } = synthStack(withFunction(service, name, () => undefined));

    // Act
    const missing = missingWiring(templates, realManifests, demoCity);

    // Assess
    expect(missing).toEqual([
      `function ${service}.${name}: no AWS::Lambda::Function named linshan-${service}-${name}`,
      `route ${route}: no AWS::ApiGatewayV2::Route`,
    ]);
  });

  it('reports the queue consumer when its function is left out', () => {
    // Prepare
    const { service, name, spec } = first((f) => f.spec.trigger.kind === 'queue');
    const queue = spec.trigger.kind === 'queue' ? spec.trigger.queue : '';
    const { templates } = synthStack(withFunction(service, name, () => undefined));

    // Act
    const missing = missingWiring(templates, realManifests, demoCity);

    // Assess
    expect(missing).toEqual([
      `function ${service}.${name}: no AWS::Lambda::Function named linshan-${service}-${name}`,
      `consumer ${service}.${name} ← ${queue}: no AWS::Lambda::EventSourceMapping`,
    ]);
  });

  it('reports an event source mapping that no longer matches the declared batch size', () => {
    // Prepare
    const { service, name, spec } = first((f) => f.spec.trigger.kind === 'queue');
    const trigger = spec.trigger.kind === 'queue' ? spec.trigger : undefined;
    const { templates } = synthStack(
      withFunction(service, name, (s) =>
        trigger ? { ...s, trigger: { ...trigger, batchSize: trigger.batchSize + 1 } } : s,
      ),
    );

    // Act
    const missing = missingWiring(templates, realManifests, demoCity);

    // Assess
    expect(missing).toEqual([
      `consumer ${service}.${name} ← ${trigger?.queue}: batch size is not ${trigger?.batchSize}`,
    ]);
  });

  it('reports a missing append grant on the audit table, and only that', () => {
    // Prepare: the audit grant is dropped from the first function that appends to it
    const { service, name } = first((f) => f.spec.tables?.audit === 'append');
    const { templates } = synthStack(
      withFunction(service, name, (s) => ({
        ...s,
        tables: Object.fromEntries(Object.entries(s.tables ?? {}).filter(([t]) => t !== 'audit')),
      })),
    );

    // Act
    const missing = missingWiring(templates, realManifests, demoCity);

    // Assess
    expect(missing).toEqual([
      `grant ${service}.${name} → audit (append): env TABLE_AUDIT missing`,
      `grant ${service}.${name} → audit (append): no dynamodb:PutItem on the table`,
    ]);
  });

  it('reports write access where the manifest says read, and access nobody declared', () => {
    // Prepare: the stack grants readwrite on a read-only table, plus the audit table; the manifests do not
    const { service, name, spec } = first(
      (f) => Object.values(f.spec.tables ?? {}).includes('read') && !f.spec.tables?.audit,
    );
    const readOnly = Object.entries(spec.tables ?? {}).find(([, access]) => access === 'read')?.[0] ?? '';
    const { templates } = synthStack(
      withFunction(service, name, (s) => ({
        ...s,
        tables: { ...s.tables, [readOnly]: 'readwrite', audit: 'append' },
      })),
    );

    // Act
    const missing = missingWiring(templates, realManifests, demoCity);

    // Assess
    expect(missing).toEqual([
      `grant ${service}.${name} → ${readOnly} (read): write actions granted on a read-only table`,
      `grant ${service}.${name} → audit: access not declared in the manifest`,
    ]);
  });

  it('wires a schedule and a FIFO queue with their DLQs when a manifest declares them', () => {
    // Prepare
    const extra: ServiceManifest = {
      service: 'probe',
      queues: { 'probe-orders': { maxReceiveCount: 3, fifo: true, description: 'ordered test queue' } },
      functions: {
        tick: {
          entry: someEntry,
          trigger: { kind: 'schedule', expression: 'cron(0 1 * * ? *)', description: 'nightly' },
          sends: ['probe-orders'],
        },
        drain: {
          entry: someEntry,
          trigger: { kind: 'queue', queue: 'probe-orders', batchSize: 5 },
          timeoutSeconds: 20,
        },
      },
    };
    const { templates, template } = synthStack([...realManifests, extra]);

    // Act
    const missing = missingWiring(templates, [...realManifests, extra], demoCity);
    const withoutSchedule = missingWiring(
      synthStack(realManifests).templates,
      [...realManifests, extra],
      demoCity,
    );

    // Assess
    expect(missing).toEqual([]);
    template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'linshan-probe-orders.fifo',
      VisibilityTimeout: 120,
    });
    expect(withoutSchedule).toContain(
      'function probe.tick: no AWS::Lambda::Function named linshan-probe-tick',
    );
    expect(withoutSchedule).toContain(
      'queue probe-orders: no AWS::SQS::Queue named linshan-probe-orders.fifo',
    );
  });
});

describe('Function: buildCityStack', () => {
  it('refuses a function that names a table no manifest declares, naming the field', () => {
    // Prepare
    const { service, name } = first((f) => f.spec.tables !== undefined);
    const broken = withFunction(service, name, (s) => ({ ...s, tables: { ...s.tables, ledgr: 'read' } }));

    // Act
    const build = () => synthStack(broken);

    // Assess
    expect(build).toThrow(`${service}.functions.${name}.tables.ledgr: no manifest declares table ledgr`);
  });
});
