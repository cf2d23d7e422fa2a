/**
 * The envelope an agency submits for one credit record: its own id for the record, the category
 * and the category's facts, the enterprise and the dates. Unknown fields are rejected.
 */
import { type FieldIssue, freeText, usccSchema, ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { type Category, type FactsSchemas, factsSchemas } from './category-facts.ts';

function buildSubmissionSchema() {
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
    evidenceRef: freeText(500).meta({
      description:
        'Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked',
    }),
  };

  const envelope = <C extends Category, F extends FactsSchemas[C]>(category: C, facts: F) =>
    z.strictObject({ category: z.literal(category), facts, ...envelopeFields });

  const facts = factsSchemas();
  return z
    .discriminatedUnion('category', [
      envelope('registration', facts.registration),
      envelope('administrative-licence', facts['administrative-licence']),
      envelope('administrative-penalty', facts['administrative-penalty']),
      envelope('court-judgment', facts['court-judgment']),
      envelope('dishonest-judgment-debtor', facts['dishonest-judgment-debtor']),
      envelope('serious-illegal-dishonest', facts['serious-illegal-dishonest']),
      envelope('abnormal-operation', facts['abnormal-operation']),
      envelope('debt-evasion', facts['debt-evasion']),
      envelope('tax-credit-rating', facts['tax-credit-rating']),
      envelope('tax-payment', facts['tax-payment']),
      envelope('social-insurance-arrears', facts['social-insurance-arrears']),
      envelope('utility-arrears', facts['utility-arrears']),
      envelope('environmental-penalty', facts['environmental-penalty']),
      envelope('collateral-registration', facts['collateral-registration']),
      envelope('honour', facts.honour),
      envelope('policy-support', facts['policy-support']),
      envelope('intellectual-property', facts['intellectual-property']),
      envelope('import-export', facts['import-export']),
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
}

let built: ReturnType<typeof buildSubmissionSchema> | undefined;
/**
 * One submitted credit record: a discriminated union on `category`, each with its typed `facts`.
 * Built on first use, so that functions that never validate a submission do not pay for it at cold start.
 */
export function creditSubmissionSchema() {
  built ??= buildSubmissionSchema();
  return built;
}

/** A validated submission (USCC normalised, facts typed by category). */
export type CreditSubmission = z.output<ReturnType<typeof buildSubmissionSchema>>;
export type CreditSubmissionInput = z.input<ReturnType<typeof buildSubmissionSchema>>;
/** The submission of one category. */
export type SubmissionOf<C extends Category> = Extract<CreditSubmission, { category: C }>;

export type SubmissionParse =
  | { ok: true; submission: CreditSubmission }
  | { ok: false; issues: FieldIssue[] };

/** Validates one submission without throwing; issue paths start with `pathPrefix` (a bulk row's). */
export function safeParseCreditSubmission(raw: unknown, pathPrefix = 'body'): SubmissionParse {
  const result = creditSubmissionSchema().safeParse(raw);
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
