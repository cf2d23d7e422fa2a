import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { enterpriseRepository } from './composition.ts';
import { publicView } from './views.ts';

/** GET /v1/enterprises?township=&industry=&sizeClass=&entityType=&status=&tag=&limit=&cursor= */
export const listEnterprises: RouteFunction<typeof routes.listEnterprises> = async (request) => {
  const { limit, cursor, ...filter } = request.query;
  const page = await enterpriseRepository().list(filter, limit, cursor);
  return {
    status: 200,
    body: { items: page.items.map(publicView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) },
  };
};

export const handler = httpHandler(routes.listEnterprises, listEnterprises);
