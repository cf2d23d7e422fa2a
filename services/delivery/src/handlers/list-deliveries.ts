import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { deliveryStore } from './composition.ts';
import { deliveryView } from './views.ts';

/** GET /v1/deliveries?status=parked: deliveries by status, optionally for one bank. */
export const listDeliveries: RouteFunction<typeof routes.listDeliveries> = async (request) => {
  const { status, bankId, limit, cursor } = request.query;
  const page = await deliveryStore().list(status, bankId, limit, cursor);
  return {
    status: 200,
    body: {
      items: page.items.map(deliveryView),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    },
  };
};

export const handler = httpHandler(routes.listDeliveries, listDeliveries);
