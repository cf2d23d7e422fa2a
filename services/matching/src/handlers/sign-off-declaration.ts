import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { signOff } from '../domain/declaration-lifecycle.ts';
import { actorOf, declarationCommand } from './declaration-command.ts';

/** POST /v1/declarations/{id}/sign-off: REVIEWED → RECOMMENDED (推荐清单), by the coordinator. */
export const signOffDeclaration: RouteFunction<typeof routes.signOffDeclaration> = async (request) =>
  declarationCommand(request, (current, now) =>
    signOff(current, actorOf(request.principal), now, request.body.note),
  );

export const handler = httpHandler(routes.signOffDeclaration, idempotentRoute(signOffDeclaration));
