import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { monthReturns } from '../use-cases/bank-returns.ts';
import { bankIds, bankReturns } from './composition.ts';

/** GET /v1/monitoring/bank-returns/{month}: every bank's current return and who is missing. */
export const listBankReturns: RouteFunction<typeof routes.listBankReturns> = async ({ params }) => {
  const { returns, missing } = await monthReturns(params.month, bankIds(), bankReturns());
  return { status: 200, body: { month: params.month, returns, missing } };
};

export const handler = httpHandler(routes.listBankReturns, listBankReturns);
