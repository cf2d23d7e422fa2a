import { toPinyin } from './chinese-script.ts';
import { NAME_MATCH_THRESHOLD } from './name-match-threshold.ts';
import { defaultNameRules, genericIndustryWords, type NameRules } from './name-rules.ts';
import { type NormalisedName, normaliseName } from './normalise-name.ts';

export { NAME_MATCH_THRESHOLD };

/** Weight of the trade name (字号) against the industry words in a score. */
const tradeWeight = 0.75;
const industryWeight = 1 - tradeWeight;
/** Industry agreement assumed when one side gives no industry at all (an alias such as 鑫源). */
const industryUnknown = 0.6;
/** A generic industry word (信息, 服务) counts for this much of a specific one (助贷, 财务). */
const genericIndustryWeight = 0.3;
/** Names placed in two different provinces or prefectures are unlikely to be one firm. */
const regionConflictFactor = 0.8;
/** Pinyin cannot tell homophones apart (鑫源/新源), so a pinyin match is worth less than a Chinese one. */
const pinyinFactor = 0.9;

/** How two names compare, with the reasons, for explanations. */
export interface NameComparison {
  score: number;
  basis: 'exact-core' | 'trade-name' | 'pinyin' | 'none';
  tradeSimilarity: number;
  industrySimilarity: number;
  regionConflict: boolean;
}

/**
 * Compares two normalised names. Equal cores score 1; otherwise the trade names are compared by
 * Dice on padded character bigrams and the industry words by weighted overlap. A Latin name against
 * a Chinese one is compared through the Chinese name's pinyin (secondary signal, discounted).
 */
export function compareNormalisedNames(
  a: NormalisedName,
  b: NormalisedName,
  precomputed: { a?: PinyinForms | null; b?: PinyinForms | null } = {},
): NameComparison {
  const regionConflict = regionsConflict(a, b);
  const factor = regionConflict ? regionConflictFactor : 1;
  if (a.core === '' || b.core === '') return none(regionConflict);
  if (a.core === b.core) {
    return { score: factor, basis: 'exact-core', tradeSimilarity: 1, industrySimilarity: 1, regionConflict };
  }
  if (a.script !== b.script) {
    const [latin, han, hanPinyin] = a.script === 'latin' ? [a, b, precomputed.b] : [b, a, precomputed.a];
    return comparePinyin(latin.core, han, factor, regionConflict, hanPinyin ?? pinyinForms(han));
  }
  // A purely generic name (信息咨询) has no trade name to compare: only an exact core counts.
  if (a.tradeName === '' || b.tradeName === '') return none(regionConflict);
  const tradeSimilarity = dice(paddedBigrams(a.tradeName), paddedBigrams(b.tradeName));
  const industrySimilarity = industryAgreement(a.industryWords, b.industryWords);
  const score = (tradeWeight * tradeSimilarity + industryWeight * industrySimilarity) * factor;
  return { score, basis: 'trade-name', tradeSimilarity, industrySimilarity, regionConflict };
}

/**
 * Similarity of two organisation names in [0, 1]; symmetric. Compare with `NAME_MATCH_THRESHOLD`.
 *
 * @example nameSimilarity('臨山市鑫源商貿有限公司', '鑫源商贸有限责任公司', rules) // 1
 */
export function nameSimilarity(a: string, b: string, rules: NameRules = defaultNameRules()): number {
  return compareNormalisedNames(normaliseName(a, rules), normaliseName(b, rules)).score;
}

const none = (regionConflict: boolean): NameComparison => ({
  score: 0,
  basis: 'none',
  tradeSimilarity: 0,
  industrySimilarity: 0,
  regionConflict,
});

