import { NotFoundError } from '@sme/kernel';
import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { relationTo } from '../domain/consent.ts';
import { accessStore } from './composition.ts';

/** GET /v1/credit-authorisations/{id}: another bank's, or another township's, is "not found". */
export const getAuthorisation: RouteFunction<typeof routes.getAuthorisation> = async (request) => {
  const id = request.params.authorisationId;
  const auth = await accessStore().getAuthorisation(id);
  if (!auth || relationTo(request.principal, auth, cityConfig().agencies) === 'none')
    throw new NotFoundError(`No authorisation ${id}`);
  return { status: 200, headers: { 'cache-control': 'no-store' }, body: auth };
};

export const handler = httpHandler(routes.getAuthorisation, getAuthorisation);
