import { agencyKinds, type CityConfig, describeIssues } from '@sme/kernel';
import * as z from 'zod';
import type { CompetentDepartment, ScreeningPolicy } from './domain/declaration-lifecycle.ts';
import type { CityNames } from './domain/push-card.ts';
import {
  type BankProfile,
  bankProfileSchema,
  type PushConfig,
  pushConfigSchema,
} from './domain/push-input.ts';
import type { ScreeningCriterion } from './domain/screening.ts';

/** Criteria a department may attest; compliant operation is decided by the registry alone. */
export const reviewableCriteria = [
  'fixed-premises',
  'genuine-need',
  'good-credit',
  'lawful-purpose',
] as const;
export type ReviewableCriterion = (typeof reviewableCriteria)[number];

type AgencyKind = (typeof agencyKinds)[number];

/** Which departments speak for which criterion, unless the city says otherwise (seed 001 §二(一)). */
export const defaultReviewers: Record<ReviewableCriterion, AgencyKind[]> = {
  'fixed-premises': ['township', 'market-supervision'],
  'genuine-need': ['township', 'industry-department'],
  'good-credit': ['finance-office', 'tax'],
  'lawful-purpose': ['township', 'industry-department', 'finance-office'],
};

/** The `matching` section of a city file. Every field has a default, so a city may leave it out. */
/** The `matching` section of a city file (also feeds cities/city.schema.json). */
export const matchingConfigSchema = z.strictObject({
  /** Per bank id of the city: products, industries (GB/T 4754 prefixes), regions and capacity per batch. */
  banks: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  /** Seed 001 §三(一): at most 3; a city may only lower it. */
  maxBanksPerEnterprise: pushConfigSchema.shape.maxBanksPerEnterprise,
  /** Seed 002 §(七) partner-bank caution thresholds. */
  caution: pushConfigSchema.shape.caution,
  /**
   * The industry's competent departments (行业主管部门确认, seed 001 §二(二)): which agencies confirm
   * declarations of which industries (GB/T 4754 prefixes; empty: all). Default: every agency of kind
   * `industry-department`, for every industry.
   */
  competentDepartments: z
    .array(
      z.strictObject({
        agencies: z.array(z.string().min(1)).min(1),
        industries: z
          .array(z.string().regex(/^[A-T](\d{1,4})?$/, 'a GB/T 4754-2017 code or prefix'))
          .default([]),
      }),
    )
    .optional(),
  /**
   * The mechanism's convenor and deputy convenors (召集人/副召集人签字确认, seed 001 §二(二)): the
   * coordinator organisations whose principals may sign off a declaration into the recommendation list.
   */
  convenors: z.array(z.string().min(1)).default([]),
  /** Criterion → agency kinds whose review counts for it. */
  reviewers: z.partialRecord(z.enum(reviewableCriteria), z.array(z.enum(agencyKinds)).min(1)).default({}),
  /** Credit evaluation grades that fail "good credit standing" (信用状况良好). */
  failingGrades: z.array(z.string().min(1).max(10)).default(['D']),
  /** How long a pushed bank may read the enterprise's credit profile, in days from the confirm. */
  pushCreditAccessDays: z.int().min(1).max(366).default(90),
});

export interface MatchingConfig {
  /** Every bank of the city with a declared speciality, in the city's order. */
  banks: BankProfile[];
  push: PushConfig;
  reviewers: Record<ReviewableCriterion, AgencyKind[]>;
  failingGrades: string[];
  /** What screening and review need: failing grades and the competent departments. */
  screeningPolicy: ScreeningPolicy;
  /** Coordinator organisations that may sign off (召集人、副召集人). */
  convenors: string[];
  pushCreditAccessDays: number;
  /** Names of the city's townships and organisations, for what banks read (the push card). */
  names: CityNames;
}

function cityNames(city: CityConfig): CityNames {
  const townships = new Map(city.districts.flatMap((d) => d.townships.map((t) => [t.code, t.name] as const)));
  const orgs = new Map(
    [...city.banks, ...city.agencies, ...city.coordinators, ...city.guarantors, ...city.financeBureaus].map(
      (o) => [o.id, o.name] as const,
    ),
  );
  return { township: (code) => townships.get(code) ?? code, org: (id) => orgs.get(id) ?? id };
}

const cache = new WeakMap<CityConfig, MatchingConfig>();

function invalid(city: CityConfig, lines: string): Error {
  return new Error(`Invalid matching section of city ${city.id}:\n${lines}`);
}

/**
 * Parses (once per city object) the matching section; a bad field is named under `matching.`,
 * e.g. `matching.banks.bank-gs.products.0.maxAmountFen`. Bank ids must be banks of the city.
 */
export function matchingConfig(city: CityConfig): MatchingConfig {
  const cached = cache.get(city);
  if (cached) return cached;
  const parsed = matchingConfigSchema.safeParse(city.matching);
  if (!parsed.success) throw invalid(city, describeIssues(parsed.error).replaceAll('  ', '  matching.'));
  const cityBanks = new Set(city.banks.map((b) => b.id));
  const banks: BankProfile[] = [];
  const issues: string[] = [];
  for (const [id, raw] of Object.entries(parsed.data.banks)) {
    if (!cityBanks.has(id)) {
      issues.push(`  matching.banks.${id}: not a bank of the city`);
      continue;
    }
    // The id is the key; an `id` field inside would be a second, conflicting name.
    const profile = bankProfileSchema.safeParse({ ...raw, id });
    if ('id' in raw) issues.push(`  matching.banks.${id}.id: the bank id is the key; remove this field`);
    else if (profile.success) banks.push(profile.data);
    else issues.push(describeIssues(profile.error).replaceAll('  ', `  matching.banks.${id}.`));
  }
  const agencies = new Set(city.agencies.map((a) => a.id));
  const competentDepartments: CompetentDepartment[] = parsed.data.competentDepartments ?? [
    {
      agencies: city.agencies.filter((a) => a.kind === 'industry-department').map((a) => a.id),
      industries: [],
    },
  ];
  competentDepartments.forEach((d, i) => {
    d.agencies.forEach((id, j) => {
      if (!agencies.has(id))
        issues.push(`  matching.competentDepartments.${i}.agencies.${j}: ${id} is not an agency of the city`);
    });
  });
  const coordinators = new Set(city.coordinators.map((c) => c.id));
  parsed.data.convenors.forEach((id, i) => {
    if (!coordinators.has(id))
      issues.push(`  matching.convenors.${i}: ${id} is not a coordinator organisation of the city`);
  });
  if (issues.length > 0) throw invalid(city, issues.join('\n'));
  const order = city.banks.map((b) => b.id);
  banks.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const config: MatchingConfig = {
    banks,
    push: { maxBanksPerEnterprise: parsed.data.maxBanksPerEnterprise, caution: parsed.data.caution },
    reviewers: { ...defaultReviewers, ...parsed.data.reviewers },
    failingGrades: parsed.data.failingGrades,
    screeningPolicy: { failingGrades: parsed.data.failingGrades, competentDepartments },
    convenors: parsed.data.convenors,
    pushCreditAccessDays: parsed.data.pushCreditAccessDays,
    names: cityNames(city),
  };
  cache.set(city, config);
  return config;
}

/** Whether a department of this kind may attest the criterion in this city. */
export function mayReview(config: MatchingConfig, kind: AgencyKind, criterion: ScreeningCriterion): boolean {
  return (config.reviewers as Record<string, AgencyKind[] | undefined>)[criterion]?.includes(kind) ?? false;
}
