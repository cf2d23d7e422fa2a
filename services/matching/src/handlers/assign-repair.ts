import { ValidationError } from '@sme/kernel';
import { cityConfig, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { assignRepair } from '../domain/declaration-lifecycle.ts';
import { actorOf, declarationCommand } from './declaration-command.ts';

/** POST /v1/declarations/{id}/repair: the coordinator assigns coaching to a township agency. */
export const assignRepairRoute: RouteFunction<typeof routes.assignRepair> = async (request) => {
  const { agencyId, note } = request.body;
  const agency = cityConfig().agencies.find((a) => a.id === agencyId);
  if (agency?.kind !== 'township') {
    throw new ValidationError('Coaching is assigned to a township agency', [
      { path: 'body.agencyId', message: `${agencyId} is not a township agency of this city` },
    ]);
  }
  return declarationCommand(request, (current, now) =>
    assignRepair(current, actorOf(request.principal), agencyId, note, now),
  );
};

export const handler = httpHandler(routes.assignRepair, idempotentRoute(assignRepairRoute));
