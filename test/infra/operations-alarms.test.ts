import { functionId, physicalName } from '@sme/runtime';
import { describe, expect, it, vi } from 'vitest';
import { realManifests, synthStack } from './synth.ts';

// Each synthesises the whole city (~25 s alone, far more on a shared, loaded machine); see cdk-nag.test.ts.
vi.setConfig({ testTimeout: 180_000 });

const city = 'linshan';
const { template } = synthStack();
const alarmsNamed = (name: string) =>
  Object.values(template.findResources('AWS::CloudWatch::Alarm', { Properties: { AlarmName: name } }));
const one = (name: string) => {
  const found = alarmsNamed(name);
  expect(found, name).toHaveLength(1);
  return found[0]?.Properties as Record<string, unknown>;
};

const functions = realManifests.flatMap((m) =>
  Object.entries(m.functions).map(([name, spec]) => ({ id: `${city}-${functionId(m.service, name)}`, spec })),
);

describe('Operations alarms (issue 20), built from the manifests', () => {
  it('watches every manifest function for 3 errors or 1 throttle in 5 minutes, streams for 5 minutes of iterator age', () => {
    expect(functions.length).toBeGreaterThan(10);
    expect(functions.filter((f) => f.spec.trigger.kind === 'stream').length).toBeGreaterThan(0);
    for (const f of functions) {
      expect(one(`${f.id}-errors`)).toMatchObject({
        MetricName: 'Errors',
        Namespace: 'AWS/Lambda',
        Statistic: 'Sum',
        Period: 300,
        Threshold: 3,
        EvaluationPeriods: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [expect.anything()],
      });
      expect(one(`${f.id}-throttles`)).toMatchObject({ MetricName: 'Throttles', Threshold: 1, Period: 300 });
      const iterator = alarmsNamed(`${f.id}-iterator-age`);
      if (f.spec.trigger.kind === 'stream') {
        expect(iterator[0]?.Properties).toMatchObject({
          MetricName: 'IteratorAge',
          Statistic: 'Maximum',
          Threshold: 300_000,
        });
      } else expect(iterator).toHaveLength(0);
    }
  });

  it('watches every work queue for a message 15 minutes old and every table for any throttle', () => {
    const queues = realManifests.flatMap((m) => Object.entries(m.queues ?? {}));
    const tables = realManifests.flatMap((m) => Object.keys(m.tables ?? {}));
    expect(queues.length).toBeGreaterThan(0);
    expect(tables.length).toBeGreaterThan(0);
    for (const [logical, spec] of queues) {
      const name = physicalName.queue(city, logical, spec.fifo === true).replace(/\.fifo$/, '');
      expect(one(`${name}-oldest-message`)).toMatchObject({
        MetricName: 'ApproximateAgeOfOldestMessage',
        Namespace: 'AWS/SQS',
        Statistic: 'Maximum',
        Threshold: 900,
      });
    }
    for (const logical of tables) {
      const props = one(`${physicalName.table(city, logical)}-throttled`);
      expect(props.Threshold).toBe(1);
      const metrics = props.Metrics as { MetricStat?: { Metric: { MetricName: string } } }[];
      expect(metrics.map((m) => m.MetricStat?.Metric.MetricName).filter(Boolean)).toEqual([
        'ReadThrottleEvents',
        'WriteThrottleEvents',
      ]);
    }
  });

  it('pages on a 1% API 5xx rate or a 3 s p99 latency held for 3 periods of 5 minutes', () => {
    expect(one(`${city}-api-5xx-rate`)).toMatchObject({
      Threshold: 1,
      EvaluationPeriods: 3,
      Metrics: expect.arrayContaining([
        expect.objectContaining({ Expression: 'IF(requests > 0, 100 * FILL(errors, 0) / requests, 0)' }),
      ]),
    });
    expect(one(`${city}-api-p99-latency`)).toMatchObject({
      MetricName: 'Latency',
      Namespace: 'AWS/ApiGateway',
      ExtendedStatistic: 'p99',
      Threshold: 3000,
      EvaluationPeriods: 3,
    });
  });
});
