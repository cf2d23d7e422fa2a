import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { declarationStore } from './composition.ts';
import { declarationListView } from './views.ts';

/** GET /v1/declarations?state=&township=&limit=&cursor= */
export const listDeclarations: RouteFunction<typeof routes.listDeclarations> = async (request) => {
  const { limit, cursor, ...filter } = request.query;
  const page = await declarationStore().list(filter, limit, cursor);
  return {
    status: 200,
    body: {
      items: page.items.map(declarationListView),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    },
  };
};

export const handler = httpHandler(routes.listDeclarations, listDeclarations);
