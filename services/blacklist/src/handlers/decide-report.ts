import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { decideReport as decide } from '../domain/entry.ts';
import { actorOf, config } from './composition.ts';
import { entryCommand } from './entry-command.ts';

/** POST /v1/blacklist/reports/{entryId}/decision: confirm against the identification standard, or dismiss. */
export const decideReport: RouteFunction<typeof routes.decideReport> = async (request) =>
  entryCommand(request, (current, now) =>
    decide(current, request.body, config().criteria, actorOf(request.principal), now),
  );

export const handler = httpHandler(routes.decideReport, idempotentRoute(decideReport));
