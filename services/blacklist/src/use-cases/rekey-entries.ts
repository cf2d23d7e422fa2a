import { ConcurrentModificationError } from '@sme/kernel';
import type { IdentifierKeyring } from '../domain/identifier-keyring.ts';
import { type Rekey, rekeyEntry, rekeyedAction } from '../domain/rekey.ts';
import { rekeysByEntry } from '../domain/screen-application.ts';
import type { ScreeningIndex } from '../domain/screening-index.ts';
import type { RekeyStore } from './ports.ts';

/** Who re-keys: the platform itself, on the occasion named in `cause`. */
export const rekeyActor = { clientId: 'service:blacklist', orgId: 'platform' };

export interface RekeyOutcome {
  entries: number;
  identifiers: number;
}

/**
 * Writes the re-keyed version of each entry (read consistently, written on the version read). An
 * entry changed meanwhile is left for the next presentation of its identifier: re-keying is never
 * worth failing or retrying a request for.
 */
export async function rekeyEntries(
  store: Pick<RekeyStore, 'get' | 'save'>,
  byEntry: ReadonlyMap<string, readonly Rekey[]>,
  occasion: { at: string; cause: string },
): Promise<RekeyOutcome> {
  const outcome = { entries: 0, identifiers: 0 };
  for (const [entryId, rekeys] of byEntry) {
    const current = await store.get(entryId, true);
    if (!current) continue;
    const next = rekeyEntry(current, rekeys, occasion.at);
    if (!next) continue;
    try {
      await store.save([
        {
          entry: next.step.entry,
          expectedVersion: current.version,
          change: {
            action: rekeyedAction,
            ...rekeyActor,
            at: occasion.at,
            cause: occasion.cause,
            detail: { events: [], rekeyed: next.counts },
          },
        },
      ]);
      outcome.entries++;
      outcome.identifiers += next.counts.reduce((n, c) => n + c.identifiers, 0);
    } catch (error) {
      if (!(error instanceof ConcurrentModificationError)) throw error;
    }
  }
  return outcome;
}

/**
 * Applies the hints new reports left during a re-keying window: finds, through the index, the
 * listed entries holding an older hash a hint names, re-keys them, and deletes the hint. A hint whose
 * older version has been retired meanwhile is only deleted (nothing can hold a live hash of it).
 */
export async function applyRekeyHints(
  store: RekeyStore,
  index: ScreeningIndex,
  keyring: IdentifierKeyring,
  at: string,
): Promise<RekeyOutcome> {
  const total = { entries: 0, identifiers: 0 };
  for (const hint of await store.rekeyHints()) {
    const live = hint.rekeys.filter((r) => keyring.keys.has(r.fromVersion) && keyring.keys.has(r.toVersion));
    const done = await rekeyEntries(store, rekeysByEntry(index, live), {
      at,
      cause: `report:${hint.entryId}`,
    });
    total.entries += done.entries;
    total.identifiers += done.identifiers;
    await store.deleteRekeyHint(hint.entryId);
  }
  return total;
}
