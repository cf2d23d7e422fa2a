import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { summarise } from '../domain/summary.ts';
import { factLog, groupLabels } from './composition.ts';

/** GET /v1/monitoring/summary?from&to&groupBy: the range's facts, month by month, summarised. */
export const getSummary: RouteFunction<typeof routes.getSummary> = async ({ query }) => {
  const facts = await factLog().between(query.from, query.to);
  return { status: 200, body: summarise(facts, query, groupLabels()) };
};

export const handler = httpHandler(routes.getSummary, getSummary);
