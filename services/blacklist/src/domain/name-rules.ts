import { compareCodeUnits } from '@sme/kernel';
import { toPinyin } from './chinese-script.ts';
import {
  branchMarkers,
  branchParentEndings,
  industryWords,
  latinLegalFormWords,
  legalFormSuffixes,
  type RegionName,
} from './name-vocabulary.ts';
import { nationalRegions, regionShortForm } from './region-names.ts';

/** City-specific input to name matching. */
export interface NameMatchingConfig {
  /**
   * The city's own region names that may open a firm's name: the city, its districts, townships and
   * any development zones it lists (临山市, 东湖区, 青石镇, 临山高新区). China's provinces, prefectures
   * and counties are built in; a name that is one keeps its national place. Short forms are derived
   * as for divisions.
   */
  localRegions?: readonly string[];
}

/** Compiled, immutable lookup tables for normalisation; build once per city and reuse. */
export interface NameRules {
  readonly suffixes: readonly string[];
  readonly latinLegalForms: ReadonlySet<string>;
  readonly branchPattern: RegExp;
  /**
   * Every written form of every region, full and short, to the region it names. Where regions of one
   * level share a form (鼓楼: four cities), it names a region placed only where they agree.
   */
  readonly regionsByForm: ReadonlyMap<string, RegionName>;
  /** The longest key of `regionsByForm`, in code units: how far a prefix lookup has to look. */
  readonly longestRegionForm: number;
  /**
   * Pinyin spellings of provinces, prefectures and the city's own regions, for Latin names. Counties
   * are left out: their spellings are trade names too often (会同 huitong is 汇通, 新源 xinyuan 鑫源).
   */
  readonly regionsByPinyin: ReadonlyMap<string, RegionName>;
  /** Toneless pinyin of every industry word, to tell a Latin name's region from its trade name. */
  readonly industryPinyin: ReadonlySet<string>;
  readonly industryForms: readonly string[];
  readonly genericIndustry: ReadonlySet<string>;
}

const byLengthDesc = (a: string, b: string) => b.length - a.length || compareCodeUnits(a, b);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function localRegion(name: string): RegionName {
  return { full: name, short: regionShortForm(name) ?? name, level: 'local' };
}

/**
 * Files a written form under a region. The first level to claim a form keeps it (see
 * `compileNameRules` for the order); regions of one level sharing a form keep only the province or
 * prefecture they agree on.
 */
function claim(map: Map<string, RegionName>, form: string, region: RegionName): void {
  const existing = map.get(form);
  if (!existing) map.set(form, region);
  else if (existing.level === region.level) {
    map.set(form, {
      ...existing,
      province: existing.province === region.province ? region.province : undefined,
      prefecture: existing.prefecture === region.prefecture ? region.prefecture : undefined,
    });
  }
}

/** Industry words too common to tell two firms apart (服务, 贸易); the same for every city. */
export const genericIndustryWords: ReadonlySet<string> = new Set(
  industryWords.filter((w) => w.generic).map((w) => w.word),
);

/** Compiles the word lists, China's divisions and a city's own region names into lookup tables. */
export function compileNameRules(config: NameMatchingConfig = {}): NameRules {
  const { provinces, prefectures, counties } = nationalRegions();
  // Higher levels claim a form first: 吉林 is the province, not the city; 河北 the province, not
  // Tianjin's 河北区. The city's own names come before counties: a city knows its districts (the demo
  // city's 东湖区 is its own, not 南昌's).
  const regions = [
    ...provinces,
    ...prefectures,
    ...(config.localRegions ?? []).map(localRegion),
    ...counties,
  ];
  const regionsByForm = new Map<string, RegionName>();
  let longestRegionForm = 0;
  for (const r of regions) {
    claim(regionsByForm, r.full, r);
    if (r.short !== r.full) claim(regionsByForm, r.short, r);
    longestRegionForm = Math.max(longestRegionForm, r.full.length);
  }
  let regionsByPinyin: Map<string, RegionName> | undefined;
  const parents = branchParentEndings.map(escapeRegExp).join('|');
  const markers = [...branchMarkers].sort(byLengthDesc).map(escapeRegExp).join('|');
  return {
    suffixes: [...legalFormSuffixes].sort(byLengthDesc),
    latinLegalForms: new Set(latinLegalFormWords),
    // Greedy parent: the branch tail starts after the LAST legal form that is followed by one.
    branchPattern: new RegExp(`^(.*(?:${parents}))(.+(?:${markers}))$`, 'u'),
    regionsByForm,
    longestRegionForm,
    // Spelled on the first Latin name: most names are Chinese, and spelling costs cold start.
    get regionsByPinyin() {
      regionsByPinyin ??= pinyinRegions(regions);
      return regionsByPinyin;
    },
    industryPinyin: new Set(industryWords.map((w) => toPinyin(w.word))),
    industryForms: industryWords.map((w) => w.word).sort(byLengthDesc),
    genericIndustry: genericIndustryWords,
  };
}

function pinyinRegions(regions: readonly RegionName[]): Map<string, RegionName> {
  const byPinyin = new Map<string, RegionName>();
  for (const r of regions) {
    if (r.level === 'county') continue;
    for (const form of r.short === r.full ? [r.full] : [r.full, r.short]) {
      const spelled = toPinyin(form);
      if (spelled) claim(byPinyin, spelled, r);
    }
  }
  return byPinyin;
}

let defaults: NameRules | undefined;

/** Rules with China's divisions and no city-specific names. Compiled on first use. */
export const defaultNameRules = (): NameRules => {
  defaults ??= compileNameRules();
  return defaults;
};
