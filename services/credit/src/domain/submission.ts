/**
 * The envelope an agency submits for one credit record: its own id for the record, the category
 * and the category's facts, the enterprise and the dates. Unknown fields are rejected.
 */
import { type FieldIssue, usccSchema, ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { type Category, factsSchemas } from './category-facts.ts';

const isoDate = z.iso.date();

const envelopeFields = {
  sourceRecordId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[^\p{Cc}]*$/u, 'no control characters')
    .meta({
      description: "The supplying agency's own id for the record; resubmitting it corrects the record",
    }),
  uscc: usccSchema,
  occurredOn: isoDate.meta({
    description: 'When the conduct or event happened (decision date, listing date, year end…)',
  }),
  conductEndedOn: isoDate
    .optional()
    .meta({ description: 'End of the conduct; negative records count for the retention period after it' }),
  effectiveFrom: isoDate
    .optional()
    .meta({ description: 'First day the record counts; defaults to occurredOn' }),
  expiresOn: isoDate
    .optional()
    .meta({ description: 'First day the record no longer counts (exclusive end)' }),
  evidenceRef: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .meta({ description: 'Agency-internal reference to the evidence; never shown to banks' }),
};

function envelope<C extends Category, F extends (typeof factsSchemas)[C]>(category: C, facts: F) {
  return z.strictObject({ category: z.literal(category), facts, ...envelopeFields });
}

/** One submitted credit record: a discriminated union on `category`, each with its typed `facts`. */
export const creditSubmissionSchema = z
  .discriminatedUnion('category', [
    envelope('registration', factsSchemas.registration),
    envelope('administrative-licence', factsSchemas['administrative-licence']),
    envelope('administrative-penalty', factsSchemas['administrative-penalty']),
    envelope('court-judgment', factsSchemas['court-judgment']),
    envelope('dishonest-judgment-debtor', factsSchemas['dishonest-judgment-debtor']),
    envelope('serious-illegal-dishonest', factsSchemas['serious-illegal-dishonest']),
    envelope('abnormal-operation', factsSchemas['abnormal-operation']),
    envelope('debt-evasion', factsSchemas['debt-evasion']),
    envelope('tax-credit-rating', factsSchemas['tax-credit-rating']),
    envelope('tax-payment', factsSchemas['tax-payment']),
    envelope('social-insurance-arrears', factsSchemas['social-insurance-arrears']),
    envelope('utility-arrears', factsSchemas['utility-arrears']),
    envelope('environmental-penalty', factsSchemas['environmental-penalty']),
    envelope('collateral-registration', factsSchemas['collateral-registration']),
    envelope('honour', factsSchemas.honour),
    envelope('policy-support', factsSchemas['policy-support']),
    envelope('intellectual-property', factsSchemas['intellectual-property']),
    envelope('import-export', factsSchemas['import-export']),
  ])
  .superRefine((record, ctx) => {
    if (record.conductEndedOn !== undefined && record.conductEndedOn < record.occurredOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['conductEndedOn'],
        message: `conductEndedOn ${record.conductEndedOn} is before occurredOn ${record.occurredOn}`,
      });
    }
    const start = record.effectiveFrom ?? record.occurredOn;
    if (record.expiresOn !== undefined && record.expiresOn <= start) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        message: `expiresOn ${record.expiresOn} must be after the first day in force ${start}`,
      });
    }
  })
  .meta({ id: 'CreditRecordSubmission' });

/** A validated submission (USCC normalised, facts typed by category). */
export type CreditSubmission = z.output<typeof creditSubmissionSchema>;
export type CreditSubmissionInput = z.input<typeof creditSubmissionSchema>;
/** The submission of one category. */
export type SubmissionOf<C extends Category> = Extract<CreditSubmission, { category: C }>;

export type SubmissionParse =
  | { ok: true; submission: CreditSubmission }
  | { ok: false; issues: FieldIssue[] };

/** Validates one submission without throwing; issue paths start with `pathPrefix` (a bulk row's). */
export function safeParseCreditSubmission(raw: unknown, pathPrefix = 'body'): SubmissionParse {
  const result = creditSubmissionSchema.safeParse(raw);
  if (result.success) return { ok: true, submission: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: [pathPrefix, ...issue.path.map(String)].filter((p) => p !== '').join('.'),
      message: issue.message,
    })),
  };
}

/**
 * Validates one submission, throwing `ValidationError` naming every bad field.
 *
 * @example
 * parseCreditSubmission(body, 'body').category; // 'tax-credit-rating'
 */
export function parseCreditSubmission(raw: unknown, pathPrefix = 'body'): CreditSubmission {
  const parsed = safeParseCreditSubmission(raw, pathPrefix);
  if (parsed.ok) return parsed.submission;
  throw new ValidationError('Invalid credit record submission', parsed.issues);
}
