import { freeText, usccSchema } from '@sme/kernel';
import type { RouteSpec } from '@sme/runtime';
import { etagHeader, locationHeader, problemSchema } from '@sme/runtime';
import * as z from 'zod';

/** Request and response contracts of the registry, shared by handlers, the manifest and the OpenAPI document. */

export const entityTypes = [
  'enterprise',
  'individual-business',
  'farmers-cooperative',
  'family-farm',
] as const;
export const operatingStatuses = ['normal', 'abnormal', 'revoked', 'deregistered'] as const;
export const sizeClasses = ['large', 'medium', 'small', 'micro'] as const;

/** GB/T 4754-2017: section letter, then division (2), group (3) or class (4) digits. */
export const industryCodeSchema = z
  .string()
  .regex(
    /^[A-T](\d{2}|\d{3}|\d{4})?$/,
    'GB/T 4754-2017 code: a section letter A–T and 2–4 digits, e.g. C3911',
  )
  .meta({ example: 'C3911' });

const yuan = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

export const enterpriseTagsSchema = z
  .strictObject({
    keyIndustryChain: z.strictObject({ chain: z.string().min(1).max(60) }).optional(),
    smePark: z
      .strictObject({ name: z.string().min(1).max(100), starLevel: z.int().min(1).max(5) })
      .optional(),
    techInnovative: z.boolean().optional(),
    specialisedNew: z.boolean().optional().meta({ description: '专精特新' }),
    foreignTrade: z.boolean().optional(),
    employmentAbsorbing: z.boolean().optional(),
    green: z.boolean().optional(),
    cultivationPool: z.boolean().optional().meta({ description: '培育库' }),
    noLoanHousehold: z
      .boolean()
      .optional()
      .meta({ description: '无贷户: no bank loan yet (first-loan candidate)' }),
  })
  .default({});

/** The body of `PUT /v1/enterprises/{uscc}`: what an agency knows about the enterprise. */
export const enterpriseInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  entityType: z.enum(entityTypes),
  township: z.string().regex(/^\d{9}$/, 'a 9-digit township/street code from the city config'),
  industryCode: industryCodeSchema,
  employees: z.int().min(0).max(10_000_000).optional(),
  annualRevenueYuan: yuan.optional(),
  totalAssetsYuan: yuan.optional(),
  status: z.enum(operatingStatuses).default('normal'),
  address: freeText(300, 0).optional(),
  hasFixedPremises: z.boolean().optional(),
  establishedOn: z.iso.date().optional(),
  tags: enterpriseTagsSchema,
  /** Banks (ids from the city config) already lending to the enterprise. */
  lendingBanks: z.array(z.string()).max(50).default([]),
});
export type EnterpriseInput = z.infer<typeof enterpriseInputSchema>;

export const sizeClassificationSchema = z.object({
  status: z.enum(['classified', 'insufficient-data']),
  sizeClass: z.enum(sizeClasses).optional(),
  row: z.object({ id: z.string(), name: z.string(), nameZh: z.string() }),
  reason: z.string().optional(),
  missing: z.array(z.string()).optional(),
});

export const enterpriseSchema = enterpriseInputSchema.extend({
  uscc: z.string(),
  district: z.string(),
  size: sizeClassificationSchema,
  lendingBankCount: z.int(),
  version: z.int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.object({ clientId: z.string(), orgId: z.string() }),
});
export type Enterprise = z.infer<typeof enterpriseSchema>;

export const usccParams = z.strictObject({ uscc: usccSchema });

export const listQuerySchema = z.strictObject({
  township: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  industry: z
    .string()
    .regex(/^[A-T](\d{2,4})?$/)
    .optional()
    .meta({ description: 'GB/T 4754 code prefix, e.g. C or C39 or C3911' }),
  sizeClass: z.enum(sizeClasses).optional(),
  entityType: z.enum(entityTypes).optional(),
  status: z.enum(operatingStatuses).optional(),
  tag: z
    .string()
    .max(80)
    .optional()
    .meta({ description: 'e.g. no-loan-household, key-industry-chain, sme-park, lending-bank:bank-gs' }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2000).optional(),
});

export const enterprisePageSchema = z.object({
  items: z.array(enterpriseSchema),
  nextCursor: z.string().optional(),
});

export const importRowSchema = enterpriseInputSchema.extend({ uscc: z.string() });

export const importRequestSchema = z.strictObject({
  rows: z.array(z.unknown()).min(1).max(10_000),
});

