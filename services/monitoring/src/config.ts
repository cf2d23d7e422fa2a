import { type CityConfig, CityConfigError, describeIssues } from '@sme/kernel';
import * as z from 'zod';
import { type BankCategory, seedTargets, type TargetSet } from './domain/targets.ts';

const percent = z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, 'percent as a decimal string, e.g. "40"');

/** One dated version of the seeds' targets on bank returns (docs/policy-rules.md M1–M5). */
const targetSetSchema = z.strictObject({
  effectiveFrom: z.iso
    .date()
    .refine((d) => d.endsWith('-01'), 'the first day of a month: targets apply to month-end figures'),
  /** Seed 000 六大标志性指标(一): 大型银行 > 40 %, 中小型商业银行 > 80 % of enterprise loans. */
  privateEnterpriseShare: z
    .strictObject({ largeAbovePercent: percent, smallMediumAbovePercent: percent })
    .nullable(),
  /** Seed 000 §6: enterprise credit loans ≥ 18 % of enterprise loans. */
  creditLoanShareAtLeastPercent: percent.nullable(),
  /** Seed 003 §四: state-owned large banks' inclusive small-micro growth ≥ 30 %; local banks above them. */
  inclusiveGrowth: z
    .strictObject({ stateOwnedAtLeastPercent: percent, localAboveStateOwned: z.boolean() })
    .nullable(),
  /** Seed 004 §(一): 两增. */
  twoIncreases: z.boolean(),
});

/** The `monitoring` section of a city file (also feeds cities/city.schema.json). */
export const monitoringConfigSchema = z.strictObject({
  targets: z
    .array(targetSetSchema)
    .min(1)
    .superRefine((versions, ctx) => {
      versions.forEach((v, i) => {
        const before = versions[i - 1];
        if (before && v.effectiveFrom <= before.effectiveFrom)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'effectiveFrom'],
            message: `versions in date order: after ${before.effectiveFrom}`,
          });
      });
    })
    .default([seedTargets]),
});

export interface MonitoringConfig {
  targets: TargetSet[];
  /** Bank id → category (city file `banks[].category`; absent: unclassified). */
  bankCategories: Record<string, BankCategory>;
}

const cache = new WeakMap<CityConfig, MonitoringConfig>();

/** Monitoring's view of a city: its section, validated, and the banks' categories. */
export function monitoringConfig(city: CityConfig): MonitoringConfig {
  const cached = cache.get(city);
  if (cached) return cached;
  const parsed = monitoringConfigSchema.safeParse(city.monitoring ?? {});
  if (!parsed.success) {
    const issues = describeIssues(parsed.error).replaceAll('  ', '  monitoring.');
    throw new CityConfigError(`Invalid city config ${city.id}:\n${issues}`);
  }
  const config: MonitoringConfig = {
    targets: parsed.data.targets,
    bankCategories: Object.fromEntries(city.banks.map((b) => [b.id, b.category ?? 'unclassified'])),
  };
  cache.set(city, config);
  return config;
}
