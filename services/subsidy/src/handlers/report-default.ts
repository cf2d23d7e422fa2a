import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { applyDefault } from '../domain/guarantee-reports.ts';
import { reportRoute } from './guarantee-report.ts';

/** POST /v1/guarantees/{guaranteeId}/default: the balance stops accruing on the default date. */
export const reportDefault: RouteFunction<typeof routes.reportDefault> = (request) =>
  reportRoute(request, 'guarantee.default-reported', (g, context) => applyDefault(g, request.body, context));

export const handler = httpHandler(routes.reportDefault, idempotentRoute(reportDefault));