/** Character bigrams with start and end markers, so short trade names still yield several grams. */
export function paddedBigrams(text: string): Set<string> {
  const chars = ['\u0002', ...text, '\u0003'];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/** Plain character bigrams (unigram for a one-character text): the keys of the inverted index. */
export function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return [...grams];
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

// Generic words come from the shared vocabulary, not from city config.
const industryWordWeight = (word: string) => (genericIndustryWords.has(word) ? genericIndustryWeight : 1);

/**
 * Weighted overlap coefficient of the industry words: 1 when one name's industry is a rewording
 * subset of the other's (金融信息服务 ⊇ 信息服务), low when they share only generic words.
 */
function industryAgreement(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return industryUnknown;
  const setA = new Set(a);
  const setB = new Set(b);
  const total = (words: ReadonlySet<string>) => [...words].reduce((sum, w) => sum + industryWordWeight(w), 0);
  let shared = 0;
  for (const w of setA) if (setB.has(w)) shared += industryWordWeight(w);
  return shared / Math.min(total(setA), total(setB));
}

/**
 * Whether the names place the firms in different provinces or prefecture-level divisions, counting
 * the places a district lies in (通川区 is in 达州 and 四川, so it conflicts with 成都 but not 四川).
 */
function regionsConflict(a: NormalisedName, b: NormalisedName): boolean {
  if (a.regions.length === 0 || b.regions.length === 0) return false;
  for (const level of ['province', 'prefecture'] as const) {
    const placesOf = (n: NormalisedName) =>
      new Set(n.regions.map((r) => r[level]).filter((place) => place !== undefined));
    const left = placesOf(a);
    const right = placesOf(b);
    if (left.size > 0 && right.size > 0 && ![...left].some((r) => right.has(r))) return true;
  }
  return false;
}

/** Pinyin of a Chinese name's parts, computed once per indexed name. */
export interface PinyinForms {
  core: string;
  trade: string;
  industry: string;
}

// Industry words come from a small fixed vocabulary, so their spellings are worth keeping.
const industryPinyin = new Map<string, string>();
const spellIndustryWord = (word: string): string => {
  const known = industryPinyin.get(word);
  if (known !== undefined) return known;
  const spelled = toPinyin(word);
  industryPinyin.set(word, spelled);
  return spelled;
};

/**
 * Spells a Chinese name's trade name and industry words in toneless pinyin; the core's spelling is
 * their concatenation, after the region a trade-name-less core keeps (通川信息咨询).
 */
export function pinyinForms(name: NormalisedName): PinyinForms {
  const trade = toPinyin(name.tradeName);
  const industry = name.industryWords.map(spellIndustryWord).join('');
  const place = name.core.slice(
    0,
    name.core.length - name.tradeName.length - name.industryWords.join('').length,
  );
  return { core: `${toPinyin(place)}${trade}${industry}`, trade, industry };
}

/**
 * A Latin name matches a Chinese one when it starts with the Chinese trade name's pinyin; what
 * follows is compared with the industry words' pinyin.
 */
export function comparePinyin(
  latinCore: string,
  han: NormalisedName,
  factor = 1,
  regionConflict = false,
  forms: PinyinForms = pinyinForms(han),
): NameComparison {
  if (latinCore === forms.core) {
    return {
      score: pinyinFactor * factor,
      basis: 'pinyin',
      tradeSimilarity: 1,
      industrySimilarity: 1,
      regionConflict,
    };
  }
  if (forms.trade === '' || !latinCore.startsWith(forms.trade)) return none(regionConflict);
  const rest = latinCore.slice(forms.trade.length);
  const industrySimilarity =
    rest === '' || forms.industry === ''
      ? industryUnknown
      : dice(paddedTrigrams(rest), paddedTrigrams(forms.industry));
  const score = pinyinFactor * (tradeWeight + industryWeight * industrySimilarity) * factor;
  return { score, basis: 'pinyin', tradeSimilarity: 1, industrySimilarity, regionConflict };
}

function paddedTrigrams(text: string): Set<string> {
  const padded = `\u0002${text}\u0003`;
  const grams = new Set<string>();
  for (let i = 0; i + 2 < padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}
