import { NotFoundError } from '@sme/kernel';
import { appendAudit, cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { rotateSealedSecrets } from '../use-cases/webhook-secrets.ts';
import { config, endpointStore } from './composition.ts';
import { webhookSecretSealer } from './sealing.ts';

/**
 * POST /v1/webhook-endpoints/{bankId}/secret-rotations: a fresh signing secret, returned once. Until
 * the overlap ends every delivery is signed with both, so the bank switches without a failed check.
 * Both are stored sealed with the city key (a legacy plaintext one is sealed now); the plaintext leaves
 * this function only in the response.
 */
export const rotateWebhookSecret: RouteFunction<typeof routes.rotateWebhookSecret> = async (request) => {
  const { bankId } = request.params;
  const bank = cityConfig().banks.find((b) => b.id === bankId);
  if (bank?.delivery.kind !== 'webhook') throw new NotFoundError(`No webhook bank ${bankId}`);
  const store = endpointStore();
  const state = await store.get(bankId);
  const now = new Date();
  const { secret, secrets } = await rotateSealedSecrets({
    sealer: webhookSecretSealer(),
    city: cityConfig().id,
    bankId,
    stored: state.secrets,
    now,
    overlapHours: config().secretOverlapHours,
  });
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
