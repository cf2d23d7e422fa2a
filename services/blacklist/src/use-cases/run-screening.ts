import { ConflictError, type Principal } from '@sme/kernel';
import type { Actor } from '../domain/entry.ts';
import type { IdentifierKeyring } from '../domain/identifier-keyring.ts';
import {
  type PreparedParty,
  prepareParties,
  rekeysByEntry,
  type ScreeningRequest,
  screenApplication,
} from '../domain/screen-application.ts';
import type { ScreeningIndex } from '../domain/screening-index.ts';
import type { ScreeningRecord } from '../domain/screening-record.ts';
import type { AppendAudit, ScreeningEntryStore, ScreeningIndexSource, ScreeningStore } from './ports.ts';
import { applyRekeyHints, rekeyEntries } from './rekey-entries.ts';

export interface RunScreeningDeps {
  keyring: IdentifierKeyring;
  index: ScreeningIndexSource;
  entries: ScreeningEntryStore;
  screenings: ScreeningStore;
  appendAudit: AppendAudit;
  nameMatchThreshold: number;
  newScreeningId(): string;
  now(): Date;
  /** Counts and timings only go to the log: never a name, identifier or hash. */
  logger: {
    info(message: string, figures: Record<string, unknown>): void;
    warn(message: string, details: { error: Error }): void;
  };
}

export interface ScreeningOccasion {
  principal: Principal;
  actor: Actor;
  /** Makes the audit entry's key unique (the request id). */
  requestId: string;
  /** Extra audit detail (the masked-identifier counts of free text). */
  auditDetail?: Record<string, unknown>;
}

/**
 * Screens an application's parties: hashes their identifiers, brings the index up to date (the
 * entries changed since its last refresh), screens every party in memory, stores and audits the
 * screening, and ties the application's enterprise to every entry a strong identifier matched.
 * While older key versions are live, the identifiers just presented re-key what holds their older
 * hashes (best effort).
 */
export async function runScreening(
  deps: RunScreeningDeps,
  request: ScreeningRequest,
  occasion: ScreeningOccasion,
): Promise<ScreeningRecord> {
  const { application, purpose } = request;
  const prepared = prepareParties(request, deps.keyring);
  const refreshStart = performance.now();
  const [index, exclusions] = await Promise.all([
    deps.index.current(),
    deps.screenings.exclusionsOf(prepared.flatMap((p) => [p.partyKey, ...p.olderPartyKeys])),
  ]);
  const screenStart = performance.now();
  const result = screenApplication(index, prepared, {
    threshold: deps.nameMatchThreshold,
    exclusions,
    compositesOf: (entryId) => deps.index.compositesOf(entryId),
  });
  deps.logger.info('Screened', {
    outcome: result.outcome,
    parties: prepared.length,
    indexedEntries: deps.index.size,
    refreshMs: Math.round(screenStart - refreshStart),
    screenMs: Math.round((performance.now() - screenStart) * 1000) / 1000,
  });
  const now = deps.now().toISOString();
  const screening: ScreeningRecord = {
    screeningId: deps.newScreeningId(),
    version: 1,
    application,
    ...(purpose ? { purpose } : {}),
    requestedBy: occasion.actor,
    at: now,
    decisions: [],
    ...result,
  };
  await deps.screenings.create(screening);
  await deps.appendAudit({
    subjectType: 'screening',
    subjectId: screening.screeningId,
    action: 'screening.run',
    principal: occasion.principal,
    at: now,
    discriminator: occasion.requestId,
    ...(purpose ? { purpose } : {}),
    detail: {
      uscc: application.uscc,
      outcome: result.outcome,
      hitEntryIds: result.hitEntryIds,
      possibleEntryIds: [
        ...new Set(result.parties.flatMap((p) => p.matches.filter((m) => !m.strong).map((m) => m.entryId))),
      ],
      ...occasion.auditDetail,
    },
  });
  for (const entryId of result.hitEntryIds) {
    try {
      await deps.entries.recordScreeningHit(entryId, application.uscc, `screening:${screening.screeningId}`, {
        action: 'intermediary-hit.screening',
        clientId: occasion.actor.clientId,
        orgId: occasion.actor.orgId,
        at: now,
        cause: screening.screeningId,
      });
    } catch (error) {
      // Revoked between the index refresh and now: the listing is gone, so there is nothing to tie.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  if (deps.keyring.keys.size > 1) {
    await rekeyPresented(deps, prepared, index, exclusions, {
      at: now,
      cause: `screening:${screening.screeningId}`,
    });
  }
  return screening;
}

/**
 * Lazy re-keying while older key versions are live: the identifiers just presented re-key every
 * listed entry holding their older-version hashes, reviewers' "not the same" decisions recorded
 * under an older party key are copied to the current one, and the hints new reports left are
 * applied. Best effort: a failure is logged and left for the next screening, never the caller's.
 */
async function rekeyPresented(
  deps: RunScreeningDeps,
  prepared: readonly PreparedParty[],
  index: ScreeningIndex,
  exclusions: ReadonlyMap<string, ReadonlySet<string>>,
  occasion: { at: string; cause: string },
): Promise<void> {
  try {
    const presented = await rekeyEntries(
      deps.entries,
      rekeysByEntry(
        index,
        prepared.flatMap((p) => p.rekeys),
      ),
      occasion,
    );
    let decisions = 0;
    for (const p of prepared) {
      for (const older of p.olderPartyKeys) {
        if (exclusions.has(older)) decisions += await deps.screenings.copyExclusions(older, p.partyKey);
      }
    }
    const hinted = await applyRekeyHints(deps.entries, index, deps.keyring, occasion.at);
    deps.logger.info('Re-keyed', { currentKey: deps.keyring.current, presented, hinted, decisions });
  } catch (error) {
    deps.logger.warn('Re-keying failed; the next screening tries again', { error: error as Error });
  }
}
