import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { pushStore } from './composition.ts';
import { overdueView } from './views.ts';

/** GET /v1/overdue-pushes: pushes past a deadline without a decision, oldest deadline first. */
export const listOverduePushes: RouteFunction<typeof routes.listOverduePushes> = async (request) => {
  const { bankId, limit, cursor } = request.query;
  const page = await pushStore().listOverdue(bankId, limit, cursor);
  return {
    status: 200,
    body: { items: page.items.map(overdueView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) },
  };
};

export const handler = httpHandler(routes.listOverduePushes, listOverduePushes);
