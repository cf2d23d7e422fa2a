import { usccSchema, ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { hashUnderCurrent, type IdentifierKeyring } from './identifier-keyring.ts';
import { type IdentifierKind, maskIdentifier } from './identifiers.ts';
import { normaliseName } from './normalise-name.ts';

/**
 * Parties named in a report or around an application, as they arrive (raw identifiers) and as they
 * are kept (keyed hash + masked form). The raw form never leaves this module: `protectParty` is the
 * only way from one to the other, and nothing else reads a raw identifier.
 */

const name = z.string().trim().min(1).max(200);
/** Raw identifiers are checked by `normaliseIdentifier` (check character, digit counts), which names the field. */
const rawIdentifier = z.string().trim().min(1).max(64);

export const organisationPartyInput = z.strictObject({
  kind: z.literal('organisation'),
  name,
  uscc: usccSchema.optional(),
  aliases: z.array(name).max(20).default([]),
  phones: z.array(rawIdentifier).max(10).default([]),
  accounts: z.array(rawIdentifier).max(10).default([]),
});

export const individualPartyInput = z.strictObject({
  kind: z.literal('individual'),
  name: z.string().trim().min(1).max(50),
  idNumber: rawIdentifier
    .optional()
    .meta({ description: 'Resident ID number; stored only hashed and masked' }),
  phones: z.array(rawIdentifier).max(10).default([]),
  accounts: z.array(rawIdentifier).max(10).default([]),
});

export const partyInputSchema = z.discriminatedUnion('kind', [organisationPartyInput, individualPartyInput]);
export type PartyInput = z.output<typeof partyInputSchema>;

/** A personal identifier as kept: the keyed hash to match on, the key version it was made with, the masked form to show. */
export interface ProtectedIdentifier {
  hash: string;
  /** The identifier key version of `hash`; absent on hashes stored before keys were versioned (`k1`). */
  keyVersion?: string;
  masked: string;
}

export interface OrganisationParty {
  partyId: string;
  kind: 'organisation';
  name: string;
  aliases: string[];
  uscc?: string;
  phones: ProtectedIdentifier[];
  accounts: ProtectedIdentifier[];
}

export interface IndividualParty {
  partyId: string;
  kind: 'individual';
  /** Kept for reviewers; banks and screening answers get `maskedName`. */
  name: string;
  maskedName: string;
  idNumber?: ProtectedIdentifier;
  phones: ProtectedIdentifier[];
  accounts: ProtectedIdentifier[];
}

export type StoredParty = OrganisationParty | IndividualParty;

function protect(
  kind: IdentifierKind,
  raw: string,
  keyring: IdentifierKeyring,
  path: string,
): ProtectedIdentifier {
  const { hash, keyVersion } = hashUnderCurrent(kind, raw, keyring, path);
  return { hash, keyVersion, masked: maskIdentifier(kind, raw, path) };
}

/** Hashes and masks a list, dropping repeats of the same identifier (equal after normalisation). */
function protectAll(kind: IdentifierKind, raws: readonly string[], keyring: IdentifierKeyring, path: string) {
  const byHash = new Map<string, ProtectedIdentifier>();
  for (const [i, raw] of raws.entries()) {
    const p = protect(kind, raw, keyring, `${path}.${i}`);
    if (!byHash.has(p.hash)) byHash.set(p.hash, p);
  }
  return [...byHash.values()];
}

/**
 * Replaces every raw identifier by its keyed hash (HMAC under the current key of the city's keyring,
 * the version recorded beside it) and masked form.
 * A bad identifier is a `ValidationError` naming the field (`body.parties.1.phones.0`), never
 * quoting the value. An individual needs at least one identifier: a name alone is shared by many
 * people, and screening never matches on a person's name alone.
 */
export function protectParty(
  input: PartyInput,
  partyId: string,
  keyring: IdentifierKeyring,
  path: string,
): StoredParty {
  if (input.kind === 'organisation') {
    return {
      partyId,
      kind: 'organisation',
      name: input.name,
      aliases: [...new Set(input.aliases.filter((a) => a !== input.name))],
      ...(input.uscc ? { uscc: input.uscc } : {}),
      phones: protectAll('phone', input.phones, keyring, `${path}.phones`),
      accounts: protectAll('account', input.accounts, keyring, `${path}.accounts`),
    };
  }
  if (input.idNumber === undefined && input.phones.length === 0 && input.accounts.length === 0) {
    throw new ValidationError('An individual needs an ID number, a phone or a bank account', [
      { path, message: 'give idNumber, phones or accounts: a name alone cannot identify a person' },
    ]);
  }
  return {
    partyId,
    kind: 'individual',
    name: input.name,
    maskedName: maskIdentifier('person-name', input.name),
    ...(input.idNumber
      ? { idNumber: protect('id-number', input.idNumber, keyring, `${path}.idNumber`) }
      : {}),
    phones: protectAll('phone', input.phones, keyring, `${path}.phones`),
    accounts: protectAll('account', input.accounts, keyring, `${path}.accounts`),
  };
}

const hashes = (ids: readonly ProtectedIdentifier[]) => new Set(ids.map((i) => i.hash));
const unionIds = (a: readonly ProtectedIdentifier[], b: readonly ProtectedIdentifier[]) => {
  const seen = hashes(a);
  return [...a, ...b.filter((i) => !seen.has(i.hash))];
};

/** Whether two stored parties are the same organisation or person (same USCC, ID number, or core name). */
export function sameParty(a: StoredParty, b: StoredParty): boolean {
  if (a.kind === 'organisation' && b.kind === 'organisation') {
    if (a.uscc && b.uscc) return a.uscc === b.uscc;
    return normaliseName(a.name).core === normaliseName(b.name).core;
  }
  if (a.kind === 'individual' && b.kind === 'individual') {
    if (a.idNumber && b.idNumber) return a.idNumber.hash === b.idNumber.hash;
    const phones = hashes(a.phones);
    return b.phones.some((p) => phones.has(p.hash));
  }
  return false;
}

/**
 * Folds `incoming` parties into `existing` (a duplicate report merged into an entry): the same party
 * gains the other's aliases and identifiers; a new one is appended with the next party id.
 */
export function mergeParties(
  existing: readonly StoredParty[],
  incoming: readonly StoredParty[],
): StoredParty[] {
  const merged = existing.map((p) => ({ ...p }));
  let next = merged.length + 1;
  for (const party of incoming) {
    const index = merged.findIndex((p) => sameParty(p, party));
    const same = merged[index];
    if (!same) {
      merged.push({ ...party, partyId: `p${next++}` });
      continue;
    }
    if (same.kind === 'organisation' && party.kind === 'organisation') {
      const names = [party.name, ...party.aliases].filter((n) => n !== same.name);
      merged[index] = {
        ...same,
        aliases: [...new Set([...same.aliases, ...names])],
        ...(same.uscc || party.uscc ? { uscc: same.uscc ?? party.uscc } : {}),
        phones: unionIds(same.phones, party.phones),
        accounts: unionIds(same.accounts, party.accounts),
      };
    } else if (same.kind === 'individual' && party.kind === 'individual') {
      const idNumber = same.idNumber ?? party.idNumber;
      merged[index] = {
        ...same,
        ...(idNumber ? { idNumber } : {}),
        phones: unionIds(same.phones, party.phones),
        accounts: unionIds(same.accounts, party.accounts),
      };
    }
  }
  return merged;
}

/** A party as anyone outside the coordination office sees it: identifiers masked, a person's name masked. */
export function maskedParty(party: StoredParty) {
  const ids = (list: readonly ProtectedIdentifier[]) => list.map((i) => i.masked);
  if (party.kind === 'organisation') {
    return {
      partyId: party.partyId,
      kind: party.kind,
      name: party.name,
      aliases: party.aliases,
      ...(party.uscc ? { uscc: party.uscc } : {}),
      phones: ids(party.phones),
      accounts: ids(party.accounts),
    };
  }
  return {
    partyId: party.partyId,
    kind: party.kind,
    name: party.maskedName,
    ...(party.idNumber ? { idNumber: party.idNumber.masked } : {}),
    phones: ids(party.phones),
    accounts: ids(party.accounts),
  };
}

/** A party as the coordination office sees it: the person's name in full, identifiers still masked. */
export function reviewerParty(party: StoredParty) {
  const view = maskedParty(party);
  return party.kind === 'individual' ? { ...view, name: party.name, maskedName: party.maskedName } : view;
}
