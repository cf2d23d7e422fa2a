import type { MaskedCount, Principal } from '@sme/kernel';
import type { HttpResult } from '@sme/runtime';
import type { BlacklistEntry, EntryStep } from '../domain/entry.ts';
import { reviewerView } from '../domain/views.ts';
import { actorOf, checkIfMatch, entryStore, found, maskedDetail, versionHeaders } from './composition.ts';

/**
 * The shape of every review command on one entry: read it (consistent), honour If-Match, let the
 * domain decide the step (which refuses what the state machine does not allow), write it on the
 * version read, and answer with the new version. The table stream audits the written version and
 * announces listings and revocations.
 */
export async function entryCommand(
  request: {
    params: { entryId: string };
    ifMatch: number | undefined;
    principal: Principal;
    requestId: string;
    maskedIdentifiers?: readonly MaskedCount[];
  },
  decide: (current: BlacklistEntry, now: string) => EntryStep,
): Promise<HttpResult> {
  const { entryId } = request.params;
  const current = found(await entryStore().get(entryId, true), `blacklist report ${entryId}`);
  checkIfMatch(request.ifMatch, current, `report ${entryId}`);
  const now = new Date().toISOString();
  const step = decide(current, now);
  await entryStore().save([
    { entry: step.entry, expectedVersion: current.version, change: changeOf(request, step, now) },
  ]);
  return { status: 200, headers: versionHeaders(step.entry), body: reviewerView(step.entry) };
}

/** The change record the stream turns into the audit entry of a version. */
export function changeOf(
  request: { principal: Principal; requestId: string; maskedIdentifiers?: readonly MaskedCount[] },
  step: Pick<EntryStep, 'action' | 'events'>,
  now: string,
) {
  const actor = actorOf(request.principal);
  return {
    action: step.action,
    clientId: actor.clientId,
    orgId: actor.orgId,
    at: now,
    cause: request.requestId,
    detail: { events: step.events, ...maskedDetail(request) },
  };
}
