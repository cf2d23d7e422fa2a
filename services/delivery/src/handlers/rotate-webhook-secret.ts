import { NotFoundError } from '@sme/kernel';
import { appendAudit, cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { rotateSecrets } from '../domain/signing-secrets.ts';
import { generateWebhookSecret } from '../domain/webhook-signature.ts';
import { config, endpointStore } from './composition.ts';

/**
 * POST /v1/webhook-endpoints/{bankId}/secret-rotations: a fresh signing secret, returned once. Until
 * the overlap ends every delivery is signed with both, so the bank switches without a failed check.
 */
export const rotateWebhookSecret: RouteFunction<typeof routes.rotateWebhookSecret> = async (request) => {
  const { bankId } = request.params;
  const bank = cityConfig().banks.find((b) => b.id === bankId);
  if (bank?.delivery.kind !== 'webhook') throw new NotFoundError(`No webhook bank ${bankId}`);
  const store = endpointStore();
  const state = await store.get(bankId);
  const now = new Date();
  const secret = generateWebhookSecret();
  const secrets = rotateSecrets(state.secrets, secret, now, config().secretOverlapHours);
  await store.put({ ...state, secrets });
  await appendAudit({
    subjectType: 'webhook-endpoint',
    subjectId: bankId,
    action: 'webhook-secret:rotate',
    principal: request.principal,
    at: now.toISOString(),
    discriminator: request.requestId,
  });
  const previousValidUntil = secrets[1]?.validUntil;
  return { status: 201, body: { bankId, secret, ...(previousValidUntil ? { previousValidUntil } : {}) } };
};

export const handler = httpHandler(routes.rotateWebhookSecret, rotateWebhookSecret);
