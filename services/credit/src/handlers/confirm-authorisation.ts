import { ConflictError, NotFoundError, ValidationError } from '@sme/kernel';
import { appendAudit, cityConfig, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { confirm, relationTo } from '../domain/consent.ts';
import { accessStore } from './composition.ts';

/**
 * POST /v1/credit-authorisations/{id}/confirmation: the enterprise confirmed, heard by the office or
 * by the agency of its township. From now on (within its validity, for its purposes) the bank may read.
 */
export const confirmAuthorisation: RouteFunction<typeof routes.confirmAuthorisation> = async (request) => {
  const id = request.params.authorisationId;
  const auth = await accessStore().getAuthorisation(id);
  if (!auth || relationTo(request.principal, auth, cityConfig().agencies) !== 'for-enterprise')
    throw new NotFoundError(`No authorisation ${id} that you may confirm for its enterprise`);
  const { clientId, orgId, role } = request.principal;
  const at = new Date().toISOString();
  const result = confirm(auth, { clientId, orgId, role }, at, request.body);
  if (!result.ok) {
    if (result.issues[0]?.path === 'state')
      throw new ConflictError(result.issues[0].message, { state: auth.state });
    throw new ValidationError('The confirmation breaks a rule', result.issues);
  }
  if (!(await accessStore().saveTransition(result.next, auth.state)))
    throw new ConflictError('The authorisation changed meanwhile; read it again');
  await appendAudit({
    subjectType: 'credit-authorisation',
    subjectId: id,
    action: 'credit-authorisation.confirmed',
    principal: request.principal,
    at,
    discriminator: request.requestId,
    detail: { uscc: auth.uscc, bankId: auth.bankId, method: request.body.method },
  });
  return { status: 200, body: result.next };
};

export const handler = httpHandler(routes.confirmAuthorisation, idempotentRoute(confirmAuthorisation));
