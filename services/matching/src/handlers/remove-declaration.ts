import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { remove } from '../domain/declaration-lifecycle.ts';
import { actorOf, declarationCommand } from './declaration-command.ts';

/** POST /v1/declarations/{id}/removal: false materials or misuse → REMOVED, never pushed again. */
export const removeDeclaration: RouteFunction<typeof routes.removeDeclaration> = async (request) =>
  declarationCommand(request, (current, now) =>
    remove(current, actorOf(request.principal), request.body.reason, request.body.detail, now),
  );

export const handler = httpHandler(routes.removeDeclaration, idempotentRoute(removeDeclaration));
