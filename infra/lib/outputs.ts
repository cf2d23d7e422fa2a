import type { CityConfig } from '@sme/kernel';
import type { ServiceManifest } from '@sme/runtime';
import { CfnOutput, type Stack } from 'aws-cdk-lib';
import type { BankInboxQueues } from './bank-inbox.ts';
import type { CityHttpApi } from './http-api.ts';

/** `bank-gs` → `BankGs`: output ids are alphanumeric. */
const pascal = (id: string) =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]?.toUpperCase() + p.slice(1))
    .join('');

/** The output id of a bank's inbox queue URL. */
export const bankInboxOutputId = (bankId: string) => `BankInbox${pascal(bankId)}QueueUrl`;

/**
 * What `cdk deploy` prints for the people the city onboards: the API and its reference (partners), the
 * office console (the office), each bank's inbox queue (the bank reads it from its own account), and the
 * operations dashboard. The docs and console URLs are output only when a manifest declares the route.
 */
export function addCityOutputs(
  stack: Stack,
  props: {
    city: CityConfig;
    manifests: readonly ServiceManifest[];
    api?: CityHttpApi;
    bankInboxes: BankInboxQueues;
    dashboardName: string;
    /** Where people open the console, when not the API's own `/console` (the front door's CloudFront URL). */
    consoleUrl?: string;
  },
): void {
  const { city, api } = props;
  const routes = new Set(
    props.manifests.flatMap((m) =>
      Object.values(m.functions).flatMap((f) => (f.trigger.kind === 'http' ? [f.trigger.route.path] : [])),
    ),
  );
  if (api) {
    // The $default stage's URL ends in `/`.
    const pages: [string, string, string][] = [
      ['DocsUrl', 'docs', 'API reference for partners (every operation, schemas, try-it console)'],
      ['OpenApiUrl', 'openapi.json', 'OpenAPI document: generate a typed client from it'],
      ['ConsoleUrl', 'console', 'The coordination office console'],
    ];
    for (const [id, path, description] of pages) {
      if (!routes.has(`/${path}`)) continue;
      const value = id === 'ConsoleUrl' && props.consoleUrl ? props.consoleUrl : `${api.stage.url}${path}`;
      new CfnOutput(stack, id, { value, description });
    }
  }
  for (const bank of city.banks) {
    const inbox = props.bankInboxes.queues.get(bank.id);
    if (!inbox || bank.delivery.kind !== 'sqs') continue;
    new CfnOutput(stack, bankInboxOutputId(bank.id), {
      value: inbox.queue.queueUrl,
      description: `Inbox queue of ${bank.name} (${bank.id}): account ${bank.delivery.accountId} receives and deletes here`,
    });
  }
  const region = city.deployment.region;
  const consoleHost = region.startsWith('cn-')
    ? `${region}.console.amazonaws.cn`
    : `${region}.console.aws.amazon.com`;
  new CfnOutput(stack, 'DashboardUrl', {
    value: `https://${consoleHost}/cloudwatch/home?region=${region}#dashboards/dashboard/${props.dashboardName}`,
    description: 'CloudWatch dashboard of the city (docs/runbook.md)',
  });
}
