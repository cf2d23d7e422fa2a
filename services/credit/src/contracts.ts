import { freeText, usccSchema } from '@sme/kernel';
import { importJobSchema, locationHeader, problemSchema, type RouteSpec } from '@sme/runtime';
import * as z from 'zod';
import { confirmationMethods, consentPurposes, signerCapacities } from './domain/consent.ts';
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
const reasonBody = z.strictObject({ reason: freeText(1000) });

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

const sha256Hex = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, '64 hexadecimal digits (SHA-256)')
  .transform((h) => h.toLowerCase());

export const authorisationInputSchema = z.strictObject({
  uscc: usccSchema,
  bankId: z.string().min(1).max(63),
  scope: z
    .array(z.enum(['credit-profile']))
    .min(1)
    .default(['credit-profile']),
  purposes: z.array(z.enum(consentPurposes)).min(1).meta({
    description: 'What the enterprise lets the bank read its profile for; each read must name one of these',
  }),
  description: freeText(200)
    .optional()
    .meta({ description: 'e.g. the loan applied for; personal identifiers in it are stored masked' }),
  validFrom: z.iso
    .date()
    .meta({ description: 'Not before the filing day (Asia/Shanghai): consent does not reach back' }),
  validTo: z.iso.date(),
  document: z
    .strictObject({
      sha256: sha256Hex.meta({ description: 'SHA-256 of the scanned, signed authorisation (授权书)' }),
      signedOn: z.iso.date(),
      signer: z.strictObject({
        name: z.string().trim().min(1).max(50),
        capacity: z.enum(signerCapacities),
      }),
      reference: z
        .string()
        .trim()
        .min(1)
        .max(300)
        .optional()
        .meta({ description: "The bank's archive reference" }),
    })
    .meta({
      description: "The enterprise's signed authorisation; the office or township checks it on confirming",
    }),
});

const actorSchema = z.object({ clientId: z.string(), orgId: z.string(), role: z.string() });
export const authorisationSchema = authorisationInputSchema.extend({
  authorisationId: z.string(),
  township: z.string().optional(),
  state: z.enum(['pending', 'confirmed', 'declined', 'revoked', 'withdrawn']).meta({
    description:
      'pending: filed, not yet in effect; confirmed: the enterprise confirmed through the office or its township (in effect within its validity); declined / revoked: the enterprise refused or withdrew; withdrawn: by the bank',
  }),
  recordedAt: z.iso.datetime(),
  recordedBy: z.object({ clientId: z.string(), orgId: z.string() }),
  confirmation: z
    .object({
      by: actorSchema,
      at: z.iso.datetime(),
      method: z.enum(confirmationMethods),
      note: z.string().optional(),
    })
    .optional(),
  ended: z.object({ by: actorSchema, at: z.iso.datetime(), reason: z.string() }).optional(),
});

export const confirmationInputSchema = z.strictObject({
  method: z.enum(confirmationMethods).meta({
    description:
      'in-person: the legal representative or agent confirmed at the office or township; phone-callback: on a call to the number in the registry; document-inspected: the original was seen (give its documentSha256)',
  }),
  documentSha256: sha256Hex.optional(),
  note: z.string().trim().min(1).max(500).optional(),
});

