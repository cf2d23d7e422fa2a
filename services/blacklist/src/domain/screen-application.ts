import { compareCodeUnits, freeText, usccSchema } from '@sme/kernel';
import * as z from 'zod';
import type { BlacklistEntry } from './entry.ts';
import { listed } from './entry.ts';
import { hashIdentifier, maskIdentifier } from './identifiers.ts';
import { individualPartyInput, organisationPartyInput } from './parties.ts';
import { partyKey, type ScreeningParty, screenParty } from './screen-party.ts';
import type { ScreeningEntry, ScreeningIndex } from './screening-index.ts';

/**
 * Screening an application (a declaration, a loan file) against the list: the parties around it
 * arrive with raw identifiers, are hashed with the city's secret, screened one by one against the
 * index, and answered per party with the matched entries, fields, score and explanation.
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
  party: ScreeningParty;
  partyKey: string;
  shown: Record<string, unknown>;
}

const hashAll = (kind: 'phone' | 'account', raws: readonly string[], secret: string, path: string) =>
  raws.map((raw, i) => ({
    hash: hashIdentifier(kind, raw, secret, `${path}.${i}`),
    masked: maskIdentifier(kind, raw, `${path}.${i}`),
  }));

/**
 * Hashes and masks the request's parties (and its bare phone numbers, each screened as an unnamed
 * individual). Bad identifiers fail with the field path, never the value.
 */
export function prepareParties(request: ScreeningRequest, secret: string): PreparedParty[] {
  const prepared: PreparedParty[] = [];
  for (const [i, p] of request.parties.entries()) {
    const path = `body.parties.${i}`;
    const phones = hashAll('phone', p.phones, secret, `${path}.phones`);
    const accounts = hashAll('account', p.accounts, secret, `${path}.accounts`);
    const party: ScreeningParty =
      p.kind === 'organisation'
        ? {
            kind: 'organisation',
            name: p.name,
            ...(p.uscc ? { uscc: p.uscc } : {}),
            aliases: p.aliases,
            phoneHashes: phones.map((x) => x.hash),
            accountHashes: accounts.map((x) => x.hash),
          }
        : {
            kind: 'individual',
            name: p.name,
            ...(p.idNumber
              ? { idNumberHash: hashIdentifier('id-number', p.idNumber, secret, `${path}.idNumber`) }
              : {}),
            phoneHashes: phones.map((x) => x.hash),
            accountHashes: accounts.map((x) => x.hash),
          };
    const shown =
      p.kind === 'organisation'
        ? { kind: p.kind, name: p.name, ...(p.uscc ? { uscc: p.uscc } : {}), aliases: p.aliases }
        : {
            kind: p.kind,
            name: maskIdentifier('person-name', p.name),
            ...(p.idNumber ? { idNumber: maskIdentifier('id-number', p.idNumber, `${path}.idNumber`) } : {}),
          };
    prepared.push({
      role: p.role,
      party,
      partyKey: partyKey(party),
      shown: { ...shown, phones: phones.map((x) => x.masked), accounts: accounts.map((x) => x.masked) },
    });
  }
  for (const [i, raw] of request.phones.entries()) {
    const path = `body.phones.${i}`;
    const party: ScreeningParty = {
      kind: 'individual',
      name: '',
      phoneHashes: [hashIdentifier('phone', raw, secret, path)],
    };
    prepared.push({
      role: 'contact',
      party,
      partyKey: partyKey(party),
      shown: { kind: 'phone', phones: [maskIdentifier('phone', raw, path)] },
    });
  }
  return prepared;
}

/** Index id of one party of an entry: an entry may name a firm and the people behind it. */
export const compositeId = (entryId: string, partyId: string) => `${entryId}~${partyId}`;
const splitComposite = (id: string) => {
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
    for (const entryId of options.exclusions.get(prepared.partyKey) ?? []) {
      for (const id of options.compositesOf(entryId)) excludedPairs.add(`${prepared.partyKey}|${id}`);
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
