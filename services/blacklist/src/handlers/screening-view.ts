import type { ScreeningRecord } from '../domain/screening-record.ts';

/**
 * A screening as answered: the party key (which may be an identifier hash) and the requester's
 * client id stay inside the service.
 */
export function screeningView(s: ScreeningRecord) {
  return {
    screeningId: s.screeningId,
    version: s.version,
    application: s.application,
    ...(s.purpose ? { purpose: s.purpose } : {}),
    outcome: s.outcome,
    parties: s.parties.map(({ partyKey: _key, ...party }) => party),
    hitEntryIds: s.hitEntryIds,
    decisions: s.decisions.map(({ by, ...d }) => ({ ...d, by: { orgId: by.orgId } })),
    requestedBy: { orgId: s.requestedBy.orgId },
    at: s.at,
  };
}
