import type { CityConfig } from '@sme/kernel';
import type { ServiceManifest } from '@sme/runtime';
import { businessMetrics, CALENDAR_DAYS_LEFT_METRIC, functionId, physicalName } from '@sme/runtime';
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  type Alarm,
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IWidget,
  Metric,
  SingleValueWidget,
  TextWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { cityMetric } from './business-alarms.ts';
import { runbookPath } from './runbook.ts';

const fiveMinutes = Duration.minutes(5);
const hourly = Duration.hours(1);
const daily = Duration.days(1);

/** Props of {@link CityDashboard}. */
export interface CityDashboardProps {
  city: CityConfig;
  /** The manifests with channels resolved, as the stack was built from them. */
  manifests: readonly ServiceManifest[];
  api?: HttpApi;
  /** Alarms of the city stack shown by state at the top (business, API, calendar). */
  alarms: readonly Alarm[];
}

const aws =
  (namespace: string, metricName: string, dimensionsMap: Record<string, string>) =>
  (statistic: string, label: string, period: Duration = fiveMinutes) =>
    new Metric({ namespace, metricName, dimensionsMap, statistic, label, period });

/**
 * One CloudWatch dashboard per city, `<city>-platform`: the business figures first (pushes received,
 * approved, rejected; overdue pushes, deliveries awaiting replay, calendar days left), the API, then one
 * row per manifest service with its functions, queues and tables. Built from the same manifests as the
 * stack, so a new function, queue or table shows up without anyone editing the dashboard. Metrics are
 * addressed by physical names (`<city>-…`), so the dashboard references nothing in the nested stacks.
 */
export class CityDashboard extends Construct {
  readonly dashboard: Dashboard;
  /** `<city>-platform`. */
  readonly name: string;
  /** Each widget's title, in order (tests and docs). */
  readonly titles: string[] = [];

