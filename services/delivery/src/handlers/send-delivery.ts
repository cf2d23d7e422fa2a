import { cityConfig, sqsConsumer } from '@sme/runtime';
import * as z from 'zod';
import { postWebhook, sendToBankQueue } from '../adapters/bank-channels.ts';
import { attemptDelivery } from '../use-cases/attempt-delivery.ts';
import { config, deliveryStore, endpointStore, sendOutbound } from './composition.ts';
import { webhookSecretSealer } from './sealing.ts';

const outboundMessage = z.object({ deliveryId: z.string().min(1) });

/** delivery-outbound → one attempt of one delivery (SQS inbox or signed webhook). */
export const handler = sqsConsumer(outboundMessage, async ({ deliveryId }) => {
  const cfg = config();
  await attemptDelivery(
    {
      deliveries: deliveryStore(),
      endpoints: endpointStore(),
      banks: cfg.banks,
      city: cityConfig().id,
      sealer: webhookSecretSealer(),
      sendToBankQueue,
      postWebhook,
      sendOutbound,
      retryPolicy: cfg.retryPolicy,
      webhookTimeoutMs: cfg.webhookTimeoutMs,
      now: () => new Date(),
      random: Math.random,
    },
    deliveryId,
  );
});
