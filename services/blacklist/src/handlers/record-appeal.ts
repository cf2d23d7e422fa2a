import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { recordAppeal as record } from '../domain/entry.ts';
import { actorOf } from './composition.ts';
import { entryCommand } from './entry-command.ts';

/** POST /v1/blacklist/reports/{entryId}/appeal: the office records an appeal on the listed party's behalf. */
export const recordAppeal: RouteFunction<typeof routes.recordAppeal> = async (request) =>
  entryCommand(request, (current, now) => record(current, request.body, actorOf(request.principal), now));

export const handler = httpHandler(routes.recordAppeal, idempotentRoute(recordAppeal));
