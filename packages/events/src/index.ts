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
});
export type CreditProfileChanged = z.infer<typeof creditProfileChangedV1>;
export const creditProfileEventId = (uscc: string, profileVersion: number) =>
  `credit-profile:${uscc}:v${profileVersion}`;

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
