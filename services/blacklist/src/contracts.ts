import { freeText } from '@sme/kernel';
import { etagHeader, locationHeader, problemSchema, type RouteSpec } from '@sme/runtime';
import * as z from 'zod';
import { reportInputSchema } from './domain/entry.ts';
import { entryStates } from './domain/entry-state.ts';
import { screeningRequestSchema } from './domain/screen-application.ts';

/** Request and response contracts of the illegal-intermediary blacklist and screening. */

const entryId = z.string().regex(/^bl-[0-9a-f]{20}$/, 'an entry id as this API returns it');
const screeningId = z.string().regex(/^scr-[0-9a-f]{20}$/, 'a screening id as this API returns it');
const limit = z.coerce.number().int().min(1).max(100).default(50);
const cursor = z.string().max(2000).optional();
const reasons = freeText(2000);

const maskedParty = z
  .object({
    partyId: z.string(),
    kind: z.enum(['organisation', 'individual']),
    name: z
      .string()
      .meta({ description: "An individual's name is masked (张*) except for the coordination office" }),
    uscc: z.string().optional(),
    idNumber: z
      .string()
      .optional()
      .meta({ description: 'Masked: region code and last four (110101********1234)' }),
    phones: z.array(z.string()).meta({ description: 'Masked (138****5678)' }),
    accounts: z.array(z.string()).meta({ description: 'Masked (****1234)' }),
  })
  .passthrough();

