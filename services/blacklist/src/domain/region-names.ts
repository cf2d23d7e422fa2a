import { divisions } from './china-divisions.generated.ts';
import {
  ethnicGroups,
  industryWords,
  legalFormSuffixes,
  notRegionShortForms,
  type RegionName,
  regionTypeSuffixes,
} from './name-vocabulary.ts';

const autonomousSuffixes: ReadonlySet<string> = new Set(['自治区', '自治州', '自治县', '自治旗']);
/** Each group with and without 族 (a name may drop it: 哈萨克自治州), longest first; 各族 is "all groups". */
const ethnicWords: readonly string[] = [
  ...ethnicGroups,
  ...ethnicGroups.map((g) => g.slice(0, -1)).filter((g) => g.length >= 2),
  '各族',
].sort((a, b) => b.length - a.length);
/** What a short form must not be: a word that firm names use for their business or legal form. */
const businessWords: ReadonlySet<string> = new Set([
  ...legalFormSuffixes,
  ...industryWords.map((w) => w.word),
]);

/** Shorter than this, a short form is too ambiguous to strip (沛县 → 沛, 城区 → 城): the full name only. */
const minShortForm = 2;
/**
 * 林区 is a division type only in 神农架林区; every other name ending in 林区 is a 区 whose own
 * name ends in 林 (万柏林区, 碑林区), and all of those have at most two characters before 林区.
 */
const minBeforeForestDistrict = 3;

/**
 * The short form firm names write for a region (达州市 → 达州, 延边朝鲜族自治州 → 延边), or undefined
 * when it has none that may be stripped: the type word (`regionTypeSuffixes`) is dropped, then in an
 * autonomous name the nationalities; a result under two characters, an ordinary word
 * (`notRegionShortForms`) or an industry or legal-form word is no short form.
 *
 * @example regionShortForm('广西壮族自治区') // '广西'
 * @example regionShortForm('渠县') // undefined (渠 alone is too short)
 */
export function regionShortForm(full: string): string | undefined {
  const suffix = regionTypeSuffixes.find(
    (s) =>
      full.endsWith(s) && full.length - s.length >= (s === '林区' ? minBeforeForestDistrict : minShortForm),
  );
  if (suffix === undefined) return undefined;
  let short = full.slice(0, -suffix.length);
  if (autonomousSuffixes.has(suffix) || short.endsWith('族')) short = withoutEthnicGroups(short);
  if (short.length < minShortForm || notRegionShortForms.has(short) || businessWords.has(short))
    return undefined;
  return short;
}

/** Drops nationalities from the end (黔东南苗族侗族 → 黔东南); a name that is one (东乡族) keeps it less 族. */
function withoutEthnicGroups(name: string): string {
  let rest = name;
  for (;;) {
    const group = ethnicWords.find((g) => rest.endsWith(g) && rest.length - g.length >= minShortForm);
    if (group === undefined) break;
    rest = rest.slice(0, -group.length);
  }
  return rest === name && ethnicGroups.includes(name) ? name.slice(0, -1) : rest;
}

/** One `short|rest` token of the generated table: the full name, and its short form if it has one. */
function regionOf(
  token: string,
  level: RegionName['level'],
  province?: string,
  prefecture?: string,
): RegionName {
  const bar = token.indexOf('|');
  if (bar === -1) return { full: token, short: token, level, province, prefecture };
  const short = token.slice(0, bar);
  return { full: short + token.slice(bar + 1), short, level, province, prefecture };
}

/** China's divisions by level, each list in GB/T 2260 code order. */
export interface NationalRegions {
  provinces: RegionName[];
  prefectures: RegionName[];
  counties: RegionName[];
}

/**
 * China's provinces, prefecture- and county-level divisions from the generated table, each with the
 * province and prefecture it lies in. Parsed on each call (5–10 ms of a cold start): name rules call
 * it once, when first compiled.
 */
export function nationalRegions(): NationalRegions {
  const regions: NationalRegions = { provinces: [], prefectures: [], counties: [] };
  for (const line of divisions.split('\n')) {
    const [head = '', ...prefectureGroups] = line.split(';');
    const [provinceToken = '', ...directCounties] = head.split(' ');
    const province = regionOf(provinceToken, 'province');
    province.province = province.short;
    regions.provinces.push(province);
    for (const token of directCounties) regions.counties.push(regionOf(token, 'county', province.short));
    for (const group of prefectureGroups) {
      const [prefectureToken = '', ...counties] = group.split(' ');
      const prefecture = regionOf(prefectureToken, 'prefecture', province.short);
      prefecture.prefecture = prefecture.short;
      regions.prefectures.push(prefecture);
      for (const token of counties) {
        regions.counties.push(regionOf(token, 'county', province.short, prefecture.short));
      }
    }
  }
  return regions;
}
