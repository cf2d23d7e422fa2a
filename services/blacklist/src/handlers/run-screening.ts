import { ConflictError } from '@sme/kernel';
import { appendAudit, httpHandler, idempotentRoute, logger, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import type { IdentifierKeyring } from '../domain/identifier-keyring.ts';
import {
  type PreparedParty,
  prepareParties,
  rekeysByEntry,
  screenApplication,
} from '../domain/screen-application.ts';
import type { ScreeningIndex } from '../domain/screening-index.ts';
import type { ScreeningRecord } from '../domain/screening-record.ts';
import { applyRekeyHints, rekeyEntries } from '../use-cases/rekey-entries.ts';
import {
  actorOf,
  config,
  entryStore,
  identifierKeyring,
  maskedDetail,
  newScreeningId,
  screeningIndex,
  screeningStore,
} from './composition.ts';
import { screeningView } from './screening-view.ts';

/**
 * POST /v1/screenings: hashes the parties' identifiers, brings this process's index up to date (the
 * entries changed since its last refresh), screens every party in memory, stores and audits the
 * screening, and ties the application's enterprise to every entry a strong identifier matched.
 */
export const runScreening: RouteFunction<typeof routes.runScreening> = async (request) => {
  const { application, purpose } = request.body;
  const cfg = config();
  const keyring = await identifierKeyring();
  const prepared = prepareParties(request.body, keyring);
  const cache = screeningIndex();
  const refreshStart = performance.now();
  const [index, exclusions] = await Promise.all([
    cache.current(),
    screeningStore().exclusionsOf(prepared.flatMap((p) => [p.partyKey, ...p.olderPartyKeys])),
  ]);
  const screenStart = performance.now();
  const result = screenApplication(index, prepared, {
    threshold: cfg.nameMatchThreshold,
    exclusions,
    compositesOf: cache.compositesOf,
  });
  // Counts and timings only: party names and identifiers never go to the log.
  logger.info('Screened', {
    outcome: result.outcome,
    parties: prepared.length,
    indexedEntries: cache.size,
    refreshMs: Math.round(screenStart - refreshStart),
    screenMs: Math.round((performance.now() - screenStart) * 1000) / 1000,
  });
  const now = new Date().toISOString();
  const actor = actorOf(request.principal);
  const screening: ScreeningRecord = {
    screeningId: newScreeningId(),
    version: 1,
    application,
    ...(purpose ? { purpose } : {}),
    requestedBy: actor,
    at: now,
    decisions: [],
    ...result,
  };
  await screeningStore().create(screening);
  await appendAudit({
    subjectType: 'screening',
    subjectId: screening.screeningId,
    action: 'screening.run',
    principal: request.principal,
    at: now,
    discriminator: request.requestId,
    ...(purpose ? { purpose } : {}),
    detail: {
      uscc: application.uscc,
      outcome: result.outcome,
      hitEntryIds: result.hitEntryIds,
      possibleEntryIds: [
        ...new Set(result.parties.flatMap((p) => p.matches.filter((m) => !m.strong).map((m) => m.entryId))),
      ],
      ...maskedDetail(request),
    },
  });
  for (const entryId of result.hitEntryIds) {
    try {
      await entryStore().recordScreeningHit(entryId, application.uscc, `screening:${screening.screeningId}`, {
        action: 'intermediary-hit.screening',
        clientId: actor.clientId,
        orgId: actor.orgId,
        at: now,
        cause: screening.screeningId,
      });
    } catch (error) {
      // Revoked between the index refresh and now: the listing is gone, so there is nothing to tie.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  if (keyring.keys.size > 1) {
    await rekeyPresented(prepared, index, keyring, exclusions, {
      at: now,
      cause: `screening:${screening.screeningId}`,
    });
  }
  return {
    status: 201,
    headers: { location: `/v1/screenings/${screening.screeningId}`, 'cache-control': 'no-store' },
    body: screeningView(screening),
  };
};

/**
 * Lazy re-keying while older key versions are live: the identifiers just presented re-key every
 * listed entry holding their older-version hashes, reviewers' "not the same" decisions recorded
 * under an older party key are copied to the current one, and the hints new reports left are
 * applied. Best effort: a failure is logged and left for the next screening, never the caller's.
 */
async function rekeyPresented(
  prepared: readonly PreparedParty[],
  index: ScreeningIndex,
  keyring: IdentifierKeyring,
  exclusions: ReadonlyMap<string, ReadonlySet<string>>,
  occasion: { at: string; cause: string },
): Promise<void> {
  try {
    const presented = await rekeyEntries(
      entryStore(),
      rekeysByEntry(
        index,
        prepared.flatMap((p) => p.rekeys),
      ),
      occasion,
    );
    let decisions = 0;
    for (const p of prepared) {
      for (const older of p.olderPartyKeys) {
        if (exclusions.has(older)) decisions += await screeningStore().copyExclusions(older, p.partyKey);
      }
    }
    const hinted = await applyRekeyHints(entryStore(), index, keyring, occasion.at);
    // Counts only: never a hash or an identifier.
    logger.info('Re-keyed', { currentKey: keyring.current, presented, hinted, decisions });
  } catch (error) {
    logger.warn('Re-keying failed; the next screening tries again', { error: error as Error });
  }
}

export const handler = httpHandler(routes.runScreening, idempotentRoute(runScreening));