  constructor(scope: Construct, id: string, props: CityDashboardProps) {
    super(scope, id);
    const { city, manifests } = props;
    const c = city.id;
    const rows: IWidget[][] = [];
    const titled = <W extends IWidget>(title: string, widget: W): W => {
      this.titles.push(title);
      return widget;
    };
    const graph = (title: string, left: Metric[], width: number, stacked = false) =>
      titled(title, new GraphWidget({ title, left, width, height: 6, stacked }));

    rows.push([
      new TextWidget({
        markdown: `# ${city.name} (${c})\nAlarms notify the SNS topic \`${c}-alarms\`; what each means and what to do: \`${runbookPath}\`.`,
        width: 24,
        height: 2,
      }),
    ]);
    rows.push([
      graph(
        'Pushes per day: received, approved, rejected',
        [
          cityMetric(c, businessMetrics.pushesReceived, 'Sum', daily).with({ label: 'received' }),
          cityMetric(c, businessMetrics.pushesApproved, 'Sum', daily).with({ label: 'approved' }),
          cityMetric(c, businessMetrics.pushesRejected, 'Sum', daily).with({ label: 'rejected' }),
        ],
        12,
      ),
      titled(
        'Now: overdue pushes, deliveries awaiting replay, holiday calendar',
        new SingleValueWidget({
          title: 'Now: overdue pushes, deliveries awaiting replay, holiday calendar',
          metrics: [
            cityMetric(c, businessMetrics.pushesOverdue, 'Maximum', daily).with({ label: 'overdue pushes' }),
            cityMetric(c, businessMetrics.deliveriesParked, 'Maximum', hourly).with({
              label: 'parked deliveries',
            }),
            cityMetric(c, businessMetrics.deliveriesEndpointDisabled, 'Maximum', hourly).with({
              label: 'endpoint-disabled deliveries',
            }),
            cityMetric(c, CALENDAR_DAYS_LEFT_METRIC, 'Minimum', daily).with({ label: 'calendar days left' }),
          ],
          width: 12,
          height: 6,
        }),
      ),
    ]);
    rows.push([
      titled(
        'Alarms',
        new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24, height: 3 }),
      ),
    ]);

    if (props.api) {
      const api = props.api;
      rows.push([
        graph(
          'API requests and errors',
          [
            api.metricCount({ period: fiveMinutes, statistic: 'Sum', label: 'requests' }),
            api.metricClientError({ period: fiveMinutes, statistic: 'Sum', label: '4xx' }),
            api.metricServerError({ period: fiveMinutes, statistic: 'Sum', label: '5xx' }),
          ],
          12,
        ),
        graph(
          'API latency',
          [
            api.metricLatency({ period: fiveMinutes, statistic: 'p50', label: 'p50' }),
            api.metricLatency({ period: fiveMinutes, statistic: 'p99', label: 'p99' }),
          ],
          12,
        ),
      ]);
    }

    const inboxes = city.banks.filter((b) => b.delivery.kind === 'sqs');
    if (inboxes.length > 0) {
      const queue = (name: string) =>
        aws('AWS/SQS', 'ApproximateNumberOfMessagesVisible', { QueueName: name });
      rows.push([
        graph(
          'Bank inboxes: notices waiting for the bank',
          inboxes.map((b) => queue(physicalName.bankQueue(c, b.id))('Maximum', b.id)),
          12,
        ),
        graph(
          'Bank inboxes: notices the bank failed (DLQ)',
          inboxes.map((b) => queue(`${physicalName.bankQueue(c, b.id)}-dlq`)('Maximum', b.id)),
          12,
        ),
      ]);
    }

    for (const m of manifests) {
      const service: IWidget[] = [];
      const fns = Object.keys(m.functions).map((name) => ({
        name,
        lambda: (metricName: string) =>
          aws('AWS/Lambda', metricName, { FunctionName: `${c}-${functionId(m.service, name)}` }),
      }));
      if (fns.length > 0) {
        service.push(
          graph(
            `${m.service}: function errors`,
            fns.map((f) => f.lambda('Errors')('Sum', f.name)),
            8,
          ),
          graph(
            `${m.service}: function throttles`,
            fns.map((f) => f.lambda('Throttles')('Sum', f.name)),
            8,
          ),
          graph(
            `${m.service}: function duration p99 (ms)`,
            fns.map((f) => f.lambda('Duration')('p99', f.name)),
            8,
          ),
        );
      }
      const queues = Object.entries(m.queues ?? {}).map(([logical, spec]) => ({
        logical,
        queue: physicalName.queue(c, logical, spec.fifo === true),
        dlq: physicalName.dlq(c, logical, spec.fifo === true),
      }));
      if (queues.length > 0) {
        service.push(
          graph(
            `${m.service}: oldest message (s)`,
            queues.map((q) =>
              aws('AWS/SQS', 'ApproximateAgeOfOldestMessage', { QueueName: q.queue })('Maximum', q.logical),
            ),
            12,
          ),
          graph(
            `${m.service}: dead letters`,
            queues.map((q) =>
              aws('AWS/SQS', 'ApproximateNumberOfMessagesVisible', { QueueName: q.dlq })(
                'Maximum',
                q.logical,
              ),
            ),
            12,
          ),
        );
      }
      const tables = Object.keys(m.tables ?? {}).map((logical) => ({
        logical,
        dynamo: (metricName: string) =>
          aws('AWS/DynamoDB', metricName, { TableName: physicalName.table(c, logical) }),
      }));
      if (tables.length > 0) {
        service.push(
          graph(
            `${m.service}: table throttle events`,
            tables.flatMap((t) => [
              t.dynamo('ReadThrottleEvents')('Sum', `${t.logical} read`),
              t.dynamo('WriteThrottleEvents')('Sum', `${t.logical} write`),
            ]),
            12,
          ),
          graph(
            `${m.service}: consumed capacity units`,
            tables.flatMap((t) => [
              t.dynamo('ConsumedReadCapacityUnits')('Sum', `${t.logical} read`),
              t.dynamo('ConsumedWriteCapacityUnits')('Sum', `${t.logical} write`),
            ]),
            12,
          ),
        );
      }
      if (service.length === 0) continue;
      rows.push([new TextWidget({ markdown: `## Service \`${m.service}\``, width: 24, height: 1 })]);
      rows.push(service);
    }

    this.name = `${c}-platform`;
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: this.name,
      widgets: rows,
      defaultInterval: Duration.hours(24),
    });
  }
}
