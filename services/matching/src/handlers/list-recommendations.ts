import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { declarationStore } from './composition.ts';
import { declarationView } from './views.ts';

/** GET /v1/recommendations: RECOMMENDED declarations, key-industry-chain first (the index sort key starts with the marker). */
export const listRecommendations: RouteFunction<typeof routes.listRecommendations> = async (request) => {
  const { limit, cursor, township } = request.query;
  const page = await declarationStore().list(
    { state: 'RECOMMENDED', ...(township ? { township } : {}) },
    limit,
    cursor,
  );
  return {
    status: 200,
    body: {
      items: page.items.map(declarationView),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    },
  };
};

export const handler = httpHandler(routes.listRecommendations, listRecommendations);
