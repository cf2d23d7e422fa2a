import { usccSchema } from '@sme/kernel';
import { problemSchema, type RouteSpec } from '@sme/runtime';
import * as z from 'zod';
import { creditSubmissionSchema } from './domain/submission.ts';

/** Why a profile is read; recorded in the audit trail with every read (and every refused read). */
export const readPurposes = [
  'credit-assessment',
  'loan-review',
  'post-loan-monitoring',
  'push-follow-up',
  'supervision',
  'coordination',
] as const;

const sourceRecordId = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, '1–100 letters, digits or . _ : -');
const reasonBody = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

const recordRef = z.object({ category: z.string(), occurredOn: z.string() }).passthrough();
export const profileViewSchema = z
  .object({
    uscc: z.string(),
    score: z.int(),
    grade: z.string(),
    modelVersion: z.string(),
    asOf: z.iso.date(),
    hardStop: z.boolean(),
    flags: z.record(z.string(), z.unknown()),
    factors: z.array(
      z.object({ id: z.string(), label: z.string(), contribution: z.int(), records: z.array(recordRef) }),
    ),
    facts: z.record(z.string(), z.unknown()),
    enterpriseRegistered: z.boolean(),
    view: z.enum(['bank', 'full']),
  })
  .passthrough()
  .meta({
    id: 'CreditProfileView',
    description:
      'A bank sees evaluation, flags and summarised facts; the office and supervising agencies also see the records',
  });

export const submissionResultSchema = z.object({
  outcome: z.enum(['created', 'corrected', 'unchanged']),
  sourceRecordId: z.string(),
  uscc: z.string(),
  version: z.int(),
  enterpriseRegistered: z.boolean().meta({
    description:
      'false: the registry does not know the enterprise yet; the record is held and attached when it appears',
  }),
});

export const authorisationInputSchema = z.strictObject({
  uscc: usccSchema,
  bankId: z.string().min(1),
  scope: z
    .array(z.enum(['credit-profile']))
    .min(1)
    .default(['credit-profile']),
  purpose: z.string().trim().min(1).max(200),
  validFrom: z.iso.date(),
  validTo: z.iso.date(),
  evidenceRef: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .meta({ description: "Reference to the enterprise's signed authorisation (授权书)" }),
});

export const authorisationSchema = authorisationInputSchema.extend({
  authorisationId: z.string(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.object({ clientId: z.string(), orgId: z.string() }),
  revokedAt: z.iso.datetime().optional(),
  revocationReason: z.string().optional(),
});

const problems = {
  400: { description: 'Malformed request', schema: problemSchema },
  401: { description: 'Missing or invalid API key', schema: problemSchema },
  403: { description: 'Not permitted', schema: problemSchema },
};

export const routes = {
  submitRecord: {
    method: 'POST',
    path: '/v1/credit-records',
    permission: 'credit-record:submit',
    summary: 'Submit or correct one credit record (keyed by your sourceRecordId; a replay changes nothing)',
    tags: ['credit'],
    // Lazy: every credit function imports these routes, and only this one needs the 18 facts schemas.
    body: z.lazy(creditSubmissionSchema),
    idempotent: true,
    maxBodyBytes: 32_768,
    responses: {
      200: { description: 'Corrected, or unchanged', schema: submissionResultSchema },
      201: { description: 'Created', schema: submissionResultSchema },
      ...problems,
      409: { description: 'The record was revoked', schema: problemSchema },
      422: { description: 'Breaks a rule', schema: problemSchema },
    },
  },
  revokeRecord: {
    method: 'POST',
    path: '/v1/credit-records/{sourceRecordId}/revocation',
    permission: 'credit-record:submit',
    summary: 'Revoke one of your records; it stops counting at once and its history is kept',
    tags: ['credit'],
    params: z.strictObject({ sourceRecordId }),
    body: reasonBody,
    idempotent: true,
    responses: {
      200: {
        description: 'Revoked (or already revoked)',
        schema: submissionResultSchema.omit({ outcome: true }),
      },
      ...problems,
      404: { description: 'No such record of yours', schema: problemSchema },
    },
  },
  listOwnRecords: {
    method: 'GET',
    path: '/v1/credit-records',
    permission: 'credit-record:list-own',
    summary: 'The records your organisation supplied, oldest change first',
    tags: ['credit'],
    query: z.strictObject({
      limit: z.coerce.number().int().min(1).max(100).default(50),
      cursor: z.string().max(500).optional(),
    }),
    responses: {
      200: {
        description: 'A page',
        schema: z.object({
          items: z.array(z.record(z.string(), z.unknown())),
          nextCursor: z.string().optional(),
        }),
      },
      ...problems,
    },
  },
  startImport: {
    method: 'POST',
    path: '/v1/credit-records/imports',
    permission: 'credit-record:submit',
    summary:
      'Bulk submission of up to 10,000 credit records, processed asynchronously (same job API as registry imports)',
    tags: ['credit', 'imports'],
    body: z.strictObject({ rows: z.array(z.unknown()).min(1).max(10_000) }),
    maxBodyBytes: 6_000_000,
    idempotent: true,
    responses: { 202: { description: 'Accepted; poll /v1/imports/{jobId}' }, ...problems },
  },
  readProfile: {
    method: 'GET',
    path: '/v1/enterprises/{uscc}/credit-profile',
    permission: 'credit-profile:read',
    auditRefusals: { subjectType: 'credit-profile', subjectParam: 'uscc' },
    summary:
      "An enterprise's credit profile. Banks need the enterprise's authorisation or a push; every read is audited",
    tags: ['credit'],
    params: z.strictObject({ uscc: usccSchema }),
    query: z.strictObject({ purpose: z.enum(readPurposes) }),
    responses: {
      200: { description: 'The profile, as your role may see it', schema: profileViewSchema },
      ...problems,
    },
  },
  recordAuthorisation: {
    method: 'POST',
    path: '/v1/credit-authorisations',
    permission: 'credit-authorisation:write',
    summary:
      "Record an enterprise's authorisation for a bank to read its credit profile (a bank records its own)",
    tags: ['credit'],
    body: authorisationInputSchema,
    idempotent: true,
    responses: {
      201: { description: 'Recorded', schema: authorisationSchema },
      ...problems,
      422: { description: 'Breaks a rule', schema: problemSchema },
    },
  },
  revokeAuthorisation: {
    method: 'POST',
    path: '/v1/credit-authorisations/{authorisationId}/revocation',
    permission: 'credit-authorisation:write',
    summary: 'Revoke an authorisation (the enterprise withdrew its consent)',
    tags: ['credit'],
    params: z.strictObject({ authorisationId: z.string().max(120) }),
    body: reasonBody,
    idempotent: true,
    responses: {
      200: { description: 'Revoked', schema: authorisationSchema },
      ...problems,
      404: { description: 'No such authorisation', schema: problemSchema },
    },
  },
} as const satisfies Record<string, RouteSpec>;
