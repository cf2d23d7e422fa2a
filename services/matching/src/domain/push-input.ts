import * as z from 'zod';
import { parseOrThrow } from './validation.ts';

/**
 * The facts a push batch is decided on. Everything is already known to other services (registry,
 * credit, blacklist, declarations); this module only checks shape and consistency.
 */

/** Seed 001 §三(一): "同一家企业同一批次推送不超过3家银行" — the policy ceiling a city may only lower. */
export const MAX_BANKS_PER_ENTERPRISE_CEILING = 3;

/** 10,000,000 CNY in fen: seed 002 §(七) "单户授信 1000 万元(含)以下". */
export const CAUTION_CREDIT_CEILING_FEN = 1_000_000_000;

/** Registry entity types plus the small-business owner borrowing in person (小微企业主). */
export const entityTypes = [
  'enterprise',
  'individual-business',
  'business-owner',
  'farmers-cooperative',
  'family-farm',
] as const;
export type EntityType = (typeof entityTypes)[number];

/** Seed 002 §(七) gives individual businesses and owners the lower partner-bank threshold. */
export const individualEntityTypes: ReadonlySet<EntityType> = new Set([
  'individual-business',
  'business-owner',
]);

/** What the borrower can offer as security; `credit` means nothing (信用). */
export const guaranteeTypes = ['credit', 'guarantee', 'government-guarantee', 'mortgage', 'pledge'] as const;
export type GuaranteeType = (typeof guaranteeTypes)[number];

const fen = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const months = z.int().min(1).max(600);
const bankId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'bank ids are lower-case slugs');
const uscc = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'an 18-character unified social credit code');
const township = z.string().regex(/^\d{9}$/, 'a 9-digit township/street code');
/** GB/T 4754-2017 code or prefix: a section letter, optionally 2–4 digits. */
const industryCode = z.string().regex(/^[A-T](\d{2}|\d{3}|\d{4})?$/, 'a GB/T 4754-2017 code such as C3911');
/** A bank's region: a 6-digit district (all its townships) or a 9-digit township. */
const region = z.string().regex(/^(\d{6}|\d{9})$/, 'a 6-digit district or 9-digit township code');

export const productSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    minAmountFen: fen,
    maxAmountFen: fen,
    minTermMonths: months,
    maxTermMonths: months,
    guaranteeTypes: z.array(z.enum(guaranteeTypes)).max(guaranteeTypes.length),
    creditLoan: z.boolean(),
  })
  .superRefine((p, ctx) => {
    if (p.minAmountFen > p.maxAmountFen) {
      ctx.addIssue({ code: 'custom', path: ['maxAmountFen'], message: 'must be at least minAmountFen' });
    }
    if (p.minTermMonths > p.maxTermMonths) {
      ctx.addIssue({ code: 'custom', path: ['maxTermMonths'], message: 'must be at least minTermMonths' });
    }
    if (p.guaranteeTypes.length === 0 && !p.creditLoan) {
      ctx.addIssue({
        code: 'custom',
        path: ['guaranteeTypes'],
        message: 'a secured product names its guarantee types',
      });
    }
  });

export const bankProfileSchema = z
  .strictObject({
    id: bankId,
    products: z.array(productSchema).max(200),
    /** Empty: the bank serves every industry. */
    industries: z.array(industryCode).max(200).default([]),
    /** Empty: the bank serves the whole city. */
    regions: z.array(region).max(1000).default([]),
    capacity: z.int().min(0).max(1_000_000),
  })
  .superRefine((bank, ctx) => {
    const names = new Set<string>();
    bank.products.forEach((p, i) => {
      if (names.has(p.name))
        ctx.addIssue({ code: 'custom', path: ['products', i, 'name'], message: 'product listed twice' });
      names.add(p.name);
    });
  });

export const demandSchema = z.strictObject({
  amountFen: fen.min(1),
  termMonths: months,
  guaranteeType: z.enum(guaranteeTypes),
  creditLoanWanted: z.boolean().default(false),
});

