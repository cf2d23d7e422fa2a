import { defaultNameRules, type NameRules } from './name-rules.ts';
import { bigrams, type PinyinForms, pinyinForms } from './name-similarity.ts';
import { type NormalisedName, normaliseName, normalisePersonName } from './normalise-name.ts';

/** Lifecycle states of a list entry; only `confirmed` entries are screened against. */
export type EntryStatus = 'reported' | 'confirmed' | 'dismissed' | 'revoked' | 'merged';

/** What screening needs to know about one list entry. Identifier values are keyed hashes, never raw. */
export interface ScreeningEntry {
  entryId: string;
  status: EntryStatus;
  /** Defaults to `organisation`. An individual's names are never fuzzy-matched (see screenParty). */
  kind?: 'organisation' | 'individual';
  /** Registered name first, then aliases. */
  names: string[];
  uscc?: string;
  idNumberHashes: string[];
  phoneHashes: string[];
  accountHashes: string[];
}

/** One organisation name of an entry, normalised once at indexing time. */
export interface IndexedName {
  entryId: string;
  name: string;
  normalised: NormalisedName;
  /** Pinyin of a Chinese name, for Latin queries; null for a Latin name. */
  pinyin: PinyinForms | null;
}

/** Strong-identifier fields, as they appear in `matchedFields`. */
export type StrongField = 'uscc' | 'id-number' | 'phone' | 'account';

/**
 * Inverted indexes over the confirmed entries: strong identifiers to entries, and name grams to
 * names, so that screening a party touches only entries sharing an identifier or a trade-name gram.
 * Mutable through `upsertScreeningEntry` / `removeScreeningEntry` so a confirmation or revocation
 * does not require a rebuild.
 */
export interface ScreeningIndex {
  readonly rules: NameRules;
  readonly entries: Map<string, ScreeningEntry>;
  readonly strong: Map<string, string[]>;
  readonly namesByEntry: Map<string, IndexedName[]>;
  /** Postings are arrays, not sets: 100,000 entries make hundreds of thousands of mostly tiny lists. */
  readonly nameGrams: Map<string, IndexedName[]>;
  /** Normalised names of individual entries, only to annotate a strong-identifier hit. */
  readonly personNames: Map<string, Set<string>>;
}

/** Canonical USCC for equality: full-width folded, spaces dropped, upper case. */
export function normaliseUscc(raw: string): string {
  return raw.normalize('NFKC').replace(/\s/g, '').toUpperCase();
}

export const strongKey = (field: StrongField, value: string): string => `${field}:${value}`;

/** Index keys under which a name can be found (the query side uses the same families). */
export const nameKeys = {
  core: (core: string) => `c:${core}`,
  gram: (gram: string) => `g:${gram}`,
  /** A Chinese name's trade-name pinyin: a Latin query starting with it is a candidate. */
  tradePinyin: (spelled: string) => `p:${spelled}`,
  /** A Chinese name's whole-core pinyin. */
  corePinyin: (spelled: string) => `P:${spelled}`,
  /** Every prefix of a Latin name: a Chinese query whose trade pinyin is one of them is a candidate. */
  latinPrefix: (prefix: string) => `l:${prefix}`,
};

/**
 * Keys a name is filed under. A name with a trade name is found through its trade-name grams (two
 * names with equal cores have equal trade names, so no core key is needed); only a generic name
 * (no trade name) is filed under its whole core. Keeping keys to shared grams keeps the index small.
 */
function keysOf(indexed: IndexedName): string[] {
  const { normalised, pinyin } = indexed;
  if (normalised.core === '') return [];
  const generic = normalised.tradeName === '';
  const keys = generic ? [nameKeys.core(normalised.core)] : bigrams(normalised.tradeName).map(nameKeys.gram);
  if (pinyin) {
    keys.push(generic ? nameKeys.corePinyin(pinyin.core) : nameKeys.tradePinyin(pinyin.trade));
  } else {
    for (let end = 2; end <= normalised.core.length; end++) {
      keys.push(nameKeys.latinPrefix(normalised.core.slice(0, end)));
    }
  }
  return keys;
}

function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function deleteFrom<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (!list) return;
  const remaining = list.filter((v) => v !== value);
  if (remaining.length > 0) map.set(key, remaining);
  else map.delete(key);
}

function strongKeysOf(entry: ScreeningEntry): string[] {
  const keys: string[] = [];
  if (entry.uscc) keys.push(strongKey('uscc', normaliseUscc(entry.uscc)));
  for (const h of entry.idNumberHashes) keys.push(strongKey('id-number', h));
  for (const h of entry.phoneHashes) keys.push(strongKey('phone', h));
  for (const h of entry.accountHashes) keys.push(strongKey('account', h));
  return keys;
}

/** Removes an entry (e.g. on revocation). Unknown ids are ignored. */
export function removeScreeningEntry(index: ScreeningIndex, entryId: string): void {
  const entry = index.entries.get(entryId);
  if (!entry) return;
  for (const key of strongKeysOf(entry)) deleteFrom(index.strong, key, entryId);
  for (const indexed of index.namesByEntry.get(entryId) ?? []) {
    for (const key of keysOf(indexed)) deleteFrom(index.nameGrams, key, indexed);
  }
  index.namesByEntry.delete(entryId);
  index.personNames.delete(entryId);
  index.entries.delete(entryId);
}

/**
 * Adds or replaces an entry. An entry that is not `confirmed` is only removed, so feeding every
 * status change through here keeps the index equal to the set of confirmed entries.
 */
export function upsertScreeningEntry(index: ScreeningIndex, entry: ScreeningEntry): void {
  removeScreeningEntry(index, entry.entryId);
  if (entry.status !== 'confirmed') return;
  index.entries.set(entry.entryId, entry);
  for (const key of strongKeysOf(entry)) addTo(index.strong, key, entry.entryId);
  if (entry.kind === 'individual') {
    index.personNames.set(
      entry.entryId,
      new Set(entry.names.map(normalisePersonName).filter((n) => n !== '')),
    );
    return;
  }
  const indexedNames = entry.names.map((name): IndexedName => {
    const normalised = normaliseName(name, index.rules);
    return {
      entryId: entry.entryId,
      name,
      normalised,
      pinyin: normalised.script === 'han' ? pinyinForms(normalised) : null,
    };
  });
  index.namesByEntry.set(entry.entryId, indexedNames);
  for (const indexed of indexedNames) {
    for (const key of keysOf(indexed)) addTo(index.nameGrams, key, indexed);
  }
}

/**
 * Builds the screening index over the confirmed entries among `entries` (others are skipped).
 *
 * @example const index = buildScreeningIndex(entries, compileNameRules({ localRegions: ['临山市'] }));
 */
export function buildScreeningIndex(
  entries: Iterable<ScreeningEntry>,
  rules: NameRules = defaultNameRules(),
): ScreeningIndex {
  const index: ScreeningIndex = {
    rules,
    entries: new Map(),
    strong: new Map(),
    namesByEntry: new Map(),
    nameGrams: new Map(),
    personNames: new Map(),
  };
  for (const entry of entries) upsertScreeningEntry(index, entry);
  return index;
}
