import { type CityConfig, CityConfigError, describeIssues } from '@sme/kernel';
import * as z from 'zod';
import { defaultRetryPolicy, type RetryPolicy } from './domain/retry-policy.ts';
import type { DeadlineConfig } from './domain/working-days.ts';

/** Rejection reason codes when a city lists none (seed 001 §三(二): specific reasons, then repair). */
export const defaultRejectionReasonCodes = [
  'insufficient-cash-flow',
  'high-leverage',
  'poor-credit-record',
  'insufficient-collateral',
  'incomplete-materials',
  'purpose-not-compliant',
  'outside-bank-policy',
  'enterprise-withdrew',
] as const;

/** The `delivery` section of a city file; every field has a default. */
/** The `delivery` section of a city file (also feeds cities/city.schema.json). */
export const deliveryConfigSchema = z.strictObject({
  /** Seed 001 §三(二): decide within 30 days of complete materials. */
  decisionCalendarDays: z.int().min(1).max(90).default(30),
  /** Seed 003 §五: answer a no-loan household within 5 working days of its application. */
  noLoanReplyWorkingDays: z.int().min(1).max(30).default(5),
  /** A reminder goes to the bank this many calendar days before its deadline. */
  reminderDaysBefore: z.int().min(0).max(10).default(3),
  rejectionReasonCodes: z
    .array(z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'reason codes are lower-case slugs'))
    .min(1)
    .default([...defaultRejectionReasonCodes]),
  webhook: z
    .strictObject({
      /** Per request; a slow receiver counts as a failed attempt. */
      timeoutMs: z.int().min(1000).max(30_000).default(10_000),
      /** How long the previous secret stays valid after a rotation. */
      secretOverlapHours: z.int().min(1).max(168).default(24),
    })
    .default({ timeoutMs: 10_000, secretOverlapHours: 24 }),
  /**
   * Seconds to wait after each failed attempt of a delivery (SQS or webhook), jittered ±20 %; one more
   * attempt than waits, then the delivery is parked for replay. Default: 5 s, 5 min, 30 min, 2 h, 5 h,
   * 10 h, 14 h (retried for more than a day). A short schedule suits a local stack or a test city.
   */
  retryDelaysSeconds: z.array(z.int().min(1).max(86_400)).min(1).max(20).optional(),
});

export interface DeliveryConfig {
  deadlines: DeadlineConfig;
  reminderDaysBefore: number;
  rejectionReasonCodes: readonly string[];
  webhookTimeoutMs: number;
  secretOverlapHours: number;
  retryPolicy: RetryPolicy;
  banks: CityConfig['banks'];
}

const cache = new WeakMap<CityConfig, DeliveryConfig>();

/** Delivery's view of a city: its section, validated, plus the holiday calendar and the banks. */
export function deliveryConfig(city: CityConfig): DeliveryConfig {
  const cached = cache.get(city);
  if (cached) return cached;
  const parsed = deliveryConfigSchema.safeParse(city.delivery);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error).replaceAll('  ', '  delivery.');
    throw new CityConfigError(`Invalid city config ${city.id}:\n${issues}`);
  }
  const c = parsed.data;
  const config: DeliveryConfig = {
    deadlines: {
      decisionCalendarDays: c.decisionCalendarDays,
      noLoanReplyWorkingDays: c.noLoanReplyWorkingDays,
      holidayCalendar: city.holidayCalendar,
    },
    reminderDaysBefore: c.reminderDaysBefore,
    rejectionReasonCodes: c.rejectionReasonCodes,
    webhookTimeoutMs: c.webhook.timeoutMs,
    secretOverlapHours: c.webhook.secretOverlapHours,
    retryPolicy: c.retryDelaysSeconds
      ? { ...defaultRetryPolicy, delaysSeconds: c.retryDelaysSeconds }
      : defaultRetryPolicy,
    banks: city.banks,
  };
  cache.set(city, config);
  return config;
}
