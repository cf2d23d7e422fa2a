import * as z from 'zod';

/**
 * Versioned message contracts between services. Producers build messages with these schemas and
 * consumers parse with them; a breaking change is a new `version`, published beside the old one
 * until every consumer has moved.
 *
 * Messages are thin (ids and a summary); consumers fetch details through the API or their own
 * projections. `eventId` is stable across redeliveries so consumers can de-duplicate.
 */
const envelope = {
  eventId: z.string(),
  occurredAt: z.iso.datetime(),
};

const enterpriseSummary = z.object({
  /** The registered name (added within version 1: absent from events of an older registry). */
  name: z.string().optional(),
  township: z.string(),
  industryCode: z.string(),
  entityType: z.string(),
  status: z.string(),
  sizeClass: z.string().optional(),
  /** Whether the registry records fixed business premises; absent when it does not know. */
  hasFixedPremises: z.boolean().optional(),
  tags: z.array(z.string()),
});

export const enterpriseRegisteredV1 = z.object({
  type: z.literal('EnterpriseRegistered'),
  version: z.literal(1),
  ...envelope,
  uscc: z.string(),
  enterpriseVersion: z.int(),
  summary: enterpriseSummary,
});

export const enterpriseChangedV1 = z.object({
  type: z.literal('EnterpriseChanged'),
  version: z.literal(1),
  ...envelope,
  uscc: z.string(),
  enterpriseVersion: z.int(),
  changedFields: z.array(z.string()),
  summary: enterpriseSummary,
});

export const enterpriseEvent = z.discriminatedUnion('type', [enterpriseRegisteredV1, enterpriseChangedV1]);
export type EnterpriseEvent = z.infer<typeof enterpriseEvent>;

/** Stable id of the event announcing one version of an enterprise. */
export const enterpriseEventId = (uscc: string, version: number) => `enterprise:${uscc}:v${version}`;

/** Hard-stop flag kinds of a credit profile, named as the credit categories behind them. */
export const creditFlagKinds = [
  'dishonest-judgment-debtor',
  'serious-illegal-dishonest',
  'abnormal-operation',
] as const;

/** A credit profile's evaluation changed (list matching re-screens "good credit standing"). */
export const creditProfileChangedV1 = z.object({
  type: z.literal('CreditProfileChanged'),
  version: z.literal(1),
  ...envelope,
  uscc: z.string(),
  profileVersion: z.int(),
  grade: z.string(),
  score: z.int(),
  hardStop: z.boolean(),
  /**
   * The hard-stop flags in force, each with the records behind it (`<agency>/<sourceRecordId>`), so
   * a consumer can say which record failed a check. Added within version 1: absent means none known.
   */
  flags: z
    .array(
      z.object({
        kind: z.enum(creditFlagKinds),
        since: z.iso.date(),
        recordIds: z.array(z.string()).min(1),
      }),
    )
    .default([]),
  modelVersion: z.string(),
  /**
   * How many records in force the evaluation rests on; 0 is "no record found" (查无记录), which list
   * matching does not take for good credit. Added within version 1: absent means unknown.
   */
  recordsInForce: z.int().min(0).optional(),
});
export type CreditProfileChanged = z.infer<typeof creditProfileChangedV1>;
export const creditProfileEventId = (uscc: string, profileVersion: number) =>
  `credit-profile:${uscc}:v${profileVersion}`;

/**
 * The push card (对接资料, seed 001 §三(一)(二)): what a bank's account manager needs to contact the
 * enterprise and act on its demand, and no more (最少必要, 征信业管理条例). List matching composes it
 * from the registry and the declaration when the batch is decided; delivery keeps it for the pushed
 * bank only, for as long as the push grant lasts. Underlying credit records are never on it: each
 * screening criterion says only that it passed and on what basis.
 */
