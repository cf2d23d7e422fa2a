import { compareCodeUnits } from '@sme/kernel';
import { toPinyin } from './chinese-script.ts';
import {
  branchMarkers,
  branchParentEndings,
  industryWords,
  latinLegalFormWords,
  legalFormSuffixes,
  localRegionSuffixes,
  majorCities,
  provincialRegions,
  type RegionLevel,
  type RegionName,
} from './name-vocabulary.ts';

/** City-specific input to name matching. */
export interface NameMatchingConfig {
  /**
   * The city's own region names that may open a firm's name: the city and its districts or
   * counties (临山市, 东湖区 …), optionally townships. Short forms (临山, 东湖) are derived.
   */
  localRegions?: readonly string[];
}

/** A region written in a name, resolved to one canonical spelling so 北京 and 北京市 compare equal. */
export interface RegionMatch {
  canonical: string;
  level: RegionLevel;
}

/** Compiled, immutable lookup tables for normalisation; build once per city and reuse. */
export interface NameRules {
  readonly suffixes: readonly string[];
  readonly latinLegalForms: ReadonlySet<string>;
  readonly branchPattern: RegExp;
  /** Every written form of every region, longest first. */
  readonly regionForms: readonly string[];
  readonly regionsByForm: ReadonlyMap<string, RegionMatch>;
  /** Pinyin spellings of the same regions, for Latin names. */
  readonly regionsByPinyin: ReadonlyMap<string, RegionMatch>;
  readonly industryForms: readonly string[];
  readonly genericIndustry: ReadonlySet<string>;
}

const byLengthDesc = (a: string, b: string) => b.length - a.length || compareCodeUnits(a, b);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function localRegion(name: string): RegionName {
  const suffix = localRegionSuffixes.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  return { full: name, short: suffix ? name.slice(0, -suffix.length) : name, level: 'local' };
}

/** Industry words too common to tell two firms apart (服务, 贸易); the same for every city. */
export const genericIndustryWords: ReadonlySet<string> = new Set(
  industryWords.filter((w) => w.generic).map((w) => w.word),
);

/** Compiles the word lists plus a city's own region names into lookup tables. */
export function compileNameRules(config: NameMatchingConfig = {}): NameRules {
  const regions = [...provincialRegions, ...majorCities, ...(config.localRegions ?? []).map(localRegion)];
  const regionsByForm = new Map<string, RegionMatch>();
  const regionsByPinyin = new Map<string, RegionMatch>();
  for (const r of regions) {
    const match = { canonical: r.short, level: r.level };
    for (const form of [r.full, r.short]) {
      // The first list to claim a spelling wins: a province outranks a same-named local district.
      if (!regionsByForm.has(form)) regionsByForm.set(form, match);
      const spelled = toPinyin(form);
      if (spelled && !regionsByPinyin.has(spelled)) regionsByPinyin.set(spelled, match);
    }
  }
  const parents = branchParentEndings.map(escapeRegExp).join('|');
  const markers = [...branchMarkers].sort(byLengthDesc).map(escapeRegExp).join('|');
  return {
    suffixes: [...legalFormSuffixes].sort(byLengthDesc),
    latinLegalForms: new Set(latinLegalFormWords),
    // Greedy parent: the branch tail starts after the LAST legal form that is followed by one.
    branchPattern: new RegExp(`^(.*(?:${parents}))(.+(?:${markers}))$`, 'u'),
    regionForms: [...regionsByForm.keys()].sort(byLengthDesc),
    regionsByForm,
    regionsByPinyin,
    industryForms: industryWords.map((w) => w.word).sort(byLengthDesc),
    genericIndustry: genericIndustryWords,
  };
}

let defaults: NameRules | undefined;

/** Rules with no city-specific regions: provinces and major cities only. Compiled on first use. */
export const defaultNameRules = (): NameRules => {
  defaults ??= compileNameRules();
  return defaults;
};
