import { hasHan, toSimplified } from './chinese-script.ts';
import { defaultNameRules, type NameRules, type RegionMatch } from './name-rules.ts';

/** An organisation name reduced to what identifies the firm, with a record of what was removed. */
export interface NormalisedName {
  /** Trade name plus industry words: no region, no legal form, no branch, no spaces or punctuation. */
  core: string;
  removed: {
    /** Legal-form suffixes, outermost first (`['有限公司', '集团']`). */
    suffixes: string[];
    /** Region text removed from the front or from brackets, joined (`临山市东湖区`), or null. */
    regionPrefix: string | null;
    /** The branch part after the parent's legal form (`临山分公司`), or null. */
    branch: string | null;
  };
  /** Regions found, canonical, for spotting two names placed in different provinces. */
  regions: RegionMatch[];
  /** Whether the core is written in Chinese or only in Latin letters and digits. */
  script: 'han' | 'latin';
  /** The distinctive part of the core (字号); empty for a purely generic name like 信息咨询. */
  tradeName: string;
  /** Industry words peeled off the end of the core, in reading order. */
  industryWords: string[];
}

const bracketGroup = /[([【〔]([^()[\]【】〔〕]*)[)\]】〕]/gu;
const nonWordCharacters = /[^\p{L}\p{N}]/gu;
/** Anything left after stripping must be at least this long for a region to be removed before it. */
const minCoreAfterRegion = 2;

/**
 * Normalises an organisation name for matching: NFKC (full-width → half-width), traditional →
 * simplified, lower-case Latin, bracketed regions/legal forms/branches removed, whitespace and
 * punctuation removed, a branch tail split off, legal-form suffixes removed from the end (longest
 * first, repeatedly) and region names removed from the front.
 *
 * @example
 * normaliseName('臨山市鑫源商貿有限公司東湖分公司', rules).core // '鑫源商贸'
 */
export function normaliseName(raw: string, rules: NameRules = defaultNameRules()): NormalisedName {
  const folded = toSimplified(raw.normalize('NFKC')).toLowerCase();
  return hasHan(folded) ? normaliseHan(folded, rules) : normaliseLatin(folded, rules);
}

/**
 * Canonical person name for equality only (never for fuzzy matching): full-width and traditional
 * folded, lower case, spaces and separators such as the middle dot dropped.
 *
 * @example normalisePersonName('歐陽 娜娜') // '欧阳娜娜'
 */
export function normalisePersonName(raw: string): string {
  return toSimplified(raw.normalize('NFKC')).toLowerCase().replace(nonWordCharacters, '');
}

function normaliseHan(folded: string, rules: NameRules): NormalisedName {
  const suffixes: string[] = [];
  const regionTexts: string[] = [];
  const regions: RegionMatch[] = [];
  let branch: string | null = null;

  const unbracketed = folded.replace(bracketGroup, (_whole, inner: string) => {
    const content = inner.replace(nonWordCharacters, '');
    const regionMatch = rules.regionsByForm.get(content);
    if (regionMatch) {
      regionTexts.push(content);
      regions.push(regionMatch);
      return '';
    }
    if (rules.suffixes.includes(content)) {
      suffixes.push(content);
      return '';
    }
    if (rules.branchPattern.test(`公司${content}`)) {
      branch = content;
      return '';
    }
    return content;
  });

  let text = unbracketed.replace(nonWordCharacters, '');
  const branchMatch = rules.branchPattern.exec(text);
  if (branchMatch?.[1] && branchMatch[2]) {
    text = branchMatch[1];
    branch = branchMatch[2];
  }

  text = stripSuffixes(text, rules.suffixes, suffixes);
  text = stripLeadingRegions(text, rules, regionTexts, regions);
  const { tradeName, industryWords } = splitIndustry(text, rules);
  return {
    core: text,
    removed: { suffixes, regionPrefix: regionTexts.length ? regionTexts.join('') : null, branch },
    regions,
    script: 'han',
    tradeName,
    industryWords,
  };
}

function stripSuffixes(input: string, suffixList: readonly string[], removed: string[]): string {
  let text = input;
  for (;;) {
    const suffix = suffixList.find((s) => text.endsWith(s) && text.length > s.length);
    if (!suffix) return text;
    removed.push(suffix);
    text = text.slice(0, -suffix.length);
  }
}

function stripLeadingRegions(
  input: string,
  rules: NameRules,
  texts: string[],
  regions: RegionMatch[],
): string {
  let text = input;
  for (;;) {
    const form = rules.regionForms.find(
      (f) => text.startsWith(f) && text.length - f.length >= minCoreAfterRegion,
    );
    const match = form === undefined ? undefined : rules.regionsByForm.get(form);
    if (form === undefined || !match) return text;
    texts.push(form);
    regions.push(match);
    text = text.slice(form.length);
  }
}

/** Peels industry words off the end of a core until what is left is the trade name. */
function splitIndustry(core: string, rules: NameRules): { tradeName: string; industryWords: string[] } {
  let rest = core;
  const words: string[] = [];
  for (;;) {
    const word = rules.industryForms.find((w) => rest.endsWith(w));
    if (!word) break;
    words.unshift(word);
    rest = rest.slice(0, -word.length);
  }
  return { tradeName: rest, industryWords: words };
}

function normaliseLatin(folded: string, rules: NameRules): NormalisedName {
  const words = folded.split(nonWordCharacters).filter((w) => w !== '');
  const suffixes: string[] = [];
  while (words.length > 1) {
    const last = words[words.length - 1];
    if (last === undefined || !rules.latinLegalForms.has(last)) break;
    suffixes.unshift(last);
    words.pop();
  }
  const regionTexts: string[] = [];
  const regions: RegionMatch[] = [];
  // A region may be written as one word (linshanshi) or several (lin shan shi): try the longest first.
  for (let taken = Math.min(3, words.length - 1); taken >= 1; taken--) {
    const candidate = words.slice(0, taken).join('');
    const match = rules.regionsByPinyin.get(candidate);
    if (match) {
      regionTexts.push(candidate);
      regions.push(match);
      words.splice(0, taken);
      break;
    }
  }
  const core = words.join('');
  return {
    core,
    removed: { suffixes, regionPrefix: regionTexts.length ? regionTexts.join('') : null, branch: null },
    regions,
    script: 'latin',
    tradeName: core,
    industryWords: [],
  };
}