export const pushCardV1 = z
  .object({
    declarationId: z.string().meta({ description: 'The declaration (申报) this push carries' }),
    enterprise: z.object({
      uscc: z.string().meta({ description: '统一社会信用代码 (GB 32100-2015)' }),
      name: z.string().meta({ description: '名称, as registered' }),
      entityType: z.string().meta({
        description:
          'enterprise | individual-business | farmers-cooperative | family-farm (企业/个体工商户/农民合作社/家庭农场)',
      }),
      township: z.object({
        code: z.string().meta({ description: '9-digit township/street code (乡镇/街道)' }),
        name: z.string().meta({ description: 'Its name in the city file; the code when unknown' }),
      }),
      industryCode: z.string().meta({ description: 'GB/T 4754-2017 industry code' }),
      sizeClass: z.string().optional().meta({
        description: 'large | medium | small | micro (工信部联企业〔2011〕300号); absent when not derivable',
      }),
      keyIndustryChain: z.object({
        marked: z.boolean().meta({ description: '重点产业链 enterprise: pushed first (seed 001 §二(二))' }),
        chain: z.string().optional().meta({ description: "The chain's name, when the registry gives one" }),
      }),
    }),
    contact: z
      .object({
        name: z.string().meta({ description: 'Who the enterprise named for financing (融资联系人)' }),
        phone: z.string().meta({
          description:
            'Their phone, as given with the declaration; personal information: use it for this push only',
        }),
      })
      .optional()
      .meta({ description: 'Absent when the declaration named no contact: ask the visiting officer' }),
    demand: z.object({
      amountFen: z.int().meta({ description: 'Amount wanted, in fen (1 CNY = 100 fen)' }),
      termMonths: z.int().meta({ description: 'Term wanted, in months' }),
      purpose: z.string().meta({
        description:
          'working-capital | equipment | technology-upgrade | expansion | agricultural-production | trade-settlement | other',
      }),
      purposeDetail: z.string().meta({ description: 'What the money is for, in the enterprise’s words' }),
      guaranteeType: z.string().meta({
        description:
          'Security offered: credit (信用, none) | surety | government-guarantee | mortgage | pledge',
      }),
      creditLoanWanted: z.boolean().meta({ description: 'The enterprise asks for an unsecured (信用) loan' }),
      collateral: z.string().optional().meta({ description: 'What it can pledge or mortgage' }),
      preferredBankIds: z.array(z.string()).meta({ description: 'Banks it prefers, in its order' }),
      preferredProductNames: z.array(z.string()).meta({ description: 'Products it asked for, in its order' }),
      wishes: z
        .string()
        .optional()
        .meta({ description: 'Its own wishes (timing, contact, concerns): respect them (seed 001 §三(一))' }),
      creditApplication: z.boolean().meta({
        description:
          'True when the declaration is the enterprise’s credit application, so the push is the bank receiving it (a no-loan household’s 5-working-day clock starts on the push date); false when the enterprise applies to the bank after contact (the bank records `application-received`)',
      }),
    }),
    match: z.object({
      rank: z.int().meta({
        description: 'This bank’s rank among the banks pushed the enterprise in the batch (1 = first)',
      }),
      banksInBatch: z.int().meta({
        description: 'How many banks were pushed the enterprise in this batch (at most 3, seed 001 §三(一))',
      }),
      existingLender: z
        .boolean()
        .meta({ description: 'This bank already lends to the enterprise (pushed first, seed 001 §三(一))' }),
      products: z
        .array(z.string())
        .meta({ description: 'This bank’s products that take the demand (amount, term, security)' }),
      reasons: z.array(z.object({ code: z.string(), detail: z.string() })).meta({
        description:
          'Why this bank was chosen: existing relationship, the enterprise’s wishes, product fit, a coordinator’s recorded reason',
      }),
    }),
    referral: z.object({
      kind: z
        .enum(['agency-visit', 'bank-referral', 'coordination-office'])
        .meta({ description: 'How the demand reached the list' }),
      orgId: z.string(),
      orgName: z.string().meta({
        description: 'The township, department, bank or office that recorded it: the contact for questions',
      }),
      visit: z
        .object({
          visitedBy: z.string().meta({ description: 'The visiting officer (走访人)' }),
          visitedOn: z.iso.date(),
          place: z.string(),
        })
        .optional(),
    }),
    screening: z
      .array(
        z.object({
          criterion: z.string().meta({
            description: 'compliant-operation | fixed-premises | genuine-need | good-credit | lawful-purpose',
          }),
          label: z
            .string()
            .meta({ description: 'The criterion as seed 001 §二(一) names it (合规持续经营 …)' }),
          outcome: z.literal('pass'),
          basis: z.enum(['data', 'attested']).meta({
            description:
              '`data`: registry or credit data decided it; `attested`: a reviewing department confirmed it',
          }),
          attestedBy: z
            .string()
            .optional()
            .meta({ description: 'The department that confirmed it, by name' }),
        }),
      )
      .meta({
        description:
          'The five screening criteria (5项标准), all passed; the records behind them are not shared',
      }),
  })
  .meta({ id: 'PushCard', description: 'What the pushed bank needs to contact the enterprise and act' });
export type PushCard = z.infer<typeof pushCardV1>;

/**
 * List matching pushed an enterprise to a bank. Credit turns it into a read grant for that bank;
 * delivery sends it to the bank. `pushId` is stable across retries of the batch confirm.
 */
export const enterprisePushedV1 = z.object({
  type: z.literal('EnterprisePushed'),
  version: z.literal(1),
  ...envelope,
  pushId: z.string().min(1),
  batchId: z.string().min(1),
  uscc: z.string(),
  bankId: z.string(),
  /** Until when the bank may read the enterprise's credit profile for this push. */
  creditAccessUntil: z.iso.date(),
  /** Added within version 1: absent from batches decided before the card existed. */
  card: pushCardV1.optional(),
});
export type EnterprisePushed = z.infer<typeof enterprisePushedV1>;

/**
 * The illegal-intermediary blacklist confirmed (or revoked) a hit tying an enterprise to a list
 * entry (异常中介名单, seed 001 §四(五)). List matching never pushes an enterprise while any
 * confirmed hit stands. A possible hit is not announced: only a confirmed one excludes.
 */
