import { readFileSync } from 'node:fs';
import { resolveChannels } from '@sme/runtime';
import { describe, expect, it, vi } from 'vitest';
import { businessThresholds, importQueues } from '../../infra/lib/business-alarms.ts';
import { runbookAnchors, runbookPath } from '../../infra/lib/runbook.ts';
import type { TemplateJson } from './nested-templates.ts';
import { realManifests, synthStack } from './synth.ts';

// Synthesises the whole city (~25 s alone, far more on a shared, loaded machine); see cdk-nag.test.ts.
vi.setConfig({ testTimeout: 180_000 });

const city = 'linshan';
const { template, templates } = synthStack();
const resources = (json: TemplateJson, type: string) =>
  Object.values(json.Resources ?? {}).filter((r) => r.Type === type);
const alarmNamed = (name: string) => {
  const found = Object.values(
    template.findResources('AWS::CloudWatch::Alarm', { Properties: { AlarmName: name } }),
  );
  expect(found, name).toHaveLength(1);
  return found[0]?.Properties as Record<string, unknown>;
};
type MetricStat = {
  Id: string;
  Expression?: string;
  MetricStat?: {
    Metric: { MetricName: string; Namespace: string; Dimensions: { Name: string; Value: string }[] };
    Period: number;
    Stat: string;
  };
};

