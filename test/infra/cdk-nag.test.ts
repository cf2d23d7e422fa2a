import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Synthesising a whole city stack (with its per-function alarms) takes 20+ s on a loaded 2-core machine.
vi.setConfig({ testTimeout: 180_000 });

import type { CityStack, ServiceManifest, ServiceStacks } from '../../infra/lib/index.ts';
import { demoCity, realManifests, synthWithNag } from './synth.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A cities dir holding linshan with `change` applied. */
function cityDir(change: (city: Record<string, unknown>) => Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sme-nag-city-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'linshan.json'), JSON.stringify(change({ ...demoCity })));
  return dir;
}

const someEntry = realManifests.flatMap((m) => Object.values(m.functions))[0]?.entry ?? '';

/** A nested stack of the kind, from the first service that has one: findings must be caught there too. */
function nestedOf(stack: CityStack, kind: keyof ServiceStacks): Construct {
  const found = [...stack.services.values()].map((s) => s[kind]).find((s) => s !== undefined);
  if (!found) throw new Error(`test setup: no service has a ${kind} stack`);
  return found;
}

/** Where a careless resource may land: the city stack itself or a service's nested stack of either kind. */
const placements: [string, (stack: CityStack) => Construct][] = [
  ['the city stack', (stack) => stack],
  ["a service's nested data stack", (stack) => nestedOf(stack, 'data')],
  ["a service's nested functions stack", (stack) => nestedOf(stack, 'functions')],
];

/** Synthesizes linshan with one resource added by `add`; returns the validation report and that resource's path. */
function findingsAfter(add: (stack: CityStack) => Construct): { report: string; path: string } {
  let path = '';
  try {
    synthWithNag({ tamper: (stack) => (path = add(stack).node.path) });
  } catch (error) {
    return { report: String(error), path };
  }
  return { report: '', path };
}

describe('cdk-nag: AwsSolutions and Serverless packs', () => {
  it('raises no unacknowledged finding on the linshan stack (built-in CloudFormation validation on, as in the CLI)', () => {
    // Act
    const synth = () => synthWithNag({ builtinValidation: true });

    // Assess
    expect(synth).not.toThrow();
  });

  it.each(placements)(
    'fails synthesis when a queue without DLQ or SSL policy is added to %s',
    (_, scopeIn) => {
      // Act
      const { report, path } = findingsAfter((stack) => new Queue(scopeIn(stack), 'Careless'));

      // Assess: one finding from each pack proves both are registered by the app and see that template
      expect(report).toContain('AwsSolutions-SQS4');
      expect(report).toContain('Serverless-SQSRedrivePolicy');
      expect(report).toContain(`${path}/Resource`);
    },
  );

  it.each(placements)(
    'fails synthesis when a table without point-in-time recovery is added to %s',
    (_, scopeIn) => {
      // Act
      const { report, path } = findingsAfter(
        (stack) =>
          new Table(scopeIn(stack), 'NoBackups', {
            partitionKey: { name: 'pk', type: AttributeType.STRING },
            billingMode: BillingMode.PAY_PER_REQUEST,
            removalPolicy: RemovalPolicy.DESTROY,
          }),
      );

      // Assess
      expect(report).toContain('AwsSolutions-DDB3');
      expect(report).toContain(`${path}/Resource`);
    },
  );

  it('stays clean with an alarm e-mail, a schedule and a FIFO queue, which linshan does not use', () => {
    // Prepare
    const citiesDir = cityDir((city) => ({
      ...city,
      deployment: { region: 'cn-northwest-1', logRetentionDays: 90, alarmEmail: 'ops@example.org' },
    }));
    const extra: ServiceManifest = {
      service: 'probe',
      queues: { 'probe-orders': { maxReceiveCount: 3, fifo: true, description: 'ordered test queue' } },
      functions: {
        tick: {
          entry: someEntry,
          trigger: { kind: 'schedule', expression: 'rate(1 day)', description: 'daily' },
        },
        drain: { entry: someEntry, trigger: { kind: 'queue', queue: 'probe-orders', batchSize: 10 } },
      },
    };

    // Act
    const { template } = synthWithNag({ context: { citiesDir }, manifests: [...realManifests, extra] });

    // Assess
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
    });
    const realSchedules = realManifests.flatMap((m) =>
      Object.values(m.functions).filter((f) => f.trigger.kind === 'schedule'),
    ).length;
    template.resourceCountIs('AWS::Events::Rule', realSchedules + 1);
  });

  it('gives every acknowledgement a specific reason, for a known set of rules', () => {
    // Prepare
    const { stack } = synthWithNag();
    const acknowledged = new Map<string, string[]>();

    // Act
    for (const construct of stack.node.findAll()) {
      for (const entry of construct.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [key, reason] of Object.entries(entry.data as Record<string, string>)) {
          const id = key.replace(/^annotation::/i, '');
          acknowledged.set(id, [...(acknowledged.get(id) ?? []), reason]);
        }
      }
    }

    // Assess: adding an acknowledgement is a decision, so it has to be added here as well
    expect([...acknowledged.keys()].sort()).toEqual([
      'AwsSolutions-APIG4',
      // The front door (infra/lib/console-edge.ts): no geo restriction, CloudFront's default certificate until
      // the city names its domain, the access-log bucket not logged itself.
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR4',
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-S1',
      'AwsSolutions-SMG4',
      'AwsSolutions-SQS3',
      'Serverless-LambdaDLQ',
      'Serverless-LambdaEventSourceMappingDestination',
      'Serverless-SQSRedrivePolicy',
    ]);
    for (const reasons of acknowledged.values()) {
      for (const reason of reasons) expect(reason.length).toBeGreaterThan(60);
    }
  });
});
