import { compareCodeUnits } from '@sme/kernel';
import * as z from 'zod';
import { defaultNameRules } from './name-rules.ts';
import {
  bigrams,
  compareNormalisedNames,
  NAME_MATCH_THRESHOLD,
  type NameComparison,
  type PinyinForms,
  pinyinForms,
} from './name-similarity.ts';
import { type NormalisedName, normaliseName, normalisePersonName } from './normalise-name.ts';
import {
  type IndexedName,
  nameKeys,
  normaliseUscc,
  type ScreeningIndex,
  type StrongField,
  strongKey,
} from './screening-index.ts';

const hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex HMAC-SHA256 from hashIdentifier');
const hashes = z.array(hash).max(20);
/**
 * The same identifiers hashed under the older live key versions (a re-keying window): they match
 * entries not yet re-keyed, and never make the party key.
 */
const olderHashes = z
  .array(z.strictObject({ field: z.enum(['id-number', 'phone', 'account']), hash }))
  .max(200);
const name = z.string().trim().min(1).max(200);

/** A party around an application, as the HTTP layer validates it. Identifiers arrive already hashed. */
export const screeningPartySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('organisation'),
    name,
    uscc: z.string().trim().min(1).max(40).optional(),
    aliases: z.array(name).max(20).optional(),
    phoneHashes: hashes.optional(),
    accountHashes: hashes.optional(),
    olderHashes: olderHashes.optional(),
  }),
  z.strictObject({
    kind: z.literal('individual'),
    name,
    idNumberHash: hash.optional(),
    phoneHashes: hashes.optional(),
    accountHashes: hashes.optional(),
    olderHashes: olderHashes.optional(),
  }),
]);

export type ScreeningParty = z.infer<typeof screeningPartySchema>;

export interface ScreeningMatch {
  entryId: string;
  /** `uscc`, `id-number`, `phone`, `account` (strong) and/or `name` / `alias`. */
  matchedFields: string[];
  /** 1 for a strong-identifier match, else the best name similarity. */
  score: number;
  explanation: string;
}

export interface ScreeningResult {
  outcome: 'hit' | 'possible-hit' | 'clear';
  matches: ScreeningMatch[];
  /** How many indexed names were scored: bounded by shared grams, not by the size of the list. */
  candidatesExamined: number;
}

export interface ScreeningOptions {
  /** Reviewers' "not the same" decisions, as `${partyKey(party)}|${entryId}`. */
  excludedPairs?: ReadonlySet<string>;
  threshold?: number;
}

/**
 * Stable key of a party for remembering reviewers' decisions: the USCC or ID-number hash when
 * given, else the first phone or account hash, else the normalised name. Computed with the default
 * rules so a change to the city's region list does not orphan earlier decisions.
 */
export function partyKey(party: ScreeningParty): string {
  if (party.kind === 'organisation') {
    if (party.uscc) return `organisation:uscc:${normaliseUscc(party.uscc)}`;
    return `organisation:name:${normaliseName(party.name, defaultNameRules()).core}`;
  }
  if (party.idNumberHash) return `individual:id-number:${party.idNumberHash}`;
  const phone = [...(party.phoneHashes ?? [])].sort()[0];
  if (phone) return `individual:phone:${phone}`;
  const account = [...(party.accountHashes ?? [])].sort()[0];
  if (account) return `individual:account:${account}`;
  return `individual:name:${normalisePersonName(party.name)}`;
}

const strongExplanations: Record<StrongField, string> = {
  uscc: 'USCC equals the entry’s USCC',
  'id-number': 'ID number (keyed hash) equals one recorded on the entry',
  phone: 'phone number (keyed hash) equals one recorded on the entry',
  account: 'bank account (keyed hash) equals one recorded on the entry',
};

interface NameHit {
  field: 'name' | 'alias';
  queryName: string;
  indexed: IndexedName;
  comparison: NameComparison;
}

interface Accumulator {
  strong: Set<StrongField>;
  nameHit: NameHit | null;
  personName: boolean;
}

function strongFieldsOf(party: ScreeningParty): [StrongField, string][] {
  const fields: [StrongField, string][] = [];
  if (party.kind === 'organisation' && party.uscc) fields.push(['uscc', normaliseUscc(party.uscc)]);
  if (party.kind === 'individual' && party.idNumberHash) fields.push(['id-number', party.idNumberHash]);
  for (const h of party.phoneHashes ?? []) fields.push(['phone', h]);
  for (const h of party.accountHashes ?? []) fields.push(['account', h]);
  for (const o of party.olderHashes ?? []) fields.push([o.field, o.hash]);
  return fields;
}

/** Query-side name with its pinyin computed only if a Latin candidate needs it. */
interface QueryName {
  field: 'name' | 'alias';
  raw: string;
  normalised: NormalisedName;
  pinyin: PinyinForms | null;
}

/** Keys to look up for a query name: the families `keysOf` files names under, seen from the query side. */
function candidateKeys(query: QueryName): string[] {
  const { normalised, pinyin } = query;
  if (normalised.core === '') return [];
  const keys = [nameKeys.core(normalised.core), ...bigrams(normalised.tradeName).map(nameKeys.gram)];
  if (normalised.script === 'latin') {
    keys.push(nameKeys.corePinyin(normalised.core));
    for (let end = 1; end <= normalised.core.length; end++) {
      keys.push(nameKeys.tradePinyin(normalised.core.slice(0, end)));
    }
  } else if (pinyin) {
    if (pinyin.trade.length >= 2) keys.push(nameKeys.latinPrefix(pinyin.trade));
    if (pinyin.core.length >= 2) keys.push(nameKeys.latinPrefix(pinyin.core));
  }
  return keys;
}

