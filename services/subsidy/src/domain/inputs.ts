import { type FieldIssue, ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { Dec } from './exact.ts';

/**
 * Input vocabulary shared by the policy and the calculators. Everything that crosses the boundary is
 * JSON: money is a CNY decimal string with at most two places ("10000000.00", "0.5", "300"), parsed
 * to integer fen (bigint); rates are decimal strings of a fraction ("0.01" = 1 %, at most 12 places),
 * parsed to an exact Decimal; dates are ISO `YYYY-MM-DD`. Numbers are refused for money and rates, so
 * no binary floating point ever enters a calculation.
 */

const CNY_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;
const RATE_PATTERN = /^(0|[1-9]\d{0,2})(\.\d{1,12})?$/;

/** "123.4" → 12340n. The string must already match CNY_PATTERN. */
export function cnyToFen(cny: string): bigint {
  const [whole = '0', fraction = ''] = cny.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** A non-negative CNY amount as a decimal string, parsed to integer fen. */
export const cnySchema = z
  .string()
  .transform((text, ctx) => {
    if (text.trim().startsWith('-')) {
      ctx.addIssue({ code: 'custom', message: 'must not be negative' });
      return z.NEVER;
    }
    if (!CNY_PATTERN.test(text)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a CNY amount as a decimal string with at most two decimals, e.g. "10000000.00"',
      });
      return z.NEVER;
    }
    return cnyToFen(text);
  })
  .meta({ description: 'CNY as a decimal string, at most two places', examples: ['10000000.00'] });

/** A rate as a decimal fraction string between 0 and 1 inclusive ("0.0288" = 2.88 %). */
export const rateSchema = z
  .string()
  .transform((text, ctx) => {
    if (text.trim().startsWith('-')) {
      ctx.addIssue({ code: 'custom', message: 'must not be negative' });
      return z.NEVER;
    }
    if (!RATE_PATTERN.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'a rate as a decimal fraction string, e.g. "0.01" for 1 %' });
      return z.NEVER;
    }
    const rate = new Dec(text);
    if (rate.greaterThan(1)) {
      ctx.addIssue({ code: 'custom', message: 'must be at most 1 (100 %)' });
      return z.NEVER;
    }
    return rate;
  })
  .meta({ description: 'A rate as a decimal fraction string, 0…1 ("0.01" = 1 %)', examples: ['0.01'] });

export const isoDateSchema = z.iso.date();

export const borrowerTypes = [
  'large-enterprise',
  'medium-enterprise',
  'small-enterprise',
  'micro-enterprise',
  'individual-business',
] as const;
export const borrowerTypeSchema = z.enum(borrowerTypes);
export type BorrowerType = (typeof borrowerTypes)[number];

/** Borrower traits the fee subsidy names beside size (三农, 战略性新兴产业). */
export const borrowerTags = ['agricultural', 'strategic-emerging'] as const;
export const borrowerTagSchema = z.enum(borrowerTags);

/** GB/T 4754-2017 industry code: a section letter A–T and 2–4 digits, e.g. C3911. */
export const industryCodeSchema = z
  .string()
  .regex(
    /^[A-T](\d{2}|\d{3}|\d{4})?$/,
    'GB/T 4754-2017 code: a section letter A–T and 2–4 digits, e.g. C3911',
  );

/** Adds an issue on `periodEnd` when it is before `periodStart` (ISO dates compare as strings). */
export function checkPeriod(value: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx): void {
  if (value.periodEnd < value.periodStart) {
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must not be before periodStart' });
  }
}

/** Turns zod issues into field issues with dotted paths, e.g. `segments.2.balance`. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // An unknown field is named by its own path, not its parent's.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'unknown field' }));
    }
    return [{ path: path.join('.') || '(root)', message: issue.message }];
  });
}

/** Parses with a schema, throwing `ValidationError` that names every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ValidationError(`Invalid ${what}`, toFieldIssues(parsed.error));
}
