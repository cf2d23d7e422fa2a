import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { demoCity, realManifests, synthStack } from './synth.ts';

type Properties = Record<string, unknown>;

const resourcesOf = (template: Template, type: string): [string, Properties][] =>
  Object.entries(template.findResources(type)).map(([id, r]) => [
    id,
    (r as { Properties: Properties }).Properties,
  ]);

const functionCount = realManifests.reduce((n, m) => n + Object.keys(m.functions).length, 0);

/** Actions that support no resource-level permissions, the only ones allowed on `*`. */
const starOnlyActions = new Set([
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'dynamodb:ListStreams',
]);

describe('Lambda functions of the city stack', () => {
  const { template } = synthStack();
  const functions = resourcesOf(template, 'AWS::Lambda::Function');
  const logGroups = new Map(resourcesOf(template, 'AWS::Logs::LogGroup'));

  it('builds one function per manifest entry, each on arm64 and Node 22 or newer with active tracing', () => {
    // Assess
    expect(functions).toHaveLength(functionCount);
    for (const [, fn] of functions) {
      expect(fn.Architectures).toEqual(['arm64']);
      const major = Number(/^nodejs(\d+)\.x$/.exec(String(fn.Runtime))?.[1]);
      expect(major).toBeGreaterThanOrEqual(22);
      expect(fn.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Handler).toBe('index.handler');
      expect(fn.MemorySize).toBeTypeOf('number');
      expect((fn.Environment as { Variables: Properties }).Variables).toMatchObject({
        NODE_OPTIONS: '--enable-source-maps',
      });
    }
  });

  it('gives every function its own log group kept for the city config retention (365 days in linshan)', () => {
    // Act
    const groupIds = functions.map(
      ([, fn]) => (fn.LoggingConfig as { LogGroup?: { Ref?: string } } | undefined)?.LogGroup?.Ref,
    );

    // Assess
    expect(new Set(groupIds).size).toBe(functionCount);
    for (const [index, id] of groupIds.entries()) {
      const group = id ? logGroups.get(id) : undefined;
      expect(group?.RetentionInDays).toBe(365);
      expect(group?.LogGroupName).toBe(`/aws/lambda/${functions[index]?.[1].FunctionName}`);
    }
  });

  it('takes log retention from the city config for functions and API access logs', () => {
    // Prepare
    const city = { ...demoCity, deployment: { ...demoCity.deployment, logRetentionDays: 90 as const } };

    // Act
    const { template: shorter } = synthStack(realManifests, city);

    // Assess
    const retentions = resourcesOf(shorter, 'AWS::Logs::LogGroup').map(([, g]) => g.RetentionInDays);
    expect(retentions).toHaveLength(functionCount + 1);
    expect(new Set(retentions)).toEqual(new Set([90]));
  });

  it('attaches no managed policy and uses `*` only for actions that have no resource ARN', () => {
    // Prepare
    const statements = resourcesOf(template, 'AWS::IAM::Policy').flatMap(
      ([, p]) =>
        (p.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement,
    );

    // Act
    const starActions = statements
      .filter((s) => [s.Resource].flat().includes('*'))
      .flatMap((s) => [s.Action].flat());

    // Assess
    for (const [, role] of resourcesOf(template, 'AWS::IAM::Role'))
      expect(role.ManagedPolicyArns).toBeUndefined();
    expect(starActions.length).toBeGreaterThan(0);
    expect(starActions.filter((a) => !starOnlyActions.has(a))).toEqual([]);
  });
});
