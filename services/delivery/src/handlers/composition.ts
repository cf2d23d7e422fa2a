import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { cityConfig, documentClient, queueUrl, sqsClient, tableName } from '@sme/runtime';
import { DynamoDbCalendarStore } from '../adapters/dynamodb-calendar-store.ts';
import { DynamoDbCardStore } from '../adapters/dynamodb-card-store.ts';
import { DynamoDbDeliveryStore } from '../adapters/dynamodb-delivery-store.ts';
import { DynamoDbEndpointStore } from '../adapters/dynamodb-endpoint-store.ts';
import { DynamoDbHouseholdStore } from '../adapters/dynamodb-household-store.ts';
import { DynamoDbPushStore } from '../adapters/dynamodb-push-store.ts';
import { type DeliveryConfig, deliveryConfig } from '../config.ts';
import { earliestDueOf } from '../domain/deadline-sweep.ts';
import type { DeliveryChannel } from '../domain/delivery-record.ts';
import { toOpenPush } from '../domain/push.ts';
import { type DeadlineConfig, mergeCalendars } from '../domain/working-days.ts';
import type { EnqueueDeps, OutboundMessage } from '../use-cases/enqueue-deliveries.ts';

/** Adapters built on first use, once per process (each function touches only its declared tables). */
let pushes: DynamoDbPushStore | undefined;
let deliveries: DynamoDbDeliveryStore | undefined;
let endpoints: DynamoDbEndpointStore | undefined;
let cards: DynamoDbCardStore | undefined;
let calendar: DynamoDbCalendarStore | undefined;
let households: DynamoDbHouseholdStore | undefined;

export const pushStore = () => {
  pushes ??= new DynamoDbPushStore(documentClient(), tableName('delivery-pushes'), (push) =>
    earliestDueOf(toOpenPush(push), config().deadlines),
  );
  return pushes;
};
export const cardStore = () => {
  cards ??= new DynamoDbCardStore(documentClient(), tableName('delivery-push-cards'));
  return cards;
};
export const householdStore = () => {
  households ??= new DynamoDbHouseholdStore(documentClient(), tableName('delivery-enterprises'));
  return households;
};
export const calendarStore = () => {
  calendar ??= new DynamoDbCalendarStore(documentClient(), tableName('holiday-calendar'));
  return calendar;
};

/** How long a function keeps the loaded years before reading them again. */
const calendarTtlMs = 30_000;
let deadlinesCache: { at: number; value: DeadlineConfig } | undefined;

/**
 * The city's deadline rules with the holiday calendar as it stands now: the city file's years, overlaid
 * by the years ops loaded (the newer data). Read at most every 30 s per function instance, so a loaded
 * year reaches every deadline within a minute, without a redeploy.
 */
export async function deadlineConfig(now = Date.now()): Promise<DeadlineConfig> {
  if (deadlinesCache && now - deadlinesCache.at < calendarTtlMs) return deadlinesCache.value;
  const base = config().deadlines;
  const loaded = await calendarStore().years();
  const value = { ...base, holidayCalendar: mergeCalendars(base.holidayCalendar, loaded) };
  deadlinesCache = { at: now, value };
  return value;
}

/** Drops the cached calendar: the loading function's own next read sees what it wrote. */
export function forgetCalendar(): void {
  deadlinesCache = undefined;
}
export const deliveryStore = () => {
  deliveries ??= new DynamoDbDeliveryStore(documentClient(), tableName('delivery-deliveries'));
  return deliveries;
};
export const endpointStore = () => {
  endpoints ??= new DynamoDbEndpointStore(documentClient(), tableName('delivery-endpoints'));
  return endpoints;
};

export const config = (): DeliveryConfig => deliveryConfig(cityConfig());

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
