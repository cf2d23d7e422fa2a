/**
 * When a credit record counts. Negative records stop counting after the retention period, "自不良
 * 行为或者事件终止之日起为5年" (征信业管理条例 第十六条), counted as the Civil Code counts periods:
 * the day the conduct ends is not counted (民法典 第二百零一条) and the period's last day is the
 * corresponding day N years on (第二百零二条). Conduct ended 2021-03-15 → last day in force
 * 2026-03-15, out of force from 2026-03-16. The holiday extension of 第二百零三条 is not applied:
 * it protects a party who must act by a deadline, and here nobody has to act.
 */
import * as z from 'zod';
import { metaOf } from './categories.ts';
import { type Category, categories } from './category-facts.ts';
import { addDays, addYears, chinaMidnightEpochSeconds, earliest } from './dates.ts';
import type { CreditSubmission } from './submission.ts';

const negativeCategories = categories.filter((c) => metaOf(c).polarity === 'negative');

function buildRetentionPolicySchema() {
  return z
    .strictObject({
      retentionYears: z
        .partialRecord(z.enum(categories as [Category, ...Category[]]), z.int().min(1).max(5))
        .default({}),
    })
    .superRefine((policy, ctx) => {
      for (const category of Object.keys(policy.retentionYears) as Category[]) {
        if (!negativeCategories.includes(category)) {
          ctx.addIssue({
            code: 'custom',
            path: ['retentionYears', category],
            message: `${category} is not a negative category; only negative records have a retention period`,
          });
        }
      }
    });
}

let policySchema: ReturnType<typeof buildRetentionPolicySchema> | undefined;
/**
 * A city's retention periods for negative categories, in years. Five is the legal maximum for
 * adverse information, so a city may shorten a period but never lengthen it. Built on first use
 * (a cold start only needs it when the city config is parsed).
 */
export function retentionPolicySchema() {
  policySchema ??= buildRetentionPolicySchema();
  return policySchema;
}

export type RetentionPolicy = z.output<ReturnType<typeof buildRetentionPolicySchema>>;

/** Five years for every negative category. */
export const defaultRetentionPolicy: RetentionPolicy = { retentionYears: {} };

export type InForceReason =
  | 'in-force'
  | 'revoked'
  | 'not-yet-effective'
  | 'expired'
  | 'ended'
  | 'retention-elapsed';

export interface InForce {
  inForce: boolean;
  reason: InForceReason;
  /** First day the record no longer counts; absent while nothing ends it. */
  expiresOn?: string;
  /** The day before `expiresOn`: the last day it counts. */
  lastDayInForce?: string;
}

/** What retention needs to know of a record; `status` is absent for a bare submission. */
export type RetainedRecord = CreditSubmission & { status?: 'active' | 'revoked' };

/** The date of the record's end fact (delisting, removal, settlement, release), if any. */
export function endFactDate(record: CreditSubmission): string | undefined {
  const field = metaOf(record.category).endFact;
  if (field === undefined) return undefined;
  const value: unknown = (record.facts as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

/**
 * When the conduct ended: `conductEndedOn`, else the end fact, else `occurredOn` for one-off
 * conduct. A listing or an arrear without an end fact is ongoing (undefined): it has not started
 * its retention period yet.
 */
export function conductEnd(record: CreditSubmission): string | undefined {
  if (record.conductEndedOn !== undefined) return record.conductEndedOn;
  if (metaOf(record.category).endFact !== undefined) return endFactDate(record);
  return record.occurredOn;
}

/** First day a negative record is past retention, or undefined (not negative, or conduct ongoing). */
export function retentionExpiresOn(record: CreditSubmission, policy: RetentionPolicy): string | undefined {
  const meta = metaOf(record.category);
  if (meta.polarity !== 'negative') return undefined;
  const ended = conductEnd(record);
  if (ended === undefined) return undefined;
  const years = policy.retentionYears[record.category] ?? meta.retentionYears ?? 5;
  return addDays(addYears(ended, years), 1);
}

/**
 * Whether the record counts on `asOf`, why, and from which day it stops counting. Checked in order:
 * revoked; before `effectiveFrom` (or `occurredOn`); an explicit `expiresOn`; the end fact; the
 * retention period of a negative record.
 *
 * @example
 * isInForce(penaltyEndedOn('2021-03-15'), '2026-03-16', defaultRetentionPolicy);
 * // { inForce: false, reason: 'retention-elapsed', expiresOn: '2026-03-16', lastDayInForce: '2026-03-15' }
 */
export function isInForce(record: RetainedRecord, asOf: string, policy: RetentionPolicy): InForce {
  const ended = endFactDate(record);
  const retention = retentionExpiresOn(record, policy);
  const expiresOn = earliest(record.expiresOn, ended, retention);
  const bounds = expiresOn === undefined ? {} : { expiresOn, lastDayInForce: addDays(expiresOn, -1) };
  const verdict = (inForce: boolean, reason: InForceReason): InForce => ({ inForce, reason, ...bounds });
  if (record.status === 'revoked') return verdict(false, 'revoked');
  if (asOf < (record.effectiveFrom ?? record.occurredOn)) return verdict(false, 'not-yet-effective');
  if (record.expiresOn !== undefined && asOf >= record.expiresOn) return verdict(false, 'expired');
  if (ended !== undefined && asOf >= ended) return verdict(false, 'ended');
  if (retention !== undefined && asOf >= retention) return verdict(false, 'retention-elapsed');
  return verdict(true, 'in-force');
}

/**
 * DynamoDB TTL for a record: 00:00 China Standard Time on the first day it no longer counts by
 * expiry or retention. Undefined (keep) while nothing bounds it, e.g. an ongoing listing. A delisted
 * record is kept until its retention ends, so the office can still see its history; serving does
 * not depend on TTL, which may lag by days.
 */
export function ttlEpochSeconds(record: CreditSubmission, policy: RetentionPolicy): number | undefined {
  const until = earliest(record.expiresOn, retentionExpiresOn(record, policy));
  return until === undefined ? undefined : chinaMidnightEpochSeconds(until);
}