describe('Business alarms (issue 20)', () => {
  it('pages on one delivery parked or endpoint-disabled, from the hourly gauges', () => {
    const props = alarmNamed(`${city}-deliveries-parked`);
    expect(props).toMatchObject({ Threshold: 1, EvaluationPeriods: 1, TreatMissingData: 'notBreaching' });
    const metrics = props.Metrics as MetricStat[];
    expect(metrics.find((m) => m.Expression)?.Expression).toBe('FILL(parked, 0) + FILL(disabled, 0)');
    const stats = metrics.flatMap((m) => (m.MetricStat ? [m.MetricStat] : []));
    expect(stats.map((s) => [s.Metric.Namespace, s.Metric.MetricName, s.Period, s.Stat])).toEqual([
      ['SmeFinancing', 'DeliveriesParked', 3600, 'Maximum'],
      ['SmeFinancing', 'DeliveriesEndpointDisabled', 3600, 'Maximum'],
    ]);
    for (const s of stats) expect(s.Metric.Dimensions).toEqual([{ Name: 'city', Value: city }]);
  });

  it('pages on one overdue push, from the daily sweep', () => {
    expect(alarmNamed(`${city}-pushes-overdue`)).toMatchObject({
      Namespace: 'SmeFinancing',
      MetricName: 'PushesOverdue',
      Dimensions: [{ Name: 'city', Value: city }],
      Statistic: 'Maximum',
      Period: 86_400,
      Threshold: businessThresholds.pushesOverdue,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(businessThresholds.pushesOverdue).toBe(1);
  });

  it('watches each import queue for a chunk 10 minutes old or one in its DLQ', () => {
    // The import queues are found from the manifests: consumers that write the import job table.
    const queues = importQueues(resolveChannels(realManifests)).map((q) => q.logical);
    expect(queues.sort()).toEqual(['credit-import', 'registry-import']);
    for (const logical of queues) {
      const props = alarmNamed(`${city}-${logical}-jobs-stuck`);
      expect(props.Threshold).toBe(1);
      const metrics = props.Metrics as MetricStat[];
      expect(metrics.find((m) => m.Expression)?.Expression).toBe('FILL(age, 0) / 600 + FILL(dlq, 0)');
      const stats = metrics.flatMap((m) => (m.MetricStat ? [m.MetricStat] : []));
      expect(stats.map((s) => [s.Metric.MetricName, s.Metric.Dimensions[0]?.Value])).toEqual([
        ['ApproximateAgeOfOldestMessage', `${city}-${logical}`],
        ['ApproximateNumberOfMessagesVisible', `${city}-${logical}-dlq`],
      ]);
    }
  });
});

/** The dashboard body with every CloudFormation token replaced by `<token>`, parsed. */
function dashboardBody(): { widgets: Widget[] } {
  const [dashboard, ...others] = resources(templates.parent, 'AWS::CloudWatch::Dashboard');
  expect(others).toHaveLength(0);
  expect(dashboard?.Properties?.DashboardName).toBe(`${city}-platform`);
  const body = dashboard?.Properties?.DashboardBody as string | { 'Fn::Join': [string, unknown[]] };
  const text =
    typeof body === 'string'
      ? body
      : body['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : '<token>')).join('');
  return JSON.parse(text) as { widgets: Widget[] };
}
interface Widget {
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  properties: { title?: string; metrics?: unknown[][]; alarms?: string[]; markdown?: string };
}

describe('Construct: CityDashboard', () => {
  const { widgets } = dashboardBody();
  const titled = (title: string) => {
    const found = widgets.filter((w) => w.properties.title === title);
    expect(found, title).toHaveLength(1);
    return found[0] as Widget;
  };
  /** [namespace, metric name, dimension value] of each metric line of a widget. */
  const lines = (w: Widget) => (w.properties.metrics ?? []).map((m) => [m[0], m[1], m[3]]);

  it('shows the business figures: pushes received, approved, rejected; overdue, parked, calendar', () => {
    expect(lines(titled('Pushes per day: received, approved, rejected'))).toEqual([
      ['SmeFinancing', 'PushesReceived', city],
      ['SmeFinancing', 'PushesApproved', city],
      ['SmeFinancing', 'PushesRejected', city],
    ]);
    expect(lines(titled('Now: overdue pushes, deliveries awaiting replay, holiday calendar'))).toEqual([
      ['SmeFinancing', 'PushesOverdue', city],
      ['SmeFinancing', 'DeliveriesParked', city],
      ['SmeFinancing', 'DeliveriesEndpointDisabled', city],
      ['SmeFinancing', 'HolidayCalendarDaysLeft', city],
    ]);
    // Business alarms (2 + one per import queue), API 5xx and latency, the calendar.
    expect(titled('Alarms').properties.alarms).toHaveLength(7);
    expect(lines(titled('API requests and errors')).map((l) => l[1])).toEqual(['Count', '4xx', '5xx']);
    expect(lines(titled('Bank inboxes: notices waiting for the bank'))).toEqual([
      ['AWS/SQS', 'ApproximateNumberOfMessagesVisible', `${city}-bank-bank-gs`],
      ['AWS/SQS', 'ApproximateNumberOfMessagesVisible', `${city}-bank-bank-nh`],
    ]);
  });

  it('has every manifest function, queue and table in its service row', () => {
    for (const m of resolveChannels(realManifests)) {
      const fns = Object.keys(m.functions).map((f) => `${city}-${m.service}-${f}`);
      if (fns.length > 0) {
        expect(lines(titled(`${m.service}: function errors`))).toEqual(
          fns.map((f) => ['AWS/Lambda', 'Errors', f]),
        );
        expect(lines(titled(`${m.service}: function throttles`)).map((l) => l[2])).toEqual(fns);
        expect(lines(titled(`${m.service}: function duration p99 (ms)`)).map((l) => l[2])).toEqual(fns);
      }
      const queues = Object.entries(m.queues ?? {}).map(
        ([q, spec]) => `${city}-${q}${spec.fifo ? '.fifo' : ''}`,
      );
      if (queues.length > 0) {
        expect(lines(titled(`${m.service}: oldest message (s)`)).map((l) => l[2])).toEqual(queues);
        expect(lines(titled(`${m.service}: dead letters`))).toHaveLength(queues.length);
      }
      const tables = Object.keys(m.tables ?? {}).map((t) => `${city}-${t}`);
      if (tables.length > 0) {
        expect(lines(titled(`${m.service}: table throttle events`)).map((l) => l[2])).toEqual(
          tables.flatMap((t) => [t, t]),
        );
      }
    }
  });

  it('lays its widgets out on the 24-column grid without overlaps', () => {
    const cells = new Set<string>();
    for (const w of widgets) {
      expect(w.x + w.width, w.properties.title).toBeLessThanOrEqual(24);
      for (let x = w.x; x < w.x + w.width; x++)
        for (let y = w.y; y < w.y + w.height; y++) {
          const cell = `${x},${y}`;
          expect(cells.has(cell), `${w.properties.title} overlaps at ${cell}`).toBe(false);
          cells.add(cell);
        }
    }
  });
});

describe('Stack outputs (issue 20)', () => {
  const outputs = templates.parent.Outputs as Record<string, { Value: unknown; Description?: string }>;
  const joined = (value: unknown) =>
    ((value as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1] ?? [])
      .map((p) => (typeof p === 'string' ? p : '<token>'))
      .join('');

  it('gives a partner the API, its reference and the OpenAPI document, and the office its console', () => {
    expect(joined(outputs.DocsUrl?.Value)).toMatch(
      /^https:\/\/<token>\.execute-api\.cn-north-1\.<token>\/docs$/,
    );
    expect(joined(outputs.OpenApiUrl?.Value)).toMatch(/\/openapi\.json$/);
    // The console is opened through the front door (CloudFront), where people's sign-in returns to.
    expect(joined(outputs.ConsoleUrl?.Value)).toMatch(/^https:\/\/<token>\/console$/);
    expect(JSON.stringify(outputs.ConsoleUrl?.Value)).toContain('FrontDoorDistribution');
    expect(Object.values(outputs).some((o) => o.Description === 'Base URL of the city API')).toBe(true);
    expect(outputs.DashboardUrl?.Value).toBe(
      `https://cn-north-1.console.amazonaws.cn/cloudwatch/home?region=cn-north-1#dashboards/dashboard/${city}-platform`,
    );
  });

  it("gives each bank with SQS delivery its inbox queue's URL, and none to a webhook bank", () => {
    const inboxes = Object.keys(outputs).filter((id) => id.startsWith('BankInbox'));
    expect(inboxes.sort()).toEqual(['BankInboxBankGsQueueUrl', 'BankInboxBankNhQueueUrl']);
    for (const [id, bank] of [
      ['BankInboxBankGsQueueUrl', 'bank-gs'],
      ['BankInboxBankNhQueueUrl', 'bank-nh'],
    ] as const) {
      // Follow the parent's GetAtt to the nested stack's output, then to the queue it names.
      const value = outputs[id]?.Value as { 'Fn::GetAtt': [string, string] };
      const [stackId, attribute] = value['Fn::GetAtt'];
      const nested = templates.nested[stackId] as TemplateJson;
      const output = nested.Outputs?.[attribute.replace(/^Outputs\./, '')];
      const ref = (output?.Value as { Ref?: string } | undefined)?.Ref ?? '';
      expect(nested.Resources?.[ref]?.Properties?.QueueName).toBe(`${city}-bank-${bank}`);
    }
  });
});

describe('Runbook (issue 20)', () => {
  const runbook = readFileSync(new URL(`../../${runbookPath}`, import.meta.url), 'utf8');
  const anchorsInDoc = new Set([...runbook.matchAll(/<a id="([a-z0-9-]+)"><\/a>/g)].map((m) => m[1]));

  it('has a section for every alarm of the city, named in the alarm description', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBeGreaterThan(100);
    for (const alarm of alarms) {
      const description = JSON.stringify(alarm.Properties?.AlarmDescription);
      const anchor = /Runbook: docs\/runbook\.md#([a-z0-9-]+)/.exec(description)?.[1];
      expect(anchor, `${JSON.stringify(alarm.Properties?.AlarmName)} names no runbook section`).toBeDefined();
      expect(anchorsInDoc.has(anchor), `docs/runbook.md has no <a id="${anchor}">`).toBe(true);
    }
  });

  it('has every section the code can point to', () => {
    for (const anchor of runbookAnchors) expect(anchorsInDoc.has(anchor), anchor).toBe(true);
  });
});
