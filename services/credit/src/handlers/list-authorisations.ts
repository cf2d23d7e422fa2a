import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { relationTo } from '../domain/consent.ts';
import { accessStore } from './composition.ts';

/** GET /v1/credit-authorisations?state=…|uscc=…: what the caller may see, narrowed in the query where it can be. */
export const listAuthorisations: RouteFunction<typeof routes.listAuthorisations> = async (request) => {
  const { state, uscc, limit, cursor } = request.query;
  const { principal } = request;
  const agencies = cityConfig().agencies;
  if (uscc !== undefined) {
    const all = await accessStore().ofEnterprise(uscc);
    const items = all.filter((a) => a.state === state && relationTo(principal, a, agencies) !== 'none');
    return { status: 200, headers: { 'cache-control': 'no-store' }, body: { items } };
  }
  const scope =
    principal.role === 'bank'
      ? { bankId: principal.orgId }
      : principal.role === 'agency'
        ? { townships: agencies.find((a) => a.id === principal.orgId)?.townships ?? [] }
        : {};
  const page = await accessStore().list(state, scope, limit, cursor);
  return { status: 200, headers: { 'cache-control': 'no-store' }, body: page };
};

export const handler = httpHandler(routes.listAuthorisations, listAuthorisations);
