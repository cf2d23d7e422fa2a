import { freeText, usccSchema } from '@sme/kernel';
import type { RouteSpec } from '@sme/runtime';
import {
  etagHeader,
  importJobSchema,
  importRowResultSchema,
  locationHeader,
  problemSchema,
  xlsxMediaType,
} from '@sme/runtime';
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

/** The query of the enterprise export: the filters of the list, and the file format. */
export const exportQuerySchema = listQuerySchema.omit({ limit: true, cursor: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv').meta({
    description: 'csv: UTF-8 with BOM (Excel opens it as is); xlsx: an Excel workbook',
  }),
});

export const templateQuerySchema = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('csv').meta({
    description:
      "csv: the header row, UTF-8 with BOM; xlsx: a workbook with the header row and a sheet of notes (columns, codes, the city's townships and banks)",
  }),
});

/** An export holds at most as many enterprises as one import takes, so it can always be imported again. */
export const maxExportRows = 10_000;

export const importRequestSchema = z.strictObject({
  rows: z.array(z.unknown()).min(1).max(10_000),
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
    example: {
      name: '临山市青石精密机械有限公司',
      entityType: 'enterprise',
      township: '999101002',
      industryCode: 'C3484',
      employees: 46,
      annualRevenueYuan: 18_600_000,
      totalAssetsYuan: 21_500_000,
      status: 'normal',
      address: '临山市东湖区青石镇工业园区纬二路8号',
      hasFixedPremises: true,
      establishedOn: '2017-05-18',
      tags: {
        keyIndustryChain: { chain: '高端装备制造' },
        smePark: { name: '青石镇小微企业园', starLevel: 3 },
        specialisedNew: true,
        employmentAbsorbing: true,
      },
      lendingBanks: ['bank-nh'],
    },
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
    summary: 'Bulk import up to 10,000 enterprises (JSON {rows}, CSV or .xlsx), processed asynchronously',
    description: [
      'A file (`text/csv` or `.xlsx`) has a header row naming its columns in Chinese or English (统一社会信用代码 or uscc …; the template writes both: GET /v1/enterprises/imports/template); docs/imports.md lists them.',
      'CSV may be UTF-8 (with or without BOM) or GBK/GB18030, as Excel saves it: declare it (`text/csv; charset=gbk`) or leave it to be detected. Bytes that are not text in that encoding refuse the whole file (400 naming `body.line.N`); nothing is stored garbled.',
      'An .xlsx file is read from its first worksheet. Row results carry the spreadsheet row numbers.',
    ].join('\n\n'),
    tags: ['registry'],
    body: importRequestSchema,
    example: {
      rows: [
        {
          uscc: '92999101MA6P3LD0W1',
          name: '临山市东湖区李记早餐店',
          entityType: 'individual-business',
          township: '999101001',
          industryCode: 'H6291',
          employees: 4,
          annualRevenueYuan: 680_000,
          address: '临山市东湖区东湖街道湖滨路27号',
          hasFixedPremises: true,
          establishedOn: '2019-03-12',
          tags: { noLoanHousehold: true },
        },
        {
          uscc: '93999101MA5R8TN1Y9',
          name: '临山市青石镇云雾茶叶专业合作社',
          entityType: 'farmers-cooperative',
          township: '999101002',
          industryCode: 'A0164',
          employees: 12,
          annualRevenueYuan: 2_400_000,
          totalAssetsYuan: 3_100_000,
          establishedOn: '2015-08-20',
          tags: { green: true, noLoanHousehold: true },
          lendingBanks: [],
        },
      ],
    },
    bodyMediaTypes: ['text/csv', xlsxMediaType],
    maxBodyBytes: 6_000_000,
    idempotent: true,
    responses: {
      202: { description: 'Accepted; poll the job', schema: importJobSchema, headers: { ...locationHeader } },
      ...problems,
      413: { description: 'Too large', schema: problemSchema },
      415: { description: 'A media type or charset not accepted', schema: problemSchema },
    },
  },
  importTemplate: {
    method: 'GET',
    path: '/v1/enterprises/imports/template',
    permission: 'enterprise:import',
    summary: 'The bulk-import template (CSV or .xlsx): fill it in and POST it to /v1/enterprises/imports',
    tags: ['registry'],
    query: templateQuerySchema,
    responses: {
      200: {
        description: 'The template (format=csv: text/csv, UTF-8 with BOM; format=xlsx: a workbook)',
        mediaTypes: ['text/csv', xlsxMediaType],
        headers: {
          'Content-Disposition': 'attachment; filename="enterprise-import-template.csv" (or .xlsx)',
        },
      },
      ...problems,
    },
  },
  exportEnterprises: {
    method: 'GET',
    path: '/v1/enterprises/export',
    permission: 'enterprise:read',
    summary: 'Export the enterprises matching the list filters as CSV or .xlsx, in the import columns',
    description:
      'The same filters as GET /v1/enterprises, every match in one file (at most 10,000: narrow the filters beyond that), in the columns of the import, so importing the file again changes nothing.',
    tags: ['registry'],
    query: exportQuerySchema,
    responses: {
      200: {
        description: 'The enterprises (format=csv: text/csv, UTF-8 with BOM; format=xlsx: a workbook)',
        mediaTypes: ['text/csv', xlsxMediaType],
        headers: { 'Content-Disposition': 'attachment; filename="enterprises-<city>-<date>.csv" (or .xlsx)' },
      },
      ...problems,
      422: { description: 'More enterprises match than one file holds (10,000)', schema: problemSchema },
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
