import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { readBankReturn } from '../use-cases/bank-returns.ts';
import { bankReturns } from './composition.ts';

/** GET /v1/monitoring/bank-returns/{month}/{bankId}: the return with its versions. */
export const getBankReturn: RouteFunction<typeof routes.getBankReturn> = async (request) => {
  const { clientId, orgId, role } = request.principal;
  const body = await readBankReturn(
    request.params.month,
    request.params.bankId,
    { clientId, orgId, role },
    bankReturns(),
  );
  return { status: 200, body };
};

export const handler = httpHandler(routes.getBankReturn, getBankReturn);
