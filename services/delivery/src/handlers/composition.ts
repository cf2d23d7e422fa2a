import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { cityConfig, documentClient, queueUrl, sqsClient, tableName } from '@sme/runtime';
import { DynamoDbDeliveryStore } from '../adapters/dynamodb-delivery-store.ts';
import { DynamoDbEndpointStore } from '../adapters/dynamodb-endpoint-store.ts';
import { DynamoDbPushStore } from '../adapters/dynamodb-push-store.ts';
import { type DeliveryConfig, deliveryConfig } from '../config.ts';
import type { DeliveryChannel } from '../domain/delivery-record.ts';
import type { EnqueueDeps, OutboundMessage } from '../use-cases/enqueue-deliveries.ts';

/** Adapters built on first use, once per process (each function touches only its declared tables). */
let pushes: DynamoDbPushStore | undefined;
let deliveries: DynamoDbDeliveryStore | undefined;
let endpoints: DynamoDbEndpointStore | undefined;

export const pushStore = () => {
  pushes ??= new DynamoDbPushStore(documentClient(), tableName('delivery-pushes'));
  return pushes;
};
export const deliveryStore = () => {
  deliveries ??= new DynamoDbDeliveryStore(documentClient(), tableName('delivery-deliveries'));
  return deliveries;
};
export const endpointStore = () => {
  endpoints ??= new DynamoDbEndpointStore(documentClient(), tableName('delivery-endpoints'));
  return endpoints;
};

/**
 * Test-only hooks, read per call from `DELIVERY_TEST_HOOKS` (JSON). Never set in a deployed stack:
 * - `retryDelaysSeconds`: a short retry schedule, so a test sees retries and parking in seconds;
 * - `crashAfterSendRate`: the sender throws after the bank got a notice and before recording it,
 *   with this probability (a Lambda dying at the worst moment).
 */
export interface TestHooks {
  retryDelaysSeconds?: number[];
  crashAfterSendRate?: number;
}
export function testHooks(): TestHooks {
  const raw = process.env.DELIVERY_TEST_HOOKS;
  return raw ? (JSON.parse(raw) as TestHooks) : {};
}

export function config(): DeliveryConfig {
  const base = deliveryConfig(cityConfig());
  const delays = testHooks().retryDelaysSeconds;
  return delays ? { ...base, retryPolicy: { ...base.retryPolicy, delaysSeconds: delays } } : base;
}

export function channelOf(bankId: string): DeliveryChannel {
  const bank = cityConfig().banks.find((b) => b.id === bankId);
  if (!bank) throw new Error(`Bank ${bankId} is not in the city config`);
  return bank.delivery.kind;
}

/** Queues attempts on `delivery-outbound`, ten to a request. */
export async function sendOutbound(messages: OutboundMessage[]): Promise<void> {
  const url = queueUrl('delivery-outbound');
  for (let i = 0; i < messages.length; i += 10) {
    const batch = messages.slice(i, i + 10);
    const out = await sqsClient().send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: batch.map((m, j) => ({
          Id: String(j),
          MessageBody: JSON.stringify({ deliveryId: m.deliveryId }),
          ...(m.delaySeconds ? { DelaySeconds: m.delaySeconds } : {}),
        })),
      }),
    );
    if (out.Failed?.length) throw new Error(`Could not queue ${out.Failed.length} delivery attempts`);
  }
}

export const enqueueDeps = (): EnqueueDeps => ({ deliveries: deliveryStore(), sendOutbound, channelOf });

/** Service principal recorded on changes made by consumers rather than by a caller. */
export const serviceActor = { clientId: 'service:delivery', orgId: 'platform' };
