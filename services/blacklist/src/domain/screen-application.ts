import { compareCodeUnits, freeText, usccSchema } from '@sme/kernel';
import * as z from 'zod';
import type { BlacklistEntry } from './entry.ts';
import { listed } from './entry.ts';
import { hashUnderEveryVersion, type IdentifierKeyring, type VersionedHash } from './identifier-keyring.ts';
import { type IdentifierKind, maskIdentifier } from './identifiers.ts';
import { individualPartyInput, organisationPartyInput } from './parties.ts';
import type { Rekey } from './rekey.ts';
import { partyKey, type ScreeningParty, screenParty } from './screen-party.ts';
import { type ScreeningEntry, type ScreeningIndex, strongKey } from './screening-index.ts';

/**
 * Screening an application (a declaration, a loan file) against the list: the parties around it
 * arrive with raw identifiers, are hashed under every live version of the city's identifier key,
 * screened one by one against the index, and answered per party with the matched entries, fields,
 * score and explanation.
 */

export const partyRoles = ['agent', 'consultant', 'guarantor', 'contact', 'other'] as const;
const role = z.enum(partyRoles).meta({ description: 'How the party relates to the application' });

export const screeningRequestSchema = z.strictObject({
  application: z.strictObject({
    uscc: usccSchema,
    declarationId: z.string().min(1).max(100).optional(),
  }),
  parties: z
    .array(
      z.discriminatedUnion('kind', [
        organisationPartyInput.extend({ role }),
        individualPartyInput.extend({ role }),
      ]),
    )
    .max(50)
    .default([]),
  /** Phone numbers written on the application with no name (a "contact" number is often the broker's). */
  phones: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
  purpose: freeText(200).optional(),
});
export type ScreeningRequest = z.output<typeof screeningRequestSchema>;

/** A party ready to screen: hashed for matching, masked for showing. */
export interface PreparedParty {
  role: (typeof partyRoles)[number];
  /** Hashes under the current key version, and under the older live ones as `olderHashes`. */
  party: ScreeningParty;
  /** The party's key under the current version: reviewers' decisions are recorded under it. */
  partyKey: string;
  /** Its keys under the older live versions: decisions recorded before a rotation still apply. */
  olderPartyKeys: string[];
  /** Older-version hash → current hash of each identifier: what a match on an older hash re-keys. */
  rekeys: Rekey[];
  shown: Record<string, unknown>;
}

/** One identifier hashed under every live version (current first) and masked. */
interface HashedIdentifier {
  kind: IdentifierKind;
  hashes: VersionedHash[];
  masked: string;
}

const hashAll = (
  kind: 'phone' | 'account',
  raws: readonly string[],
  keyring: IdentifierKeyring,
  path: string,
): HashedIdentifier[] =>
  raws.map((raw, i) => ({
    kind,
    hashes: hashUnderEveryVersion(kind, raw, keyring, `${path}.${i}`),
    masked: maskIdentifier(kind, raw, `${path}.${i}`),
  }));

/** Hash of an identifier under the version at `index` of the keyring (0 = current). */
const at = (id: HashedIdentifier, index: number): string => id.hashes[index]?.hash ?? '';

/** The re-keying pairs of a party's identifiers: each older version's hash → the current one's. */
function rekeysOf(ids: readonly HashedIdentifier[]): Rekey[] {
  return ids.flatMap((id) => {
    const [current, ...older] = id.hashes;
    if (!current) return [];
    return older.map((o) => ({
      kind: id.kind,
      fromVersion: o.keyVersion,
      fromHash: o.hash,
      toVersion: current.keyVersion,
      toHash: current.hash,
    }));
  });
}

/** The hashes of a party's identifiers under the versions after the current one, for matching. */
const olderHashesOf = (ids: readonly HashedIdentifier[]) =>
  ids.flatMap((id) =>
    id.hashes.slice(1).map((h) => ({ field: id.kind as 'id-number' | 'phone' | 'account', hash: h.hash })),
  );

/** Party keys of the same party under the older versions (those that differ from the current key). */
function olderKeysOf(partyUnder: (version: number) => ScreeningParty, versions: number): string[] {
  const current = partyKey(partyUnder(0));
  const keys = new Set<string>();
  for (let v = 1; v < versions; v++) {
    const key = partyKey(partyUnder(v));
    if (key !== current) keys.add(key);
  }
  return [...keys];
}

/**
 * Hashes and masks the request's parties (and its bare phone numbers, each screened as an unnamed
 * individual) under every live key version. Bad identifiers fail with the field path, never the value.
 */