const reviewerEntrySchema = z
  .object({
    entryId: z.string(),
    version: z.int(),
    state: z.enum(entryStates),
    listed: z.boolean(),
    category: z.string(),
    description: z.string(),
    evidenceRefs: z.array(z.string()),
    enterprises: z.array(z.string()),
    parties: z.array(maskedParty),
    reporter: z.object({ orgId: z.string(), clientId: z.string(), role: z.string() }),
    reportedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .passthrough()
  .meta({ id: 'BlacklistReport', description: 'A report or list entry as the coordination office sees it' });

const bankEntrySchema = z
  .object({
    entryId: z.string(),
    version: z.int(),
    status: z.enum(['confirmed', 'appealed', 'revoked']),
    category: z.string().optional(),
    parties: z.array(maskedParty).optional(),
    enterprises: z.array(z.string()).optional(),
    criteriaMet: z.array(z.object({ code: z.string(), text: z.string() })).optional(),
    reasons: z.string().optional(),
    listedAt: z.iso.datetime().optional(),
    revokedAt: z.iso.datetime().optional(),
  })
  .passthrough()
  .meta({
    id: 'BlacklistEntry',
    description:
      'A list entry as banks see it: masked parties, criteria met; never the reporter or the evidence',
  });

const match = z.object({
  entryId: z.string(),
  partyIds: z.array(z.string()),
  matchedFields: z.array(z.string()),
  score: z.number(),
  strong: z.boolean(),
  explanation: z.string(),
});
const screeningSchema = z
  .object({
    screeningId: z.string(),
    version: z.int(),
    application: z.object({ uscc: z.string(), declarationId: z.string().optional() }),
    outcome: z.enum(['hit', 'possible-hit', 'clear']),
    parties: z.array(
      z.object({
        index: z.int(),
        role: z.string(),
        party: z.record(z.string(), z.unknown()),
        outcome: z.enum(['hit', 'possible-hit', 'clear']),
        matches: z.array(match),
      }),
    ),
    hitEntryIds: z.array(z.string()),
    decisions: z.array(z.record(z.string(), z.unknown())),
    at: z.iso.datetime(),
  })
  .passthrough()
  .meta({
    id: 'Screening',
    description: 'Per party: hit, possible hit or clear, with the matched entries and why',
  });

const problems = {
  400: { description: 'Malformed request', schema: problemSchema },
  401: { description: 'Missing or invalid API key', schema: problemSchema },
  403: { description: 'Not permitted', schema: problemSchema },
};
const commandProblems = {
  ...problems,
  404: { description: 'No such report', schema: problemSchema },
  409: {
    description: 'The state machine refuses the step (names the state and allowed steps)',
    schema: problemSchema,
  },
  412: { description: 'If-Match is not the current version', schema: problemSchema },
  422: { description: 'Breaks a rule', schema: problemSchema },
};
const entryParams = z.strictObject({ entryId });
const command = <B extends z.ZodType>(summary: string, path: string, body: B, example: z.input<B>) => ({
  method: 'POST' as const,
  path: `/v1/blacklist/reports/{entryId}${path}`,
  permission: 'blacklist:review' as const,
  summary,
  tags: ['blacklist'],
  params: entryParams,
  body,
  example,
  idempotent: true,
  conditional: true,
  responses: {
    200: { description: 'The entry after the step', schema: reviewerEntrySchema, headers: { ...etagHeader } },
    ...commandProblems,
  },
});

export const routes = {
  createReport: {
    method: 'POST',
    path: '/v1/blacklist/reports',
    permission: 'blacklist:report',
    summary:
      'Report an illegal intermediary with evidence references; individual identifiers are kept only as keyed hashes and masked forms',
    tags: ['blacklist'],
    body: reportInputSchema,
    example: {
      category: 'illegal-loan-facilitation',
      description:
        '该公司业务员以“包过、低息”为名，向青石镇多家企业承诺代办银行贷款，要求按贷款金额6%预付“服务费”，并自称与农业银行临山分行有合作。',
      evidenceRefs: ['bank-nh://complaints/2026-1107', 'ls-qingshi-tn://visit-records/2026-11-18'],
      enterprises: ['91999101MA7G2KX5R0'],
      parties: [
        {
          kind: 'organisation',
          name: '临山市速融商务信息咨询有限公司',
          uscc: '91999101MA0XK7P3BK',
          aliases: ['速融助贷'],
        },
        {
          kind: 'individual',
          name: '赵立新',
          idNumber: '999101198607152533',
          phones: ['13700137000'],
          accounts: ['6217000012345678901'],
        },
      ],
    },
    idempotent: true,
    maxBodyBytes: 65_536,
    responses: {
      201: {
        description: 'Recorded (state reported); identifiers masked',
        schema: z.record(z.string(), z.unknown()),
        headers: { ...etagHeader, ...locationHeader },
      },
      ...problems,
      422: { description: 'Breaks a rule (names the field, never the value)', schema: problemSchema },
    },
  },
  listReports: {
    method: 'GET',
    path: '/v1/blacklist/reports',
    permission: 'blacklist:review',
    summary: 'Reports and entries in one state, oldest report first (the review work list)',
    tags: ['blacklist'],
    query: z.strictObject({ state: z.enum(entryStates).default('reported'), limit, cursor }),
    responses: {
      200: {
        description: 'A page',
        schema: z.object({ items: z.array(reviewerEntrySchema), nextCursor: z.string().optional() }),
      },
      ...problems,
    },
  },
  getReport: {
    method: 'GET',
    path: '/v1/blacklist/reports/{entryId}',
    permission: 'blacklist:review',
    summary: 'A report with its reporter, evidence, decision, appeals and merges; ETag carries the version',
    tags: ['blacklist'],
    params: entryParams,
    responses: {
      200: { description: 'The report', schema: reviewerEntrySchema, headers: { ...etagHeader } },
      ...problems,
      404: { description: 'No such report', schema: problemSchema },
    },
  },
  decideReport: command(
    'Confirm (at least one criterion of the identification standard met) or dismiss, with reasons; the reasons are shared with banks',
    '/decision',
    z.strictObject({
      outcome: z.enum(['confirm', 'dismiss']),
      criteria: z
        .array(
          z.strictObject({
            code: z.string().min(1).max(63),
            met: z.boolean(),
            note: freeText(1000).optional(),
          }),
        )
        .max(50)
        .default([]),
      reasons,
    }),
    {
      outcome: 'confirm',
      criteria: [
        { code: 'unlicensed-intermediation', met: true, note: '无金融业务许可，居间撮合贷款并收取费用' },
        { code: 'fee-padding', met: true, note: '收据载明“贷款服务费”18万元' },
        { code: 'impersonation', met: false },
      ],
      reasons:
        '农业银行临山分行和青石镇分别反映同一中介以“包过”为名收取服务费，收据与聊天记录相互印证，符合认定标准第一、三项',
    },
  ),
  recordAppeal: command(
    "Record an appeal received from the listed party (the office records it on the party's behalf); the listing stands meanwhile",
    '/appeal',
    z.strictObject({
      appellant: freeText(200),
      grounds: reasons,
      receivedOn: z.iso.date(),
    }),
    {
      appellant: '赵立新（委托代理人：临山明正律师事务所 周律师）',
      grounds: '所收费用为财务咨询服务费，双方签有书面服务合同，未冒用银行名义，不属于非法助贷',
      receivedOn: '2026-12-02',
    },
  ),
  decideAppeal: command(
    'Decide the open appeal: upheld revokes the entry, rejected keeps it confirmed',
    '/appeal/decision',
    z.strictObject({ outcome: z.enum(['upheld', 'rejected']), reasons }),
    {
      outcome: 'rejected',
      reasons: '服务合同约定按放款金额比例收费，属于认定标准所列抬高企业综合融资成本的情形，申诉理由不成立',
    },
  ),
  revokeEntry: command(
    'Take a confirmed entry off the list',
    '/revocation',
    z.strictObject({ reason: reasons }),
    { reason: '经复核，原认定所依据的收据系他人冒用该公司名义出具，经工作机制办公室研究决定移出名单' },
  ),
  mergeReport: command(
    'Fold a duplicate report (still reported) into this entry: parties, enterprises and evidence join it; the duplicate closes as merged',
    '/merges',
    z.strictObject({ duplicateId: entryId }),
    { duplicateId: 'bl-7c1e0d9a4b2f68e5c3a1' },
  ),
  listEntries: {
    method: 'GET',
    path: '/v1/blacklist/entries',
    permission: 'blacklist:read',
    summary: 'The entries on the shared list now (confirmed or under appeal), masked; every read is audited',
    tags: ['blacklist'],
    query: z.strictObject({ limit, cursor, purpose: freeText(200).optional() }),
    responses: {
      200: {
        description: 'A page',
        schema: z.object({ items: z.array(bankEntrySchema), nextCursor: z.string().optional() }),
      },
      ...problems,
    },
  },
  getEntry: {
    method: 'GET',
    path: '/v1/blacklist/entries/{entryId}',
    permission: 'blacklist:read',
    summary: 'One entry a BlacklistEntryChanged notice named (listed, or revoked); audited',
    tags: ['blacklist'],
    params: entryParams,
    query: z.strictObject({ purpose: freeText(200).optional() }),
    responses: {
      200: { description: 'The entry', schema: bankEntrySchema, headers: { ...etagHeader } },
      ...problems,
      404: { description: 'No such entry on the list', schema: problemSchema },
    },
  },
  runScreening: {
    method: 'POST',
    path: '/v1/screenings',
    permission: 'screening:run',
    summary:
      'Screen the parties around an application: per party hit (strong identifier), possible hit (name) or clear; a hit ties the enterprise to the entry',
    tags: ['blacklist'],
    body: screeningRequestSchema,
    example: {
      application: { uscc: '91999101MA7G2KX5R0', declarationId: 'd-3f9c2a7e5b1d4c8a6e02' },
      parties: [
        { role: 'consultant', kind: 'individual', name: '赵立新', phones: ['137-0013-7000'] },
        { role: 'agent', kind: 'organisation', name: '临山市青石镇宏达财务代理记账有限公司' },
      ],
      phones: ['13600136000'],
      purpose: '申报清单筛查',
    },
    idempotent: true,
    maxBodyBytes: 65_536,
    responses: {
      201: {
        description: 'The screening, stored and audited',
        schema: screeningSchema,
        headers: { ...locationHeader },
      },
      ...problems,
      422: { description: 'Breaks a rule (names the field, never the value)', schema: problemSchema },
    },
  },
  getScreening: {
    method: 'GET',
    path: '/v1/screenings/{screeningId}',
    permission: 'screening:run',
    summary: 'A screening (the requesting organisation or the coordination office)',
    tags: ['blacklist'],
    params: z.strictObject({ screeningId }),
    responses: {
      200: { description: 'The screening', schema: screeningSchema },
      ...problems,
      404: { description: 'No such screening', schema: problemSchema },
    },
  },
  decideScreeningMatch: {
    method: 'POST',
    path: '/v1/screenings/{screeningId}/decisions',
    permission: 'blacklist:review',
    summary:
      'A reviewer on a possible hit: "same" makes it a confirmed hit; "not-same" is remembered and the pair is skipped in later screenings',
    tags: ['blacklist'],
    params: z.strictObject({ screeningId }),
    body: z.strictObject({
      partyIndex: z.int().min(0).max(100),
      entryId,
      decision: z.enum(['same', 'not-same']),
      note: freeText(1000).optional(),
    }),
    example: {
      partyIndex: 1,
      entryId: 'bl-7c1e0d9a4b2f68e5c3a1',
      decision: 'not-same',
      note: '同名不同主体：名单所列为西岭区的代理记账公司，统一社会信用代码与经营地址均不同',
    },
    idempotent: true,
    responses: {
      200: { description: 'The screening with the decision', schema: screeningSchema },
      ...problems,
      404: { description: 'No such screening or match', schema: problemSchema },
      409: {
        description: 'Already decided, a strong hit, or the entry left the list',
        schema: problemSchema,
      },
    },
  },
  keyVersions: {
    method: 'GET',
    path: '/v1/blacklist/key-versions',
    permission: 'blacklist:keys',
    summary:
      'Ops: per identifier key version, how many listed entries and reports still hold hashes made with it; an older version with none left can be retired',
    tags: ['blacklist'],
    responses: {
      200: {
        description: 'The key versions in use',
        schema: z
          .object({
            current: z.string(),
            versions: z.array(
              z.object({
                keyVersion: z.string(),
                current: z.boolean(),
                live: z.boolean().meta({ description: 'In the keyring: screening still hashes under it' }),
                listed: z.int(),
                reported: z.int(),
                identifiers: z.int(),
              }),
            ),
            retirable: z.array(z.string()).meta({
              description: 'Older live versions no listed entry or report holds any more',
            }),
            pendingRekeyHints: z.int().meta({
              description: 'Reports made during the re-keying window whose identifiers are not yet applied',
            }),
          })
          .meta({ id: 'BlacklistKeyVersions' }),
      },
      ...problems,
    },
  },
} as const satisfies Record<string, RouteSpec>;
