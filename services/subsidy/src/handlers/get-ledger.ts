import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { ledgerStore } from './composition.ts';
import { ledgerView, versionHeaders } from './views.ts';

/** GET /v1/ledger/{year}?program=&cursor=: the year's figures and a page of its lines (one Get, one Query). */
export const getLedger: RouteFunction<typeof routes.getLedger> = async (request) => {
  const { year } = request.params;
  const { program, limit, cursor } = request.query;
  const [header, page] = await Promise.all([
    ledgerStore().header(year),
    ledgerStore().lines(year, program, limit, cursor),
  ]);
  return { status: 200, headers: versionHeaders(header), body: ledgerView(header, page) };
};

export const handler = httpHandler(routes.getLedger, getLedger);
