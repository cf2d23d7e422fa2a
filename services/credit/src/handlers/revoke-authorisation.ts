import { ConflictError, NotFoundError } from '@sme/kernel';
import { appendAudit, cityConfig, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { end, relationTo } from '../domain/consent.ts';
import { accessStore } from './composition.ts';

/**
 * POST /v1/credit-authorisations/{id}/revocation: the enterprise refuses or withdraws its consent
 * (recorded by the office or its township), or the bank withdraws its own; reads stop at once.
 */
export const revokeAuthorisation: RouteFunction<typeof routes.revokeAuthorisation> = async (request) => {
  const id = request.params.authorisationId;
  const existing = await accessStore().getAuthorisation(id);
  // Another bank's, or another township's, is "not found", not "forbidden".
  if (!existing || relationTo(request.principal, existing, cityConfig().agencies) === 'none')
    throw new NotFoundError(`No authorisation ${id}`);
  if (existing.ended) return { status: 200, body: existing };
  const { clientId, orgId, role } = request.principal;
  const at = new Date().toISOString();
  const ended = end(existing, { clientId, orgId, role }, at, request.body.reason);
  if (!(await accessStore().saveTransition(ended, existing.state)))
    throw new ConflictError('The authorisation changed meanwhile; read it again');
  await appendAudit({
    subjectType: 'credit-authorisation',
    subjectId: id,
    action: `credit-authorisation.${ended.state}`,
    principal: request.principal,
    at,
    discriminator: request.requestId,
    detail: { uscc: ended.uscc, bankId: ended.bankId, reason: request.body.reason },
  });
  return { status: 200, body: ended };
};

export const handler = httpHandler(routes.revokeAuthorisation, idempotentRoute(revokeAuthorisation));
