import { NotFoundError } from '@sme/kernel';
import { appendAudit, cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { endpointStore } from './composition.ts';

/** POST /v1/webhook-endpoints/{bankId}/enable: after the bank fixed what made it answer 410. */
export const enableWebhookEndpoint: RouteFunction<typeof routes.enableWebhookEndpoint> = async (request) => {
  const { bankId } = request.params;
  const bank = cityConfig().banks.find((b) => b.id === bankId);
  if (bank?.delivery.kind !== 'webhook') throw new NotFoundError(`No webhook bank ${bankId}`);
  await endpointStore().enable(bankId);
  await appendAudit({
    subjectType: 'webhook-endpoint',
    subjectId: bankId,
    action: 'webhook-endpoint:enable',
    principal: request.principal,
    at: new Date().toISOString(),
    discriminator: request.requestId,
  });
  return { status: 200, body: { bankId, enabled: true } };
};

export const handler = httpHandler(routes.enableWebhookEndpoint, enableWebhookEndpoint);
