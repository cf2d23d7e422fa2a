import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { reviewerView } from '../domain/views.ts';
import { entryStore } from './composition.ts';

/** GET /v1/blacklist/reports?state=reported: the coordination office's work list. */
export const listReports: RouteFunction<typeof routes.listReports> = async (request) => {
  const { state, limit, cursor } = request.query;
  const page = await entryStore().listByState(state, limit, cursor);
  return { status: 200, body: { ...page, items: page.items.map(reviewerView) } };
};

export const handler = httpHandler(routes.listReports, listReports);
