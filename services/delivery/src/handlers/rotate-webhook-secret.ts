import { createHash } from 'node:crypto';
import { ConflictError, NotFoundError } from '@sme/kernel';
import { appendAudit, cityConfig, HttpProblem, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { rotateSealedSecrets, rotationReplay } from '../use-cases/webhook-secrets.ts';
import { config, endpointStore } from './composition.ts';
import { webhookSecretSealer } from './sealing.ts';

/**
 * POST /v1/webhook-endpoints/{bankId}/secret-rotations: a fresh signing secret, returned once. Until
 * the overlap ends every delivery is signed with both, so the bank switches without a failed check.
 * Both are stored sealed with the city key (a legacy plaintext one is sealed now); the plaintext leaves
 * this function only in the response.
 *
 * With an Idempotency-Key, a retry (a lost answer, a timeout) gets the same secret back and rotates
 * nothing: the secret is reopened from the sealed row, so no response cache ever holds it in plaintext.
 * Two rotations racing each other: one wins, the other is a 409.
 */
export const rotateWebhookSecret: RouteFunction<typeof routes.rotateWebhookSecret> = async (request) => {
  const { bankId } = request.params;
  const city = cityConfig();
  const bank = city.banks.find((b) => b.id === bankId);
  if (bank?.delivery.kind !== 'webhook') throw new NotFoundError(`No webhook bank ${bankId}`);
  const key = request.headers['idempotency-key'];
  if (key !== undefined && !/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new HttpProblem('malformed-request', 'Idempotency-Key must be 1–255 visible ASCII characters', [
      { path: 'headers.idempotency-key', message: 'invalid' },
    ]);
  }
  const keyHash =
    key === undefined
      ? undefined
      : createHash('sha256').update(`${request.principal.clientId}\n${key}`).digest('hex');
  const store = endpointStore();
  const sealer = webhookSecretSealer();
  const state = await store.get(bankId);
  const now = new Date();
  const replayed = await rotationReplay({
    sealer,
    city: city.id,
    bankId,
    stored: state.secrets,
    mark: state.rotation,
    keyHash,
    now,
  });
  if (replayed) return { status: 201, body: { bankId, ...replayed } };
  const { secret, secrets } = await rotateSealedSecrets({
    sealer,
    city: city.id,
    bankId,
    stored: state.secrets,
    now,
    overlapHours: config().secretOverlapHours,
  });
  const { rotation: _previous, ...rest } = state;
  const stored = await store.putRotated(
    { ...rest, secrets, ...(keyHash ? { rotation: { keyHash, at: now.toISOString() } } : {}) },
    state.secrets[0]?.createdAt,
  );
  if (!stored)
    throw new ConflictError(`Another rotation of ${bankId}'s secret landed first; read it or rotate again`);
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
