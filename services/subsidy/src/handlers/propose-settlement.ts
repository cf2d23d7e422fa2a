import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { assertCanPropose, ledgerFigures } from '../domain/ledger.ts';
import { ledgerStep } from './ledger-step.ts';

/** POST /v1/ledger/{year}/settlement-proposal: freezes actual − pre-allocated per program (下年清算). */
export const proposeSettlement: RouteFunction<typeof routes.proposeSettlement> = (request) =>
  ledgerStep(request, 'ledger.settlement-proposed', (header, today) => {
    assertCanPropose(header.state, header.year, today);
    return {
      step: 'proposal',
      state: 'SETTLEMENT_PROPOSED',
      figures: ledgerFigures(header.preAllocated, header.actual),
    };
  });

export const handler = httpHandler(routes.proposeSettlement, idempotentRoute(proposeSettlement));