export const declineSchema = z.strictObject({
  bankId,
  /** True once the enterprise was coached, repaired and passed screening again (seed 001 §三(二)). */
  repairedAndRescreened: z.boolean(),
});

export const pushEnterpriseSchema = z.strictObject({
  uscc,
  entityType: z.enum(entityTypes),
  industryCode,
  township,
  keyIndustryChain: z.boolean().default(false),
  totalCreditFen: fen,
  existingBankIds: z.array(z.string().min(1)).max(100).default([]),
  wishes: z
    .strictObject({
      /** In the enterprise's order of preference. */
      bankIds: z.array(bankId).max(20).default([]),
      productNames: z.array(z.string().trim().min(1)).max(20).default([]),
    })
    .default({ bankIds: [], productNames: [] }),
  demand: demandSchema,
  /** Banks that declined this enterprise for this same demand. */
  declinedBy: z.array(declineSchema).max(100).default([]),
  /** A confirmed hit on the illegal-intermediary list (a possible hit is not enough to exclude). */
  blacklistHit: z.boolean().default(false),
  /** Removed from the recommendation list for false materials or misuse. */
  removed: z.boolean().default(false),
});

export const pushConfigSchema = z.strictObject({
  maxBanksPerEnterprise: z
    .int()
    .min(1)
    .max(
      MAX_BANKS_PER_ENTERPRISE_CEILING,
      `policy allows at most ${MAX_BANKS_PER_ENTERPRISE_CEILING} banks per enterprise per batch`,
    )
    .default(MAX_BANKS_PER_ENTERPRISE_CEILING),
  caution: z
    .strictObject({
      /** Inclusive: total credit at or below this is "small" (含). */
      creditCeilingFen: fen.default(CAUTION_CREDIT_CEILING_FEN),
      /** More existing banks than this triggers caution. */
      maxExistingBanks: z.int().min(0).max(100).default(3),
      maxExistingBanksIndividual: z.int().min(0).max(100).default(2),
    })
    .default({
      creditCeilingFen: CAUTION_CREDIT_CEILING_FEN,
      maxExistingBanks: 3,
      maxExistingBanksIndividual: 2,
    }),
});

export const pushBatchInputSchema = z
  .strictObject({
    enterprises: z.array(pushEnterpriseSchema).max(100_000),
    banks: z.array(bankProfileSchema).max(1000),
    config: pushConfigSchema.default({
      maxBanksPerEnterprise: MAX_BANKS_PER_ENTERPRISE_CEILING,
      caution: {
        creditCeilingFen: CAUTION_CREDIT_CEILING_FEN,
        maxExistingBanks: 3,
        maxExistingBanksIndividual: 2,
      },
    }),
  })
  .superRefine((input, ctx) => {
    const usccs = new Set<string>();
    input.enterprises.forEach((e, i) => {
      if (usccs.has(e.uscc))
        ctx.addIssue({
          code: 'custom',
          path: ['enterprises', i, 'uscc'],
          message: 'enterprise listed twice',
        });
      usccs.add(e.uscc);
    });
    const ids = new Set<string>();
    input.banks.forEach((b, i) => {
      if (ids.has(b.id))
        ctx.addIssue({ code: 'custom', path: ['banks', i, 'id'], message: 'bank listed twice' });
      ids.add(b.id);
    });
  });

export type PushBatchInput = z.input<typeof pushBatchInputSchema>;
export type ParsedPushBatch = z.output<typeof pushBatchInputSchema>;
export type PushEnterprise = z.output<typeof pushEnterpriseSchema>;
export type BankProfile = z.output<typeof bankProfileSchema>;
export type BankProduct = z.output<typeof productSchema>;
export type PushConfig = z.output<typeof pushConfigSchema>;

/** Validates a batch's facts; throws `ValidationError` naming each bad field (e.g. `config.maxBanksPerEnterprise`). */
export function parsePushBatchInput(raw: unknown): ParsedPushBatch {
  return parseOrThrow(pushBatchInputSchema, raw, 'push batch input');
}
