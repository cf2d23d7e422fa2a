import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import type { Review } from '../domain/declaration.ts';
import { recordReview } from '../domain/declaration-lifecycle.ts';
import { agencyOf, config } from './composition.ts';
import { declarationCommand } from './declaration-command.ts';

/** POST /v1/declarations/{id}/reviews: a department's opinions on the criteria it is configured for. */
export const reviewDeclaration: RouteFunction<typeof routes.reviewDeclaration> = async (request) => {
  const agency = agencyOf(request.principal);
  const cfg = config();
  const { opinions } = request.body;
  return declarationCommand(request, (current, now) => {
    const reviews: Review[] = opinions.map((o) => ({
      id: `${agency.id}/${o.criterion}/${request.requestId}`,
      agencyId: agency.id,
      agencyKind: agency.kind,
      criterion: o.criterion,
      outcome: o.outcome,
      ...(o.note ? { note: o.note } : {}),
      at: now,
      clientId: request.principal.clientId,
    }));
    return recordReview(current, { agency, reviewers: cfg.reviewers }, reviews, cfg.screeningPolicy, now);
  });
};

export const handler = httpHandler(routes.reviewDeclaration, idempotentRoute(reviewDeclaration));
