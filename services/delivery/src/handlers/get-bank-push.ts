import { shanghaiDate } from '@sme/kernel';
import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { deadlineConfig, pushStore } from './composition.ts';
import { ownPush, pushView, versionHeaders } from './views.ts';

/** GET /v1/bank/pushes/{pushId}: 404 for a push of another bank. */
export const getBankPush: RouteFunction<typeof routes.getBankPush> = async (request) => {
  const { pushId } = request.params;
  const push = ownPush(await pushStore().get(pushId, true), request.principal, pushId);
  const view = pushView(push, await deadlineConfig(), shanghaiDate(new Date()));
  return { status: 200, headers: versionHeaders(push), body: view };
};

export const handler = httpHandler(routes.getBankPush, getBankPush);
