import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { applyRepayment } from '../domain/guarantee-reports.ts';
import { reportRoute } from './guarantee-report.ts';

/** POST /v1/guarantees/{guaranteeId}/repayments: releases the repaid amount from the balance. */
export const reportRepayment: RouteFunction<typeof routes.reportRepayment> = (request) =>
  reportRoute(request, 'guarantee.repayment-reported', (g, context) =>
    applyRepayment(g, request.body, context),
  );

export const handler = httpHandler(routes.reportRepayment, idempotentRoute(reportRepayment));
