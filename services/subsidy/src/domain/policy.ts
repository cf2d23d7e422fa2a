import * as z from 'zod';
import { dayCounts } from './day-count.ts';
import type { Dec } from './exact.ts';
import {
  borrowerTagSchema,
  borrowerTypeSchema,
  borrowerTypes,
  cnySchema,
  isoDateSchema,
  parseInput,
  rateSchema,
} from './inputs.ts';

/**
 * A city's subsidy policy as versioned data. Each program appears as one or more versions, each in
 * force from `effectiveFrom` to `effectiveTo` (both inclusive; open-ended when absent) and citing the
 * seed section it implements. A calculation picks the version in force on its reference date and
 * names it in the result, so adding a version never changes a past result. The LPR table is market
 * data, not a program: entries mark the month a new quote takes effect.
 */

export const programIds = [
  'guarantee-fee',
  'fee-subsidy',
  'risk-compensation',
  'entrepreneurship-loan',
  'ethnic-trade-loan',
  'patent-pledge-loan',
  'guarantee-leverage',
  'npl-tolerance',
] as const;
export type ProgramId = (typeof programIds)[number];

const citationSchema = z.strictObject({
  seed: z.string().regex(/^\d{3}$/, 'the three-digit seed number, e.g. "004"'),
  section: z.string().min(1),
});
export type Citation = z.infer<typeof citationSchema>;

const versionFields = {
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,63}$/, 'a lower-case version id, e.g. "linshan-fee-2024"'),
  effectiveFrom: isoDateSchema,
  effectiveTo: isoDateSchema.optional(),
  citation: citationSchema,
};

/**
 * An amount threshold: a value qualifies when below `amount`, or equal to it when `inclusive`. The
 * seed's word decides (Civil Code art. 1259): 以下、以内、(含) include the amount; 不满、不足、低于 do not.
 */
const limitSchema = z.strictObject({ amount: cnySchema, inclusive: z.boolean() });
export type AmountLimit = z.output<typeof limitSchema>;

/** GB/T 4754 prefix ("C", "C39", "H62") or "*" for every industry not matched more precisely. */
const industryPrefixSchema = z
  .string()
  .regex(/^(\*|[A-T]\d{0,4})$/, 'a GB/T 4754 prefix such as "C39", or "*"');

const feeTierSchema = z.strictObject({ upTo: cnySchema.optional(), maxRate: rateSchema });

const guaranteeFeeParams = z.strictObject({
  /** Fee-rate caps by single-household guarantee amount; `upTo` is inclusive, the last tier is open. */
  tiers: z
    .array(feeTierSchema)
    .min(1)
    .superRefine((tiers, ctx) => {
      tiers.forEach((tier, i) => {
        const last = i === tiers.length - 1;
        if (last && tier.upTo !== undefined) {
          ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: 'the last tier must be open-ended' });
        }
        if (!last && tier.upTo === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'upTo'],
            message: 'only the last tier may be open-ended',
          });
        }
        const previous = tiers[i - 1]?.upTo;
        if (previous !== undefined && tier.upTo !== undefined && tier.upTo <= previous) {
          ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: 'tiers must ascend' });
        }
      });
    }),
  /** Industry prefixes of the designated badly affected sectors whose fee is reduced. */
  affectedSectors: z.array(industryPrefixSchema),
  /** Multiplier on the fee rate for those sectors; 0.5 halves it. */
  affectedSectorFeeFactor: rateSchema,
  reGuaranteeFeeWaiver: z
    .strictObject({ borrowerTypes: z.array(borrowerTypeSchema).min(1), amountLimit: limitSchema })
    .optional(),
});

const feeSubsidyParams = z.strictObject({
  eligibleBorrowerTypes: z.array(borrowerTypeSchema),
  eligibleTags: z.array(borrowerTagSchema),
  guaranteeAmountLimit: limitSchema,
  /** The actual fee rate must be strictly below this ("担保费率低于1.5%": 低于 excludes 1.5 % itself). */
  feeRateBelow: rateSchema,
  /** Average break-even fee rate of the city's government guarantors, by industry prefix. */
  breakEvenRates: z
    .record(industryPrefixSchema, rateSchema)
    .refine((rates) => Object.keys(rates).length > 0, {
      message: 'at least one break-even rate',
    }),
});

const riskCompensationParams = z.strictObject({
  /** Yearly compensation rate on the outstanding guaranteed balance while this version is in force. */
  yearlyRate: rateSchema,
});

const entrepreneurshipLoanParams = z
  .strictObject({
    lprTenor: z.enum(['one-year', 'five-year']),
    /** The borrower bears interest up to LPR minus this spread; the treasury pays the rest. */
    borrowerBearsUpToLprMinusBp: z.int().min(0).max(10_000),
    /** Borrowers the program lends to; any other type is not eligible. */
    eligibleBorrowerTypes: z.array(borrowerTypeSchema).min(1),
    /**
     * Highest loan amount per borrower type, inclusive ("最高额度为300万元" includes 3 million): a
     * larger loan is not in the program. A type absent here has no amount limit.
     */
    maxPrincipal: z.partialRecord(borrowerTypeSchema, cnySchema),
    /**
     * OPTIONAL, stated by no seed: a ceiling on the loan rate, LPR plus a spread. `ineligible`: a loan
     * above it gets no subsidy; `subsidise-up-to-cap`: it is subsidised as if its rate were the cap.
     * Absent, the seeds' rule alone applies: the treasury pays all interest above LPR − the spread.
     */
    rateCap: z
      .strictObject({
        lprPlusBp: z.int().min(0).max(10_000),
        mode: z.enum(['ineligible', 'subsidise-up-to-cap']),
      })
      .optional(),
  })
  .superRefine((params, ctx) => {
    for (const type of borrowerTypes) {
      if (params.maxPrincipal[type] !== undefined && !params.eligibleBorrowerTypes.includes(type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['maxPrincipal', type],
          message: 'not in eligibleBorrowerTypes',
        });
      }
    }
  });

