import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { recordStore, supplyingAgency } from './composition.ts';

/** GET /v1/credit-records: the caller's agency's records, with their evidence references and history. */
export const listOwnRecords: RouteFunction<typeof routes.listOwnRecords> = async (request) => {
  const agency = supplyingAgency(request.principal);
  const page = await recordStore().bySource(agency.id, request.query.limit, request.query.cursor);
  return {
    status: 200,
    body: { items: page.records, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) },
  };
};

export const handler = httpHandler(routes.listOwnRecords, listOwnRecords);