export function prepareParties(request: ScreeningRequest, keyring: IdentifierKeyring): PreparedParty[] {
  const versions = keyring.keys.size;
  const prepared: PreparedParty[] = [];
  for (const [i, p] of request.parties.entries()) {
    const path = `body.parties.${i}`;
    const phones = hashAll('phone', p.phones, keyring, `${path}.phones`);
    const accounts = hashAll('account', p.accounts, keyring, `${path}.accounts`);
    const idNumber: HashedIdentifier | undefined =
      p.kind === 'individual' && p.idNumber
        ? {
            kind: 'id-number',
            hashes: hashUnderEveryVersion('id-number', p.idNumber, keyring, `${path}.idNumber`),
            masked: maskIdentifier('id-number', p.idNumber, `${path}.idNumber`),
          }
        : undefined;
    const partyUnder = (v: number): ScreeningParty =>
      p.kind === 'organisation'
        ? {
            kind: 'organisation',
            name: p.name,
            ...(p.uscc ? { uscc: p.uscc } : {}),
            aliases: p.aliases,
            phoneHashes: phones.map((x) => at(x, v)),
            accountHashes: accounts.map((x) => at(x, v)),
          }
        : {
            kind: 'individual',
            name: p.name,
            ...(idNumber ? { idNumberHash: at(idNumber, v) } : {}),
            phoneHashes: phones.map((x) => at(x, v)),
            accountHashes: accounts.map((x) => at(x, v)),
          };
    const ids = [...(idNumber ? [idNumber] : []), ...phones, ...accounts];
    const older = olderHashesOf(ids);
    const party: ScreeningParty = { ...partyUnder(0), ...(older.length > 0 ? { olderHashes: older } : {}) };
    const shown =
      p.kind === 'organisation'
        ? { kind: p.kind, name: p.name, ...(p.uscc ? { uscc: p.uscc } : {}), aliases: p.aliases }
        : {
            kind: p.kind,
            name: maskIdentifier('person-name', p.name),
            ...(idNumber ? { idNumber: idNumber.masked } : {}),
          };
    prepared.push({
      role: p.role,
      party,
      partyKey: partyKey(party),
      olderPartyKeys: olderKeysOf(partyUnder, versions),
      rekeys: rekeysOf(ids),
      shown: { ...shown, phones: phones.map((x) => x.masked), accounts: accounts.map((x) => x.masked) },
    });
  }
  for (const [i, raw] of request.phones.entries()) {
    const path = `body.phones.${i}`;
    const phone: HashedIdentifier = {
      kind: 'phone',
      hashes: hashUnderEveryVersion('phone', raw, keyring, path),
      masked: maskIdentifier('phone', raw, path),
    };
    const partyUnder = (v: number): ScreeningParty => ({
      kind: 'individual',
      name: '',
      phoneHashes: [at(phone, v)],
    });
    const older = olderHashesOf([phone]);
    const party: ScreeningParty = { ...partyUnder(0), ...(older.length > 0 ? { olderHashes: older } : {}) };
    prepared.push({
      role: 'contact',
      party,
      partyKey: partyKey(party),
      olderPartyKeys: olderKeysOf(partyUnder, versions),
      rekeys: rekeysOf([phone]),
      shown: { kind: 'phone', phones: [phone.masked] },
    });
  }
  return prepared;
}

/** Index id of one party of an entry: an entry may name a firm and the people behind it. */
export const compositeId = (entryId: string, partyId: string) => `${entryId}~${partyId}`;
export const splitComposite = (id: string) => {
  const at = id.lastIndexOf('~');
  return { entryId: id.slice(0, at), partyId: id.slice(at + 1) };
};

/**
 * The index entries of a stored entry, one per party. An entry that is not listed yields entries
 * with status `revoked`, which `upsertScreeningEntry` only removes.
 */
export function screeningEntriesOf(
  entry: Pick<BlacklistEntry, 'entryId' | 'state' | 'parties'>,
): ScreeningEntry[] {
  const status = listed(entry) ? 'confirmed' : 'revoked';
  return entry.parties.map((p) =>
    p.kind === 'organisation'
      ? {
          entryId: compositeId(entry.entryId, p.partyId),
          status,
          kind: 'organisation',
          names: [p.name, ...p.aliases],
          ...(p.uscc ? { uscc: p.uscc } : {}),
          idNumberHashes: [],
          phoneHashes: p.phones.map((x) => x.hash),
          accountHashes: p.accounts.map((x) => x.hash),
        }
      : {
          entryId: compositeId(entry.entryId, p.partyId),
          status,
          kind: 'individual',
          names: [p.name],
          idNumberHashes: p.idNumber ? [p.idNumber.hash] : [],
          phoneHashes: p.phones.map((x) => x.hash),
          accountHashes: p.accounts.map((x) => x.hash),
        },
  );
}

