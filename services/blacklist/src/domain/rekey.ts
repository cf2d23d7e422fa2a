import type { BlacklistEntry, EntryStep } from './entry.ts';
import { hashUnderEveryVersion, type IdentifierKeyring, versionOf } from './identifier-keyring.ts';
import type { IdentifierKind } from './identifiers.ts';
import type { PartyInput, ProtectedIdentifier, StoredParty } from './parties.ts';

/**
 * Lazy re-keying. The platform never keeps a raw identifier, so a hash made with an older key
 * version can be replaced only when the identifier is presented again (a screening, a new report):
 * the same value hashed under the older version and under the current one gives the pair
 * `from → to`, and every entry holding `from` takes `to` instead.
 */
export interface Rekey {
  kind: IdentifierKind;
  fromVersion: string;
  fromHash: string;
  toVersion: string;
  toHash: string;
}

/**
 * The re-keying pairs of one presented identifier: its hash under each older live version → its
 * hash under the current version. None when the keyring holds one version.
 */
export function rekeysOf(
  kind: IdentifierKind,
  raw: string,
  keyring: IdentifierKeyring,
  path: string = kind,
): Rekey[] {
  if (keyring.keys.size < 2) return [];
  const [current, ...older] = hashUnderEveryVersion(kind, raw, keyring, path);
  if (!current) return [];
  return older.map((o) => ({
    kind,
    fromVersion: o.keyVersion,
    fromHash: o.hash,
    toVersion: current.keyVersion,
    toHash: current.hash,
  }));
}

/** The re-keying pairs of every identifier of a report's parties (checked already by `protectParty`). */
export function rekeysOfParties(parties: readonly PartyInput[], keyring: IdentifierKeyring): Rekey[] {
  if (keyring.keys.size < 2) return [];
  return parties.flatMap((p, i) => {
    const path = `body.parties.${i}`;
    return [
      ...(p.kind === 'individual' && p.idNumber
        ? rekeysOf('id-number', p.idNumber, keyring, `${path}.idNumber`)
        : []),
      ...p.phones.flatMap((raw, j) => rekeysOf('phone', raw, keyring, `${path}.phones.${j}`)),
      ...p.accounts.flatMap((raw, j) => rekeysOf('account', raw, keyring, `${path}.accounts.${j}`)),
    ];
  });
}

/** Action of the entry version a re-keying writes: audited, never announced to banks (nothing they see changed). */
export const rekeyedAction = 'blacklist-entry.rekeyed';

/** How many identifiers moved from each version to the current one, for the audit entry. */
export interface RekeyCount {
  from: string;
  to: string;
  identifiers: number;
}

function rekeyList(
  kind: IdentifierKind,
  list: readonly ProtectedIdentifier[],
  byHash: ReadonlyMap<string, Rekey>,
  moved: Rekey[],
): ProtectedIdentifier[] {
  const out: ProtectedIdentifier[] = [];
  const seen = new Set<string>();
  for (const id of list) {
    const rekey = byHash.get(id.hash);
    const next =
      rekey && rekey.kind === kind && rekey.fromVersion === versionOf(id)
        ? { hash: rekey.toHash, keyVersion: rekey.toVersion, masked: id.masked }
        : id;
    if (next !== id && rekey) moved.push(rekey);
    // The same identifier may be held under both versions (a merge across a rotation): keep it once.
    if (!seen.has(next.hash)) out.push(next);
    seen.add(next.hash);
  }
  return out;
}

function rekeyParty(party: StoredParty, byHash: ReadonlyMap<string, Rekey>, moved: Rekey[]): StoredParty {
  const phones = rekeyList('phone', party.phones, byHash, moved);
  const accounts = rekeyList('account', party.accounts, byHash, moved);
  if (party.kind === 'organisation') return { ...party, phones, accounts };
  const idNumber = party.idNumber ? rekeyList('id-number', [party.idNumber], byHash, moved)[0] : undefined;
  return { ...party, ...(idNumber ? { idNumber } : {}), phones, accounts };
}