const ethnicTradeLoanParams = z.strictObject({
  /** Yearly cap on the subsidy as a share of principal ("不高于贷款本金2.88%"), never above the loan rate. */
  maxSubsidyRate: rateSchema,
});

const patentPledgeLoanParams = z.strictObject({
  /** Share of the interest actually paid that is refunded after on-time repayment. */
  shareOfInterestPaid: rateSchema,
});

const guaranteeLeverageParams = z.strictObject({
  minLeverage: z.string().regex(/^(0|[1-9]\d{0,3})(\.\d{1,4})?$/, 'a multiple such as "3" or "3.5"'),
});

const nplToleranceParams = z.strictObject({
  /** Small-business NPL may exceed the bank's overall NPL by at most this many basis points. */
  toleranceBp: z.int().min(0).max(10_000),
});

const programVersion = <P extends ProgramId, S extends z.ZodType>(program: P, params: S) =>
  z.strictObject({ program: z.literal(program), ...versionFields, params });

/**
 * Programs on a yearly rate that is a cap or a whole-year amount (fee caps, the fee-rate gap, 2.88 %,
 * a ‰ of a balance) fix their day count in code, actual/actual, so no city setting can push a year
 * above its rate. Only the entrepreneurship loan, which pays part of the bank's interest, chooses one.
 */
export const programVersionSchema = z.discriminatedUnion('program', [
  programVersion('guarantee-fee', guaranteeFeeParams),
  programVersion('fee-subsidy', feeSubsidyParams),
  programVersion('risk-compensation', riskCompensationParams),
  z.strictObject({
    program: z.literal('entrepreneurship-loan'),
    ...versionFields,
    dayCount: z.enum(dayCounts).default('actual/360'),
    params: entrepreneurshipLoanParams,
  }),
  programVersion('ethnic-trade-loan', ethnicTradeLoanParams),
  programVersion('patent-pledge-loan', patentPledgeLoanParams),
  programVersion('guarantee-leverage', guaranteeLeverageParams),
  programVersion('npl-tolerance', nplToleranceParams),
]);
export type ProgramVersion = z.output<typeof programVersionSchema>;
export type VersionOf<P extends ProgramId> = Extract<ProgramVersion, { program: P }>;

export interface LprEntry {
  month: string;
  rate: Dec;
}

/** Month → rate, turned into entries sorted by month so a lookup is a backwards scan. */
const lprTableSchema = z
  .record(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, e.g. "2024-07"'), rateSchema)
  .refine((table) => Object.keys(table).length > 0, { message: 'at least one LPR quote' })
  .transform((table): LprEntry[] =>
    Object.entries(table)
      .map(([month, rate]) => ({ month, rate }))
      .sort((a, b) => (a.month < b.month ? -1 : 1)),
  );

export const subsidyPolicySchema = z
  .strictObject({
    city: z.string().regex(/^[a-z][a-z0-9-]{1,20}$/, 'the city id, as in cities/<id>.json'),
    description: z.string().optional(),
    lpr: z.strictObject({ oneYear: lprTableSchema, fiveYear: lprTableSchema }),
    programs: z.array(programVersionSchema).min(1),
  })
  .superRefine((policy, ctx) => {
    const ids = new Map<string, number>();
    policy.programs.forEach((version, i) => {
      const first = ids.get(version.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['programs', i, 'id'],
          message: `duplicate id, first at programs.${first}`,
        });
      } else ids.set(version.id, i);
      if (version.effectiveTo !== undefined && version.effectiveTo < version.effectiveFrom) {
        ctx.addIssue({
          code: 'custom',
          path: ['programs', i, 'effectiveTo'],
          message: 'before effectiveFrom',
        });
      }
      policy.programs.forEach((other, j) => {
        if (j >= i || other.program !== version.program) return;
        const disjoint =
          (version.effectiveTo !== undefined && version.effectiveTo < other.effectiveFrom) ||
          (other.effectiveTo !== undefined && other.effectiveTo < version.effectiveFrom);
        if (!disjoint) {
          ctx.addIssue({
            code: 'custom',
            path: ['programs', i, 'effectiveFrom'],
            message: `overlaps programs.${j} (${other.id}): two versions of ${version.program} in force on one day`,
          });
        }
      });
    });
  });

/** The JSON form of a policy, as stored or written by hand. */
export type SubsidyPolicyInput = z.input<typeof subsidyPolicySchema>;
/** A validated policy, with amounts in fen and rates as exact decimals. */
export type SubsidyPolicy = z.output<typeof subsidyPolicySchema>;

/** Validates a city's policy; throws `ValidationError` naming every bad field (e.g. `programs.2.params.tiers.0.maxRate`). */
export function parseSubsidyPolicy(raw: unknown): SubsidyPolicy {
  return parseInput(subsidyPolicySchema, raw, 'subsidy policy');
}
