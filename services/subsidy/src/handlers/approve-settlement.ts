import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { assertCanApprove } from '../domain/ledger.ts';
import { ledgerStep } from './ledger-step.ts';

/** POST /v1/ledger/{year}/approval: approves the figures the proposal froze; a second approval is 409. */
export const approveSettlement: RouteFunction<typeof routes.approveSettlement> = (request) =>
  ledgerStep(request, 'ledger.settlement-approved', (header) => {
    assertCanApprove(header.state);
    return {
      step: 'approval',
      state: 'APPROVED',
      ...(header.proposal?.figures ? { figures: header.proposal.figures } : {}),
    };
  });

export const handler = httpHandler(routes.approveSettlement, idempotentRoute(approveSettlement));
