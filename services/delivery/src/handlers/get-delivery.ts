import { NotFoundError } from '@sme/kernel';
import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { deliveryStore } from './composition.ts';
import { deliveryView } from './views.ts';

/** GET /v1/deliveries/{deliveryId} */
export const getDelivery: RouteFunction<typeof routes.getDelivery> = async (request) => {
  const { deliveryId } = request.params;
  const record = await deliveryStore().get(deliveryId, true);
  if (!record) throw new NotFoundError(`No delivery ${deliveryId}`);
  return { status: 200, body: deliveryView(record) };
};

export const handler = httpHandler(routes.getDelivery, getDelivery);