function compareWithCandidate(query: QueryName, candidate: IndexedName): NameComparison {
  return compareNormalisedNames(query.normalised, candidate.normalised, {
    a: query.pinyin,
    b: candidate.pinyin,
  });
}

function explainName(hit: NameHit, threshold: number): string {
  const { comparison: c, indexed, queryName } = hit;
  const head = `${hit.field} “${queryName}” ~ entry name “${indexed.name}”`;
  const score = `score ${c.score.toFixed(2)} ≥ ${threshold.toFixed(2)}`;
  const region = c.regionConflict ? '; the names place the firms in different regions (score reduced)' : '';
  const n = indexed.normalised;
  switch (c.basis) {
    case 'exact-core':
      return `${head}: same core name “${n.core}” once region, legal form and branch are removed${region}; ${score}`;
    case 'pinyin':
      return `${head}: the Latin spelling reads as the pinyin of “${n.core}” (pinyin cannot tell homophones apart)${region}; ${score}`;
    default:
      return `${head}: trade name “${n.tradeName}” similarity ${c.tradeSimilarity.toFixed(2)}, industry “${n.industryWords.join('')}” agreement ${c.industrySimilarity.toFixed(2)}${region}; ${score}`;
  }
}

/**
 * Screens one party against the index.
 * - hit: a strong identifier (USCC, ID-number hash, phone hash, account hash) equals one on a
 *   confirmed entry, whatever the names say;
 * - possible-hit: an organisation's name or alias reaches the name threshold against an entry's name;
 * - clear: neither.
 * An individual's name alone never yields a possible hit: common Chinese names (张伟, 王芳) are shared
 * by hundreds of thousands of people, so flagging on them would burden innocent applicants; the name
 * is only reported alongside a strong-identifier hit. Organisation names are compared with
 * organisation entries only. Excluded pairs (reviewer decided "not the same") are dropped whatever
 * matched. The index finds every name that can reach the default threshold; a lower
 * `options.threshold` can score only names that share a trade-name gram with the query.
 */
export function screenParty(
  index: ScreeningIndex,
  party: ScreeningParty,
  options: ScreeningOptions = {},
): ScreeningResult {
  const threshold = options.threshold ?? NAME_MATCH_THRESHOLD;
  const excluded = options.excludedPairs ?? new Set<string>();
  const key = partyKey(party);
  const found = new Map<string, Accumulator>();
  const accumulator = (entryId: string): Accumulator => {
    const existing = found.get(entryId);
    if (existing) return existing;
    const created: Accumulator = { strong: new Set(), nameHit: null, personName: false };
    found.set(entryId, created);
    return created;
  };

  for (const [field, value] of strongFieldsOf(party)) {
    for (const entryId of index.strong.get(strongKey(field, value)) ?? [])
      accumulator(entryId).strong.add(field);
  }

  let candidatesExamined = 0;
  if (party.kind === 'organisation') {
    const queries: QueryName[] = [party.name, ...(party.aliases ?? [])].map((raw, i) => {
      const normalised = normaliseName(raw, index.rules);
      return {
        field: i === 0 ? 'name' : 'alias',
        raw,
        normalised,
        pinyin: normalised.script === 'han' ? pinyinForms(normalised) : null,
      };
    });
    for (const query of queries) {
      const candidates = new Set<IndexedName>();
      for (const k of candidateKeys(query)) for (const c of index.nameGrams.get(k) ?? []) candidates.add(c);
      candidatesExamined += candidates.size;
      for (const candidate of candidates) {
        const comparison = compareWithCandidate(query, candidate);
        if (comparison.score < threshold) continue;
        const acc = accumulator(candidate.entryId);
        if (!acc.nameHit || comparison.score > acc.nameHit.comparison.score) {
          acc.nameHit = { field: query.field, queryName: query.raw, indexed: candidate, comparison };
        }
      }
    }
  } else {
    const personName = normalisePersonName(party.name);
    for (const [entryId, acc] of found) {
      if (personName !== '' && index.personNames.get(entryId)?.has(personName)) acc.personName = true;
    }
  }

  const matches: ScreeningMatch[] = [];
  for (const [entryId, acc] of found) {
    if (excluded.has(`${key}|${entryId}`)) continue;
    const fields: string[] = [...acc.strong];
    const reasons = [...acc.strong].map((f) => strongExplanations[f]);
    if (acc.nameHit) {
      fields.push(acc.nameHit.field);
      reasons.push(explainName(acc.nameHit, threshold));
    }
    if (acc.personName) {
      fields.push('name');
      reasons.push('the person’s name also equals a name on the entry');
    }
    const score = acc.strong.size > 0 ? 1 : (acc.nameHit?.comparison.score ?? 0);
    matches.push({ entryId, matchedFields: fields, score, explanation: reasons.join('; ') });
  }
  matches.sort((a, b) => b.score - a.score || compareCodeUnits(a.entryId, b.entryId));

  const hasStrong = [...found].some(([id, acc]) => acc.strong.size > 0 && !excluded.has(`${key}|${id}`));
  const outcome = hasStrong ? 'hit' : matches.length > 0 ? 'possible-hit' : 'clear';
  return { outcome, matches, candidatesExamined };
}
