import { agencyKinds, type CityConfig, describeIssues } from '@sme/kernel';
import * as z from 'zod';
import { demoScoringModel } from './domain/demo-scoring-model.ts';
import { type SupplyOverrides, supplyOverridesSchema } from './domain/permissions.ts';
import { defaultRetentionPolicy, type RetentionPolicy, retentionPolicySchema } from './domain/retention.ts';
import { parseScoringModel, type ScoringModel } from './domain/scoring-model.ts';

/** The `credit` section of a city file. Every field has a default, so a city may leave it out. */
const buildCreditConfigSchema = () =>
  z.strictObject({
    /** Versioned scoring models (each with `effectiveFrom`); the one in force on the evaluation date scores. */
    scoringModels: z.array(z.unknown()).min(1).optional(),
    retention: retentionPolicySchema().optional(),
    /** Per agency id: the categories it may supply, replacing the defaults of its kind. */
    supplyOverrides: supplyOverridesSchema().optional(),
    /** Agency kinds that supervise every enterprise of the city and so read full profiles. */
    supervisingAgencyKinds: z.array(z.enum(agencyKinds)).default(['market-supervision']),
    /** Longest validity of an enterprise's authorisation for a bank, in days. */
    maxAuthorisationDays: z.int().min(1).max(1096).default(366),
    /** A signed authorisation older than this on filing is refused: the enterprise signs a new one. */
    authorisationDocumentMaxAgeDays: z.int().min(0).max(366).default(30),
  });

export interface CreditConfig {
  scoringModels: ScoringModel[];
  retention: RetentionPolicy;
  supplyOverrides: SupplyOverrides;
  supervisingAgencyKinds: (typeof agencyKinds)[number][];
  maxAuthorisationDays: number;
  authorisationDocumentMaxAgeDays: number;
}

// Built on first use, like the city config schema: a cold start should not pay for zod construction.
let creditConfigSchema: ReturnType<typeof buildCreditConfigSchema> | undefined;
/** The `credit` section of a city file (also feeds cities/city.schema.json). */
export function creditConfigSectionSchema() {
  creditConfigSchema ??= buildCreditConfigSchema();
  return creditConfigSchema;
}
const cache = new WeakMap<CityConfig, CreditConfig>();

/** Parses (once per city object) the credit section; a bad section names its field under `credit.`. */
export function creditConfig(city: CityConfig): CreditConfig {
  const cached = cache.get(city);
  if (cached) return cached;
  creditConfigSchema ??= buildCreditConfigSchema();
  const parsed = creditConfigSchema.safeParse(city.credit);
  if (!parsed.success)
    throw new Error(
      `Invalid credit section of city ${city.id}:\n${describeIssues(parsed.error).replaceAll('  ', '  credit.')}`,
    );
  const config: CreditConfig = {
    scoringModels: parsed.data.scoringModels?.map((m, i) =>
      parseScoringModel(m, `credit.scoringModels.${i}`),
    ) ?? [demoScoringModel()],
    retention: parsed.data.retention ?? defaultRetentionPolicy,
    supplyOverrides: parsed.data.supplyOverrides ?? {},
    supervisingAgencyKinds: parsed.data.supervisingAgencyKinds,
    maxAuthorisationDays: parsed.data.maxAuthorisationDays,
    authorisationDocumentMaxAgeDays: parsed.data.authorisationDocumentMaxAgeDays,
  };
  cache.set(city, config);
  return config;
}