export const importJobSchema = z.object({
  jobId: z.string(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'completed']),
  totalRows: z.int(),
  processedRows: z.int(),
  acceptedRows: z.int(),
  rejectedRows: z.int(),
  createdAt: z.iso.datetime(),
  completedAt: z.iso.datetime().optional(),
  createdBy: z.object({ clientId: z.string(), orgId: z.string() }),
});

export const importRowResultSchema = z.object({
  row: z
    .int()
    .meta({ description: '1-based row number in the submitted file (CSV: data rows, header excluded)' }),
  outcome: z.enum(['registered', 'updated', 'created', 'corrected', 'unchanged', 'rejected']),
  uscc: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

const problems = {
  400: { description: 'Malformed request', schema: problemSchema },
  401: { description: 'Missing or invalid API key', schema: problemSchema },
  403: { description: 'Role lacks the permission', schema: problemSchema },
};

export const routes = {
  upsertEnterprise: {
    method: 'PUT',
    path: '/v1/enterprises/{uscc}',
    permission: 'enterprise:write',
    summary: 'Register or update an enterprise by its unified social credit code',
    tags: ['registry'],
    params: usccParams,
    body: enterpriseInputSchema,
    conditional: true,
    maxBodyBytes: 16_384,
    responses: {
      200: {
        description: 'Updated (or unchanged); ETag carries the version',
        schema: enterpriseSchema,
        headers: { ...etagHeader },
      },
      201: {
        description: 'Registered',
        schema: enterpriseSchema,
        headers: { ...etagHeader, ...locationHeader },
      },
      ...problems,
      412: { description: 'If-Match does not match the current version', schema: problemSchema },
      413: { description: 'Body too large', schema: problemSchema },
      422: { description: 'Valid JSON that breaks a rule (unknown township or bank)', schema: problemSchema },
    },
  },
  getEnterprise: {
    method: 'GET',
    path: '/v1/enterprises/{uscc}',
    permission: 'enterprise:read',
    summary: 'Read an enterprise',
    tags: ['registry'],
    params: usccParams,
    responses: {
      200: { description: 'The enterprise', schema: enterpriseSchema, headers: { ...etagHeader } },
      ...problems,
      404: { description: 'Not registered', schema: problemSchema },
    },
  },
  listEnterprises: {
    method: 'GET',
    path: '/v1/enterprises',
    permission: 'enterprise:read',
    summary: 'List enterprises by township, industry, size class, entity type, tag or status',
    tags: ['registry'],
    query: listQuerySchema,
    responses: { 200: { description: 'A page', schema: enterprisePageSchema }, ...problems },
  },
  startImport: {
    method: 'POST',
    path: '/v1/enterprises/imports',
    permission: 'enterprise:import',
    summary: 'Bulk import up to 10,000 enterprises (JSON {rows} or text/csv), processed asynchronously',
    tags: ['registry'],
    body: importRequestSchema,
    bodyMediaTypes: ['text/csv'],
    maxBodyBytes: 6_000_000,
    idempotent: true,
    responses: {
      202: { description: 'Accepted; poll the job', schema: importJobSchema, headers: { ...locationHeader } },
      ...problems,
      413: { description: 'Too large', schema: problemSchema },
    },
  },
  getImport: {
    method: 'GET',
    path: '/v1/imports/{jobId}',
    permission: 'import:read',
    summary: 'Progress of an import job',
    tags: ['imports'],
    params: z.strictObject({ jobId: z.string().regex(/^[A-Za-z0-9_-]{10,40}$/) }),
    responses: {
      200: { description: 'The job', schema: importJobSchema },
      ...problems,
      404: { description: 'No such job', schema: problemSchema },
    },
  },
  listImportRows: {
    method: 'GET',
    path: '/v1/imports/{jobId}/rows',
    permission: 'import:read',
    summary: 'Per-row results of an import job',
    tags: ['imports'],
    params: z.strictObject({ jobId: z.string().regex(/^[A-Za-z0-9_-]{10,40}$/) }),
    query: z.strictObject({
      outcome: z.enum(['registered', 'updated', 'created', 'corrected', 'unchanged', 'rejected']).optional(),
      cursor: z.string().max(200).optional(),
    }),
    responses: {
      200: {
        description: 'Row results, in row order',
        schema: z.object({ items: z.array(importRowResultSchema), nextCursor: z.string().optional() }),
      },
      ...problems,
      404: { description: 'No such job', schema: problemSchema },
    },
  },
} as const satisfies Record<string, RouteSpec>;
