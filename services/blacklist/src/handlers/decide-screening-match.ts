import { appendAudit, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { decideMatch } from '../domain/screening-record.ts';
import { actorOf, entryStore, found, maskedDetail, screeningStore } from './composition.ts';
import { screeningView } from './screening-view.ts';

/**
 * POST /v1/screenings/{screeningId}/decisions: a reviewer on one possible hit. "same" ties the
 * application's enterprise to the entry (IntermediaryHitChanged, confirmed); "not-same" is
 * remembered for the party, so later screenings skip the pair. The effect is written before the
 * decision, and both are idempotent, so a retry after a failure completes it.
 */
export const decideScreeningMatch: RouteFunction<typeof routes.decideScreeningMatch> = async (request) => {
  const { screeningId } = request.params;
  const screening = found(await screeningStore().get(screeningId), `screening ${screeningId}`);
  const actor = actorOf(request.principal);
  const now = new Date().toISOString();
  const next = decideMatch(screening, request.body, actor, now);
  const { partyIndex, entryId, decision } = request.body;
  const party = screening.parties[partyIndex];
  if (decision === 'same') {
    await entryStore().recordScreeningHit(entryId, screening.application.uscc, `screening:${screeningId}`, {
      action: 'intermediary-hit.reviewed-same',
      clientId: actor.clientId,
      orgId: actor.orgId,
      at: now,
      cause: screeningId,
    });
  } else if (party) {
    await screeningStore().exclude(party.partyKey, entryId, actor, now, screeningId);
  }
  await screeningStore().save(next, screening.version);
  await appendAudit({
    subjectType: 'screening',
    subjectId: screeningId,
    action: 'screening.match-decided',
    principal: request.principal,
    at: now,
    discriminator: request.requestId,
    detail: { partyIndex, entryId, decision, ...maskedDetail(request) },
  });
  return { status: 200, body: screeningView(next) };
};

export const handler = httpHandler(routes.decideScreeningMatch, idempotentRoute(decideScreeningMatch));
