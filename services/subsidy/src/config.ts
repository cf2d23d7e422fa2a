import { type CityConfig, describeIssues } from '@sme/kernel';
import { type SubsidyPolicy, subsidyPolicySchema } from './domain/policy.ts';

/**
 * The `subsidy` section of a city file is the city's subsidy policy as versioned data (programs with
 * effective dates and seed citations, the LPR table, break-even rates, risk-compensation rates by
 * year), in the JSON form `subsidyPolicySchema` reads, without `city`: the city is the file's id.
 */
export interface SubsidyConfig {
  policy: SubsidyPolicy;
}

const cache = new WeakMap<CityConfig, SubsidyConfig>();

/**
 * A city that runs no subsidy program: every calculation is refused naming `program`, and approvals
 * are recorded with zero entitlements and that reason.
 */
function emptyPolicy(city: CityConfig): SubsidyPolicy {
  return { city: city.id, lpr: { oneYear: [], fiveYear: [] }, programs: [] };
}

/**
 * Parses (once per city object) the subsidy section; a bad field is named under `subsidy.`, e.g.
 * `subsidy.programs.2.params.tiers.0.maxRate: must be at most 1 (100 %)`. An absent or empty section
 * is a city without programs.
 */
export function subsidyConfig(city: CityConfig): SubsidyConfig {
  const cached = cache.get(city);
  if (cached) return cached;
  const section = city.subsidy;
  let config: SubsidyConfig;
  if (Object.keys(section).length === 0) config = { policy: emptyPolicy(city) };
  else {
    if ('city' in section) {
      throw new Error(
        `Invalid subsidy section of city ${city.id}:\n  subsidy.city: the city is the file's id; remove this field`,
      );
    }
    const parsed = subsidyPolicySchema.safeParse({ ...section, city: city.id });
    if (!parsed.success) {
      throw new Error(
        `Invalid subsidy section of city ${city.id}:\n${describeIssues(parsed.error).replaceAll('  ', '  subsidy.')}`,
      );
    }
    config = { policy: parsed.data };
  }
  cache.set(city, config);
  return config;
}
