import { NotFoundError } from '@sme/kernel';
import { appendAudit, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { accessStore } from './composition.ts';

/** POST /v1/credit-authorisations/{id}/revocation: the enterprise withdrew its consent; reads stop at once. */
export const revokeAuthorisation: RouteFunction<typeof routes.revokeAuthorisation> = async (request) => {
  const id = request.params.authorisationId;
  const existing = await accessStore().getAuthorisation(id);
  // A bank sees and revokes only its own authorisations; anything else is "not found", not "forbidden".
  if (!existing || (request.principal.role === 'bank' && existing.bankId !== request.principal.orgId)) {
    throw new NotFoundError(`No authorisation ${id}`);
  }
  const now = new Date().toISOString();
  const revoked = await accessStore().revokeAuthorisation(id, request.body.reason, now);
  await appendAudit({
    subjectType: 'credit-authorisation',
    subjectId: id,
    action: 'credit-authorisation.revoked',
    principal: request.principal,
    at: now,
    discriminator: request.requestId,
    detail: { uscc: revoked.uscc, bankId: revoked.bankId, reason: request.body.reason },
  });
  return { status: 200, body: revoked };
};

export const handler = httpHandler(routes.revokeAuthorisation, idempotentRoute(revokeAuthorisation));
