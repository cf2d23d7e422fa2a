import { type CityConfig, describeIssues } from '@sme/kernel';
import * as z from 'zod';
import { localRegionsFromCity } from './domain/local-regions.ts';
import { NAME_MATCH_THRESHOLD } from './domain/name-match-threshold.ts';

const code = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,62}$/, 'a lower-case kebab-case code, e.g. fee-padding')
  .meta({ description: 'Stable code; reports and decisions refer to it' });

/** One point of the identification standard (认定标准): a report is confirmed only if it meets one. */
const criterionSchema = z.strictObject({ code, text: z.string().trim().min(4).max(500) });
const categorySchema = z.strictObject({ code, label: z.string().trim().min(2).max(50) });

/** Seed 001 §四(五) names 非法助贷 and 资金掮客; padding fees and faking materials are how they profit. */
export const defaultCategories = [
  { code: 'illegal-loan-facilitation', label: '非法助贷' },
  { code: 'fund-broker', label: '资金掮客' },
  { code: 'fee-padding', label: '违规收费' },
  { code: 'fake-materials', label: '虚假材料' },
] as const;

const unique =
  (what: string) =>
  (items: readonly { code: string }[], ctx: z.core.$RefinementCtx<readonly { code: string }[]>) => {
    const seen = new Set<string>();
    for (const [i, item] of items.entries()) {
      if (seen.has(item.code))
        ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `${what} ${item.code} appears twice` });
      seen.add(item.code);
    }
  };

/** The `blacklist` section of a city file. */
/** The `blacklist` section of a city file (also feeds cities/city.schema.json). */
export const blacklistConfigSchema = z.strictObject({
  /** The identification standard (认定标准) the city adopted; a city must state its own. */
  criteria: z.array(criterionSchema).min(1).max(50).superRefine(unique('criterion')),
  categories: z
    .array(categorySchema)
    .min(1)
    .max(20)
    .superRefine(unique('category'))
    .default(defaultCategories.map((c) => ({ ...c }))),
  /**
   * Name similarity at or above which a screening reports a possible hit. Below the domain default
   * the index still finds every name sharing a trade-name gram, but not every name that could score.
   */
  nameMatchThreshold: z.number().min(0.7).max(1).default(NAME_MATCH_THRESHOLD),
  /**
   * Region names that may open a firm's name beyond China's divisions (built in) and the city's own
   * districts and townships: development zones and the like (临山高新区). Short forms are derived.
   */
  extraLocalRegions: z.array(z.string().trim().min(2).max(20)).max(200).default([]),
  /** Days a screening (party names, masked and hashed identifiers) is kept before TTL removes it. */
  screeningRetentionDays: z.int().min(30).max(3650).default(365),
});

export interface BlacklistConfig {
  criteria: { code: string; text: string }[];
  categories: { code: string; label: string }[];
  nameMatchThreshold: number;
  screeningRetentionDays: number;
  /** The city's region names (its own and the extra ones): stripped from firm names like provinces. */
  localRegions: string[];
}

const cache = new WeakMap<CityConfig, BlacklistConfig>();

/**
 * Parses (once per city object) the blacklist section; a bad field is named under `blacklist.`,
 * e.g. `blacklist.criteria.2.code`. The identifier hashing secret is deliberately not here: config
 * files are committed and inlined into bundles.
 */
export function blacklistConfig(city: CityConfig): BlacklistConfig {
  const cached = cache.get(city);
  if (cached) return cached;
  const parsed = blacklistConfigSchema.safeParse(city.blacklist);
  if (!parsed.success) {
    throw new Error(
      `Invalid blacklist section of city ${city.id}:\n${describeIssues(parsed.error).replaceAll('  ', '  blacklist.')}`,
    );
  }
  const { extraLocalRegions, ...rest } = parsed.data;
  const config: BlacklistConfig = {
    ...rest,
    localRegions: [...localRegionsFromCity(city), ...extraLocalRegions],
  };
  cache.set(city, config);
  return config;
}
