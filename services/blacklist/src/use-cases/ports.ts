import type { AuditEntry, VersionChange } from '@sme/runtime';
import type { BlacklistEntry } from '../domain/entry.ts';
import type { Rekey } from '../domain/rekey.ts';
import type { ScreeningIndex } from '../domain/screening-index.ts';
import type { ScreeningRecord } from '../domain/screening-record.ts';

/** What screening keeps of an entry that was ever listed: enough to index it, nothing to show. */
export type ScreeningProjection = Pick<BlacklistEntry, 'entryId' | 'version' | 'state' | 'parties'>;

/** The entries ever listed, optionally only those changed at or after an instant (ISO). */
export interface ListedEntrySource {
  changedSince(since: string | undefined): Promise<ScreeningProjection[]>;
}

/** The entry store as re-keying uses it. */
export interface RekeyStore {
  get(entryId: string, consistent?: boolean): Promise<BlacklistEntry | undefined>;
  save(changes: { entry: BlacklistEntry; expectedVersion: number; change: VersionChange }[]): Promise<void>;
  rekeyHints(): Promise<{ entryId: string; rekeys: Rekey[] }[]>;
  deleteRekeyHint(entryId: string): Promise<void>;
}

/** The entry store as a screening uses it: re-keying, and tying a hit's enterprise to the entry. */
export interface ScreeningEntryStore extends RekeyStore {
  /** Ties the enterprise to a listed entry; a ConflictError once the entry is no longer listed. */
  recordScreeningHit(entryId: string, uscc: string, source: string, change: VersionChange): Promise<boolean>;
}

/** Stored screenings and reviewers' "not the same" decisions (party key → entry ids). */
export interface ScreeningStore {
  create(screening: ScreeningRecord): Promise<void>;
  exclusionsOf(partyKeys: readonly string[]): Promise<Map<string, Set<string>>>;
  /** Copies the decisions recorded under an older party key to the current one; how many. */
  copyExclusions(fromPartyKey: string, toPartyKey: string): Promise<number>;
}

/** This process's screening index over the listed entries (refreshed on `current`). */
export interface ScreeningIndexSource {
  current(): Promise<ScreeningIndex>;
  compositesOf(entryId: string): readonly string[];
  readonly size: number;
}

/** Appends one entry to the audit trail (idempotent on its key). */
export type AppendAudit = (entry: AuditEntry) => Promise<void>;
