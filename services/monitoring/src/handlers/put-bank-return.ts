import { shanghaiDate } from '@sme/kernel';
import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { submitBankReturn } from '../use-cases/bank-returns.ts';
import { bankIds, bankReturns } from './composition.ts';

/** PUT /v1/monitoring/bank-returns/{month}/{bankId}: a bank's monthly return, or its correction. */
export const putBankReturn: RouteFunction<typeof routes.putBankReturn> = async (request) => {
  const now = new Date();
  const { clientId, orgId, role } = request.principal;
  const { created, version } = await submitBankReturn(
    { month: request.params.month, bankId: request.params.bankId, figures: request.body },
    {
      caller: { clientId, orgId, role },
      now: now.toISOString(),
      today: shanghaiDate(now),
      requestId: request.requestId,
      knownBank: bankIds(cityConfig()).includes(request.params.bankId),
    },
    bankReturns(),
  );
  return { status: created ? 201 : 200, body: version };
};

export const handler = httpHandler(routes.putBankReturn, putBankReturn);
