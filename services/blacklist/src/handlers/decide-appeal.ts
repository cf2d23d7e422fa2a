import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { decideAppeal as decide } from '../domain/entry.ts';
import { actorOf } from './composition.ts';
import { entryCommand } from './entry-command.ts';

/** POST /v1/blacklist/reports/{entryId}/appeal/decision: upheld revokes, rejected keeps the listing. */
export const decideAppeal: RouteFunction<typeof routes.decideAppeal> = async (request) =>
  entryCommand(request, (current, now) => decide(current, request.body, actorOf(request.principal), now));

export const handler = httpHandler(routes.decideAppeal, idempotentRoute(decideAppeal));
