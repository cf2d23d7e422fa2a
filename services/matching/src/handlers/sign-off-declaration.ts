import { ForbiddenError } from '@sme/kernel';
import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { signOff } from '../domain/declaration-lifecycle.ts';
import { config } from './composition.ts';
import { actorOf, declarationCommand } from './declaration-command.ts';

/**
 * POST /v1/declarations/{id}/sign-off: REVIEWED → RECOMMENDED (推荐清单). "报区工作机制召集人签字确认"
 * (seed 001 §二(二)): only the convenor's or a deputy convenor's principals named in the city file
 * (`matching.convenors`) sign; the office's own coordinator keys prepare, they do not sign.
 */
export const signOffDeclaration: RouteFunction<typeof routes.signOffDeclaration> = async (request) => {
  const { convenors } = config();
  if (!convenors.includes(request.principal.orgId)) {
    throw new ForbiddenError(
      `Only the mechanism's convenor or a deputy convenor signs off (召集人签字确认): ${request.principal.orgId} is not in matching.convenors`,
    );
  }
  return declarationCommand(request, (current, now) =>
    signOff(current, actorOf(request.principal), now, request.body.note),
  );
};

export const handler = httpHandler(routes.signOffDeclaration, idempotentRoute(signOffDeclaration));