export interface EntryMatch {
  entryId: string;
  /** The entry's parties that matched. */
  partyIds: string[];
  matchedFields: string[];
  score: number;
  /** A strong identifier matched: a hit, not a possible hit. */
  strong: boolean;
  explanation: string;
}

export interface PartyScreening {
  index: number;
  role: PreparedParty['role'];
  party: Record<string, unknown>;
  partyKey: string;
  outcome: 'hit' | 'possible-hit' | 'clear';
  matches: EntryMatch[];
}

export interface ApplicationScreening {
  outcome: 'hit' | 'possible-hit' | 'clear';
  parties: PartyScreening[];
  /** Entries a strong identifier tied to the application: confirmed hits on its enterprise. */
  hitEntryIds: string[];
}

const strongFields = new Set(['uscc', 'id-number', 'phone', 'account']);

export interface ApplicationScreeningOptions {
  threshold: number;
  /** Reviewers' "not the same" decisions: party key → entry ids. */
  exclusions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Index ids of an entry's parties, to turn an excluded entry into excluded index ids. */
  compositesOf: (entryId: string) => readonly string[];
}

/**
 * Screens every prepared party and groups the index's per-party matches by entry. A party is a hit
 * when a strong identifier matches a listed entry, a possible hit when only a name reaches the
 * threshold, clear otherwise; the application takes the worst of its parties.
 */
export function screenApplication(
  index: ScreeningIndex,
  parties: readonly PreparedParty[],
  options: ApplicationScreeningOptions,
): ApplicationScreening {
  const results: PartyScreening[] = parties.map((prepared, i) => {
    const excludedPairs = new Set<string>();
    // Decisions recorded under the party's key of an older version (before a rotation) still apply.
    for (const key of [prepared.partyKey, ...prepared.olderPartyKeys]) {
      for (const entryId of options.exclusions.get(key) ?? []) {
        for (const id of options.compositesOf(entryId)) excludedPairs.add(`${prepared.partyKey}|${id}`);
      }
    }
    const result = screenParty(index, prepared.party, { threshold: options.threshold, excludedPairs });
    const byEntry = new Map<string, EntryMatch>();
    for (const m of result.matches) {
      const { entryId, partyId } = splitComposite(m.entryId);
      const strong = m.matchedFields.some((f) => strongFields.has(f));
      const existing = byEntry.get(entryId);
      if (!existing) {
        byEntry.set(entryId, {
          entryId,
          partyIds: [partyId],
          matchedFields: [...m.matchedFields],
          score: m.score,
          strong,
          explanation: `party ${partyId}: ${m.explanation}`,
        });
        continue;
      }
      existing.partyIds.push(partyId);
      existing.matchedFields = [...new Set([...existing.matchedFields, ...m.matchedFields])];
      existing.score = Math.max(existing.score, m.score);
      existing.strong ||= strong;
      existing.explanation += `; party ${partyId}: ${m.explanation}`;
    }
    const matches = [...byEntry.values()].sort(
      (a, b) =>
        Number(b.strong) - Number(a.strong) || b.score - a.score || compareCodeUnits(a.entryId, b.entryId),
    );
    return {
      index: i,
      role: prepared.role,
      party: prepared.shown,
      partyKey: prepared.partyKey,
      outcome: matches.some((m) => m.strong) ? 'hit' : matches.length > 0 ? 'possible-hit' : 'clear',
      matches,
    };
  });
  const outcomes = new Set(results.map((r) => r.outcome));
  return {
    outcome: outcomes.has('hit') ? 'hit' : outcomes.has('possible-hit') ? 'possible-hit' : 'clear',
    parties: results,
    hitEntryIds: [
      ...new Set(results.flatMap((r) => r.matches.filter((m) => m.strong).map((m) => m.entryId))),
    ].sort(),
  };
}

/**
 * The listed entries holding an older-version hash among `rekeys` (found through the index, so no
 * table is searched), each with the pairs that apply to it: what lazy re-keying writes.
 */
export function rekeysByEntry(index: ScreeningIndex, rekeys: readonly Rekey[]): Map<string, Rekey[]> {
  const byEntry = new Map<string, Rekey[]>();
  for (const rekey of rekeys) {
    for (const composite of index.strong.get(strongKey(rekey.kind, rekey.fromHash)) ?? []) {
      const { entryId } = splitComposite(composite);
      const list = byEntry.get(entryId) ?? [];
      if (!list.includes(rekey)) list.push(rekey);
      byEntry.set(entryId, list);
    }
  }
  return byEntry;
}