/**
 * The next version of an entry with every identifier a pair names re-hashed under the current
 * version (same masked form, same state); `undefined` when the entry holds none of them, so a pair
 * applied twice writes nothing the second time.
 */
export function rekeyEntry(
  entry: BlacklistEntry,
  rekeys: readonly Rekey[],
  now: string,
): { step: EntryStep; counts: RekeyCount[] } | undefined {
  const byHash = new Map(rekeys.map((r) => [r.fromHash, r]));
  const moved: Rekey[] = [];
  const parties = entry.parties.map((p) => rekeyParty(p, byHash, moved));
  if (moved.length === 0) return undefined;
  const counts = new Map<string, RekeyCount>();
  for (const r of moved) {
    const key = `${r.fromVersion}>${r.toVersion}`;
    const count = counts.get(key) ?? { from: r.fromVersion, to: r.toVersion, identifiers: 0 };
    count.identifiers++;
    counts.set(key, count);
  }
  return {
    step: {
      entry: { ...entry, parties, version: entry.version + 1, updatedAt: now },
      action: rekeyedAction,
      events: [],
    },
    counts: [...counts.values()],
  };
}

/** How many entries (and identifiers) hold hashes of each key version; an entry with two versions counts in both. */
export interface KeyVersionCount {
  keyVersion: string;
  /** Listed (confirmed or appealed) entries: screening matches them. */
  listed: number;
  /** Reports awaiting review: they are matched once confirmed. */
  reported: number;
  identifiers: number;
}

/**
 * Counts the hashes of each key version over the entries that can still match (listed) or become
 * listed (reported). Closed entries (dismissed, revoked, merged) never match again and are not counted.
 */
export function countKeyVersions(
  entries: Iterable<{ state: 'listed' | 'reported'; parties: readonly StoredParty[] }>,
): KeyVersionCount[] {
  const counts = new Map<string, KeyVersionCount>();
  const countOf = (keyVersion: string) => {
    const existing = counts.get(keyVersion);
    if (existing) return existing;
    const created = { keyVersion, listed: 0, reported: 0, identifiers: 0 };
    counts.set(keyVersion, created);
    return created;
  };
  for (const entry of entries) {
    const versions = new Set<string>();
    for (const party of entry.parties) {
      const ids = [
        ...(party.kind === 'individual' && party.idNumber ? [party.idNumber] : []),
        ...party.phones,
        ...party.accounts,
      ];
      for (const id of ids) {
        countOf(versionOf(id)).identifiers++;
        versions.add(versionOf(id));
      }
    }
    for (const v of versions) countOf(v)[entry.state]++;
  }
  return [...counts.values()].sort((a, b) => Number(b.keyVersion.slice(1)) - Number(a.keyVersion.slice(1)));
}

/** What ops read before retiring a key version: every live version, and any other still held. */
export interface KeyVersionReport {
  current: string;
  versions: (KeyVersionCount & { current: boolean; live: boolean })[];
  /** Older live versions that no listed entry or report holds: safe to remove from the keyring. */
  retirable: string[];
  pendingRekeyHints: number;
}

export function keyVersionReport(
  keyring: IdentifierKeyring,
  counts: readonly KeyVersionCount[],
  pendingRekeyHints: number,
): KeyVersionReport {
  const byVersion = new Map(counts.map((c) => [c.keyVersion, c]));
  const versions = [...new Set([...keyring.keys.keys(), ...byVersion.keys()])].map((keyVersion) => ({
    ...(byVersion.get(keyVersion) ?? { keyVersion, listed: 0, reported: 0, identifiers: 0 }),
    current: keyVersion === keyring.current,
    live: keyring.keys.has(keyVersion),
  }));
  versions.sort(
    (a, b) =>
      Number(b.current) - Number(a.current) || Number(b.keyVersion.slice(1)) - Number(a.keyVersion.slice(1)),
  );
  return {
    current: keyring.current,
    versions,
    retirable: versions
      .filter((v) => v.live && !v.current && v.listed === 0 && v.reported === 0)
      .map((v) => v.keyVersion),
    pendingRekeyHints,
  };
}
