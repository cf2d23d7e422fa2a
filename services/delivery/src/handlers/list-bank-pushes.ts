import { shanghaiDate } from '@sme/kernel';
import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { deadlineConfig, pushStore } from './composition.ts';
import { pushView } from './views.ts';

/** GET /v1/bank/pushes: the calling bank's inbox (the bank is the caller's organisation, never a parameter). */
export const listBankPushes: RouteFunction<typeof routes.listBankPushes> = async (request) => {
  const { status, limit, cursor } = request.query;
  const [page, deadlines] = await Promise.all([
    pushStore().listByBank(request.principal.orgId, status, limit, cursor),
    deadlineConfig(),
  ]);
  const today = shanghaiDate(new Date());
  return {
    status: 200,
    body: {
      items: page.items.map((push) => pushView(push, deadlines, today)),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    },
  };
};

export const handler = httpHandler(routes.listBankPushes, listBankPushes);