const authorisationId = z.string().max(120);
const limit = z.coerce.number().int().min(1).max(100).default(50);

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
    example: {
      sourceRecordId: 'LS-AMR-CF-2026-0112',
      category: 'administrative-penalty',
      uscc: '91999101MA7G2KX5R0',
      occurredOn: '2026-10-16',
      facts: {
        authority: '临山市市场监督管理局',
        decisionNo: '临市监处罚〔2026〕112号',
        amountFen: 500_000,
        reason: '部分出厂产品未按规定标注产品执行标准',
      },
      evidenceRef: '行政处罚决定书 临市监处罚〔2026〕112号',
    },
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
    example: { reason: '该处罚决定已于2026年11月20日经行政复议撤销（临政复决〔2026〕31号）' },
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
    example: {
      rows: [
        {
          sourceRecordId: 'LS-AMR-XK-2026-0456',
          category: 'administrative-licence',
          uscc: '91999101MA7G2KX5R0',
          occurredOn: '2026-09-08',
          expiresOn: '2031-09-08',
          facts: {
            authority: '临山市市场监督管理局',
            licenceNo: '临XK2026-0456',
            licenceName: '特种设备生产许可证（压力管道元件）',
          },
          evidenceRef: '许可决定书 临市监许〔2026〕456号',
        },
        {
          sourceRecordId: 'LS-AMR-JY-2026-0871',
          category: 'abnormal-operation',
          uscc: '91999101MA1C9EF4DW',
          occurredOn: '2026-07-01',
          facts: { reason: 'annual-report-not-filed', listedOn: '2026-07-01' },
          evidenceRef: '列入经营异常名录决定书 临市监异〔2026〕871号',
        },
      ],
    },
    maxBodyBytes: 6_000_000,
    idempotent: true,
    responses: {
      202: {
        description: 'Accepted; poll /v1/imports/{jobId}',
        schema: importJobSchema,
        headers: { ...locationHeader },
      },
      ...problems,
    },
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
      "File an enterprise's signed authorisation for a bank (a bank files its own); it takes effect once the enterprise confirms it through the office or its township",
    tags: ['credit'],
    body: authorisationInputSchema,
    example: {
      uscc: '91999101MA7G2KX5R0',
      bankId: 'bank-nh',
      scope: ['credit-profile'],
      purposes: ['credit-assessment', 'loan-review'],
      description: '流动资金贷款300万元（农行小微企业流动资金贷款）',
      validFrom: '2026-12-07',
      validTo: '2027-06-06',
      document: {
        sha256: 'c3f40087d27d5c0db99d9eafe11b03ba3eac1f897cc30470d722819b0f47cc07',
        signedOn: '2026-12-03',
        signer: { name: '陈建华', capacity: 'legal-representative' },
        reference: '农行临山分行授权书 NH-LS-2026-1203-017',
      },
    },
    idempotent: true,
    responses: {
      201: {
        description: "Filed, pending the enterprise's confirmation",
        schema: authorisationSchema,
        headers: { ...locationHeader },
      },
      ...problems,
      422: { description: 'Breaks a rule', schema: problemSchema },
    },
  },
  listAuthorisations: {
    method: 'GET',
    path: '/v1/credit-authorisations',
    permission: 'credit-authorisation:read',
    summary:
      'Authorisations by state, newest first: a bank its own, a township agency those of its townships, the office all; or every one of an enterprise (uscc)',
    tags: ['credit'],
    query: z.strictObject({
      state: z.enum(['pending', 'confirmed', 'declined', 'revoked', 'withdrawn']).default('pending'),
      uscc: usccSchema.optional(),
      limit,
      cursor: z.string().max(1000).optional(),
    }),
    responses: {
      200: {
        description: 'A page of authorisations',
        schema: z.object({ items: z.array(authorisationSchema), nextCursor: z.string().optional() }),
      },
      ...problems,
    },
  },
  getAuthorisation: {
    method: 'GET',
    path: '/v1/credit-authorisations/{authorisationId}',
    permission: 'credit-authorisation:read',
    summary: 'One authorisation (a bank sees its own; a township agency those of its townships)',
    tags: ['credit'],
    params: z.strictObject({ authorisationId }),
    responses: {
      200: { description: 'The authorisation', schema: authorisationSchema },
      ...problems,
      404: { description: 'No such authorisation', schema: problemSchema },
    },
  },
  confirmAuthorisation: {
    method: 'POST',
    path: '/v1/credit-authorisations/{authorisationId}/confirmation',
    permission: 'credit-authorisation:confirm',
    summary:
      "Record that the enterprise confirmed the authorisation (the office, or the township agency of the enterprise's township)",
    tags: ['credit'],
    params: z.strictObject({ authorisationId }),
    body: confirmationInputSchema,
    example: {
      method: 'document-inspected',
      documentSha256: 'c3f40087d27d5c0db99d9eafe11b03ba3eac1f897cc30470d722819b0f47cc07',
      note: '法定代表人陈建华持授权书原件到青石镇便民服务中心当面确认',
    },
    idempotent: true,
    responses: {
      200: { description: 'Confirmed: in effect within its validity', schema: authorisationSchema },
      ...problems,
      404: { description: 'No such authorisation', schema: problemSchema },
      409: { description: 'Not pending (already confirmed or ended)', schema: problemSchema },
      422: { description: 'The document does not match', schema: problemSchema },
    },
  },
  revokeAuthorisation: {
    method: 'POST',
    path: '/v1/credit-authorisations/{authorisationId}/revocation',
    permission: 'credit-authorisation:revoke',
    summary:
      "End an authorisation: the enterprise's refusal or revocation (recorded by the office or its township), or the bank's withdrawal",
    tags: ['credit'],
    params: z.strictObject({ authorisationId }),
    body: reasonBody,
    example: { reason: '企业法定代表人到青石镇便民服务中心书面撤回授权：已改向其他银行申请贷款' },
    idempotent: true,
    responses: {
      200: { description: 'Ended (reads under it stop at once)', schema: authorisationSchema },
      ...problems,
      404: { description: 'No such authorisation', schema: problemSchema },
    },
  },
} as const satisfies Record<string, RouteSpec>;
