import { hasHan, toSimplified } from './chinese-script.ts';
import { defaultNameRules, type NameRules } from './name-rules.ts';
import type { RegionName } from './name-vocabulary.ts';

/** An organisation name reduced to what identifies the firm, with a record of what was removed. */
export interface NormalisedName {
  /**
   * Trade name plus industry words: no region, no legal form, no branch, no spaces or punctuation.
   * A region followed by industry words only stays, short (通川区信息咨询 → 通川信息咨询; 长兴财务顾问).
   */
  core: string;
  removed: {
    /** Legal-form suffixes, outermost first (`['有限公司', '集团']`). */
    suffixes: string[];
    /** Region text removed from the front or from brackets, joined (`临山市东湖区`), or null. */
    regionPrefix: string | null;
    /** The branch part after the parent's legal form (`临山分公司`), or null. */
    branch: string | null;
  };
  /** Regions found, for spotting two names placed in different provinces or prefectures. */
  regions: RegionName[];
  /** Whether the core is written in Chinese or only in Latin letters and digits. */
  script: 'han' | 'latin';
  /**
   * The distinctive part of the core (字号); empty for a purely generic name like 信息咨询, and for a
   * name told apart only by a region written in full (通川区信息咨询): such names match on their
   * whole core only. A region kept as written short may be the trade name itself (长兴财务顾问).
   */
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
  const regions: RegionName[] = [];
  let branch: string | null = null;

  const unbracketed = folded.replace(bracketGroup, (_whole, inner: string) => {
    const content = inner.replace(nonWordCharacters, '');
    const bracketed = leadingRegions(content, rules, 0);
    if (bracketed.length > 0 && bracketed.reduce((n, r) => n + r.form.length, 0) === content.length) {
      for (const r of bracketed) {
        regionTexts.push(r.form);
        regions.push(r.region);
      }
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
  const leading = leadingRegions(text, rules, minCoreAfterRegion);
  let rest = text.slice(leading.reduce((n, r) => n + r.form.length, 0));
  let { tradeName, industryWords } = splitIndustry(rest, rules);
  // A trade name has two characters or more (企业名称登记管理规定): a region that would leave one
  // begins the trade name instead (安源山信息技术 is not 安源 + 山).
  const opening = [...tradeName].length === 1 ? leading.pop() : undefined;
  if (opening) {
    rest = `${opening.form}${rest}`;
    ({ tradeName, industryWords } = splitIndustry(rest, rules));
  }
  // A name is region, trade name, industry: with nothing but industry words after the regions, the
  // last region stays, short, so 通川区 and 通川 still agree. Written short it may be the trade name
  // (长兴财务顾问); written in full it is a place that alone tells the firm apart (通川区信息咨询 is
  // not 达川区信息咨询, nor 通川区商务信息咨询).
  const kept = tradeName === '' ? leading.pop() : undefined;
  for (const r of leading) {
    regionTexts.push(r.form);
    regions.push(r.region);
  }
  return {
    core: kept ? `${kept.region.short}${rest}` : rest,
    removed: { suffixes, regionPrefix: regionTexts.length ? regionTexts.join('') : null, branch },
    regions,
    script: 'han',
    tradeName: kept && kept.form !== kept.region.full ? kept.region.short : tradeName,
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

/**
 * The region names that open `text`, one after another (四川省达州市通川区…), longest spelling first
 * at each position, stopping where fewer than `keep` characters would follow.
 */
function leadingRegions(
  text: string,
  rules: NameRules,
  keep: number,
): { form: string; region: RegionName }[] {
  const found: { form: string; region: RegionName }[] = [];
  let start = 0;
  for (;;) {
    let next: { form: string; region: RegionName } | undefined;
    for (let length = Math.min(rules.longestRegionForm, text.length - start - keep); length >= 1; length--) {
      const form = text.slice(start, start + length);
      const region = rules.regionsByForm.get(form);
      if (region) {
        next = { form, region };
        break;
      }
    }
    if (!next) return found;
    found.push(next);
    start += next.form.length;
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
  const regions: RegionName[] = [];
  // A region may be written as one word (linshanshi) or several (lin shan shi): try the longest first.
  // As in Chinese, a region followed by industry words only is the trade name (Jincheng Caiwu Guwen).
  for (let taken = Math.min(3, words.length - 1); taken >= 1; taken--) {
    const candidate = words.slice(0, taken).join('');
    const region = rules.regionsByPinyin.get(candidate);
    if (region && !spellsIndustryOnly(words.slice(taken).join(''), rules.industryPinyin)) {
      regionTexts.push(candidate);
      regions.push(region);
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

/** Whether a Latin text is industry words' pinyin end to end (caiwuguwen), however it was spaced. */
function spellsIndustryOnly(text: string, industryPinyin: ReadonlySet<string>): boolean {
  // ends[i]: text.slice(0, i) splits into industry words.
  const ends = [true];
  for (let i = 1; i <= text.length; i++) {
    ends[i] = false;
    for (let j = 0; j < i && !ends[i]; j++)
      ends[i] = ends[j] === true && industryPinyin.has(text.slice(j, i));
  }
  return ends[text.length] === true;
}
