import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { summariseCounters } from '../domain/counters.ts';
import { counterStore, groupLabels } from './composition.ts';

/**
 * GET /v1/monitoring/summary?from&to&groupBy: the range from the pre-aggregated counters — month items
 * for whole months, day items for the ends — so a year costs the same at any number of facts.
 */
export const getSummary: RouteFunction<typeof routes.getSummary> = async ({ query }) => {
  const { items } = await counterStore().read(query.from, query.to, query.groupBy);
  return { status: 200, body: summariseCounters(items, query, groupLabels()) };
};

export const handler = httpHandler(routes.getSummary, getSummary);
