import { shanghaiDate } from '@sme/kernel';
import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { loadLedger } from '../use-cases/policy-tasks.ts';
import { agencyIds, callerOf, policyTaskStore } from './composition.ts';

/** PUT /v1/policy-tasks/ledger: the office loads the city's ledger file (a new version, audited). */
export const loadPolicyLedger: RouteFunction<typeof routes.loadPolicyLedger> = async (request) => {
  const now = new Date();
  const { created, ledger } = await loadLedger(
    request.body,
    {
      caller: callerOf(request.principal),
      now: now.toISOString(),
      today: shanghaiDate(now),
      requestId: request.requestId,
      agencies: agencyIds(),
    },
    policyTaskStore(),
  );
  return { status: created ? 201 : 200, body: ledger };
};

export const handler = httpHandler(routes.loadPolicyLedger, loadPolicyLedger);