export const intermediaryHitChangedV1 = z.object({
  type: z.literal('IntermediaryHitChanged'),
  version: z.literal(1),
  ...envelope,
  uscc: z.string(),
  /** The blacklist entry the enterprise is tied to. */
  entryId: z.string().min(1).max(200),
  status: z.enum(['confirmed', 'revoked']),
});
export type IntermediaryHitChanged = z.infer<typeof intermediaryHitChangedV1>;

/** Stages of a bank's progress on one push, as announced to other services. */
export const bankFeedbackStages = [
  'contacted',
  /** The bank received the credit application (when the declaration was not it); starts the no-loan reply clock. */
  'application-received',
  'materials-complete',
  'approved',
  'rejected',
  'disbursed',
] as const;

/** Subsidised loan programmes a bank can name on an approval (the subsidy service computes them). */
export const subsidisedLoanPrograms = [
  'entrepreneurship-loan',
  'ethnic-trade-loan',
  'patent-pledge-loan',
] as const;

/**
 * A bank recorded progress on a push (seed 001 §三(二)). List matching closes or returns the
 * declaration (repair loop); the subsidy service turns approvals and disbursements with a guarantee or
 * a subsidised programme into entitlements. `eventId` = `bank-feedback:<pushId>:<seq>`, stable.
 */
export const bankFeedbackRecordedV1 = z.object({
  type: z.literal('BankFeedbackRecorded'),
  version: z.literal(1),
  ...envelope,
  pushId: z.string().min(1),
  batchId: z.string().min(1),
  uscc: z.string(),
  bankId: z.string(),
  /** 1-based position of this step in the push's history. */
  seq: z.int().min(1),
  stage: z.enum(bankFeedbackStages),
  /** The business date the bank gives for the step (contacted on, approved on, …). */
  on: z.iso.date(),
  approved: z
    .object({
      amountFen: z.int().min(1),
      /** Annual rate in percent as a decimal string ("3.45"). */
      annualRatePercent: z.string(),
      termMonths: z.int().min(1),
      guaranteeType: z.string(),
      creditLoan: z.boolean(),
      /** A government-guarantee loan names its guarantor and the guarantee fee rate in percent. */
      guarantee: z.object({ guarantorId: z.string(), feeRatePercent: z.string() }).optional(),
      subsidyProgram: z.enum(subsidisedLoanPrograms).optional(),
    })
    .optional(),
  disbursed: z.object({ amountFen: z.int().min(1) }).optional(),
  rejected: z
    .object({
      reasonCodes: z.array(z.string()).min(1),
      reasonText: z.string(),
      repairSuggestions: z.array(z.string()),
    })
    .optional(),
});
export type BankFeedbackRecorded = z.infer<typeof bankFeedbackRecordedV1>;
export const bankFeedbackEventId = (pushId: string, seq: number) => `bank-feedback:${pushId}:${seq}`;

/**
 * A blacklist entry (异常中介名单) was confirmed, updated or revoked. Delivery sends a thin notice to
 * every bank, which fetches the entry through the audited API. `eventId` = `blacklist:<entryId>:v<n>`.
 */
export const blacklistEntryChangedV1 = z.object({
  type: z.literal('BlacklistEntryChanged'),
  version: z.literal(1),
  ...envelope,
  entryId: z.string().min(1).max(200),
  entryVersion: z.int().min(1),
  status: z.enum(['confirmed', 'updated', 'revoked']),
});
export type BlacklistEntryChanged = z.infer<typeof blacklistEntryChangedV1>;
export const blacklistEntryEventId = (entryId: string, entryVersion: number) =>
  `blacklist:${entryId}:v${entryVersion}`;

/**
 * A declaration reached a new version (list matching). Monitoring counts declared and recommended
 * enterprises from it. `eventId` = `declaration:<id>:v<version>`.
 */
export const declarationChangedV1 = z.object({
  type: z.literal('DeclarationChanged'),
  version: z.literal(1),
  ...envelope,
  declarationId: z.string().min(1),
  uscc: z.string(),
  declarationVersion: z.int().min(1),
  state: z.string(),
  /** Absent on the first version. */
  previousState: z.string().optional(),
  keyIndustryChain: z.boolean(),
});
export type DeclarationChanged = z.infer<typeof declarationChangedV1>;
export const declarationEventId = (declarationId: string, declarationVersion: number) =>
  `declaration:${declarationId}:v${declarationVersion}`;

/**
 * A bank's answer on a push is nearly due or overdue (seed 001 §三(二), 003 §五). Delivery's daily
 * sweep publishes each at most once per push and status; monitoring counts breaches per bank.
 */
export const pushDeadlineChangedV1 = z.object({
  type: z.literal('PushDeadlineChanged'),
  version: z.literal(1),
  ...envelope,
  pushId: z.string().min(1),
  batchId: z.string().min(1),
  uscc: z.string(),
  bankId: z.string(),
  kind: z.enum(['decision-30-days', 'no-loan-5-working-days']),
  /** Last on-time day (inclusive). */
  due: z.iso.date(),
  status: z.enum(['nearing', 'breached']),
});
export type PushDeadlineChanged = z.infer<typeof pushDeadlineChangedV1>;
export const pushDeadlineEventId = (pushId: string, status: 'nearing' | 'breached') =>
  `push-deadline:${pushId}:${status}`;
