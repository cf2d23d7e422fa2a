import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { completeRepair } from '../domain/declaration-lifecycle.ts';
import { config } from './composition.ts';
import { actorOf, declarationCommand } from './declaration-command.ts';

/** POST /v1/declarations/{id}/repair/completion: screened again on today's facts. */
export const completeRepairRoute: RouteFunction<typeof routes.completeRepair> = async (request) =>
  declarationCommand(request, (current, now) =>
    completeRepair(current, actorOf(request.principal), request.body.note, config().screeningPolicy, now),
  );

export const handler = httpHandler(routes.completeRepair, idempotentRoute(completeRepairRoute));
