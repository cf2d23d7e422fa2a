import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { revokeEntry as revoke } from '../domain/entry.ts';
import { actorOf } from './composition.ts';
import { entryCommand } from './entry-command.ts';

/** POST /v1/blacklist/reports/{entryId}/revocation: takes a confirmed entry off the list. */
export const revokeEntry: RouteFunction<typeof routes.revokeEntry> = async (request) =>
  entryCommand(request, (current, now) =>
    revoke(current, request.body.reason, actorOf(request.principal), now),
  );

export const handler = httpHandler(routes.revokeEntry, idempotentRoute(revokeEntry));
