import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { assertCanSetPreAllocation } from '../domain/ledger.ts';
import { ledgerStep } from './ledger-step.ts';

/** PUT /v1/ledger/{year}/pre-allocations: finance's advance per program (当年预拨), while OPEN. */
export const setPreAllocations: RouteFunction<typeof routes.setPreAllocations> = (request) =>
  ledgerStep(request, 'ledger.pre-allocation-set', (header) => {
    assertCanSetPreAllocation(header.state);
    return { step: 'preAllocation', preAllocated: request.body.allocations };
  });

export const handler = httpHandler(routes.setPreAllocations, idempotentRoute(setPreAllocations));
