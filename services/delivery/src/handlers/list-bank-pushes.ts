import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { pushStore } from './composition.ts';
import { pushView } from './views.ts';

/** GET /v1/bank/pushes: the calling bank's inbox (the bank is the caller's organisation, never a parameter). */
export const listBankPushes: RouteFunction<typeof routes.listBankPushes> = async (request) => {
  const { status, limit, cursor } = request.query;
  const page = await pushStore().listByBank(request.principal.orgId, status, limit, cursor);
  return {
    status: 200,
    body: { items: page.items.map(pushView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) },
  };
};

export const handler = httpHandler(routes.listBankPushes, listBankPushes);
