import { freeText } from '@sme/kernel';
import { etagHeader, locationHeader, problemSchema, type RouteSpec, xlsxMediaType } from '@sme/runtime';
import * as z from 'zod';
import { reviewableCriteria } from './config.ts';
import { declarationInputSchema } from './domain/declaration.ts';
import { declarationStates, removalReasons } from './domain/declaration-state.ts';
import { pushAdjustmentSchema } from './domain/push-adjustments.ts';

/** Request and response contracts of list matching, shared by handlers, the manifest and the OpenAPI document. */

const declarationId = z.string().regex(/^d-[0-9a-f]{20}$/, 'a declaration id as this API returns it');
const batchId = z.string().regex(/^pb-\d{8}-[0-9a-f]{8}$/, 'a push batch id as this API returns it');
const township = z.string().regex(/^\d{9}$/, 'a 9-digit township code');
const limit = z.coerce.number().int().min(1).max(100).default(50);
const cursor = z.string().max(1000).optional();

const reason = z.object({
  rule: z.union([z.int(), z.literal('adjustment')]),
  code: z.string(),
  refuses: z.boolean(),
  detail: z.string(),
});
const bankDecision = z.object({
  bankId: z.string(),
  rank: z.int().nullable(),
  existingLender: z.boolean(),
  products: z.array(z.string()),
  reasons: z.array(reason),
  pushId: z.string().optional(),
});
const batchEntry = z
  .object({
    declarationId: z.string(),
    uscc: z.string(),
    keyIndustryChain: z.boolean(),
    status: z.enum(['assigned', 'unassigned', 'excluded']),
    assignedBanks: z.array(bankDecision),
    excludedBanks: z.array(bankDecision),
    exclusion: z.array(reason),
    flags: z.array(z.string()),
  })
  .passthrough()
  .meta({
    id: 'PushBatchEntry',
    description: 'One enterprise of a batch: the banks pushed and why, the others and why not',
  });

export const declarationSchema = z
  .object({
    id: z.string(),
    uscc: z.string(),
    state: z.enum(declarationStates),
    version: z.int(),
    demand: z.record(z.string(), z.unknown()),
    demandKey: z
      .string()
      .meta({ description: 'purpose|guaranteeType: one open declaration per enterprise per key' }),
    source: z.object({ kind: z.string(), orgId: z.string(), clientId: z.string() }),
    screening: z
      .object({
        outcome: z.enum(['pass', 'fail', 'needs-attestation']),
        criteria: z.array(
          z.object({
            criterion: z.string(),
            label: z.string(),
            outcome: z.string(),
            reason: z.string(),
            records: z.array(z.string()),
          }),
        ),
      })
      .passthrough()
      .optional(),
    keyIndustryChain: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .passthrough()
  .meta({ id: 'Declaration', description: 'A declaration (申报清单) with its screening, reviews and state' });

const declarationPage = z.object({ items: z.array(declarationSchema), nextCursor: z.string().optional() });

const batchSelection = z.strictObject({
  /** Omitted: every RECOMMENDED declaration. */
  declarationIds: z.array(declarationId).min(1).max(10_000).optional(),
  adjustments: z.array(pushAdjustmentSchema).max(10_000).default([]),
});

const confirmProgressSchema = z
  .object({
    chunks: z.object({
      total: z.int().meta({ description: 'Chunks of the batch: each is written in one transaction' }),
      done: z.int().meta({ description: 'Chunks written, announced and counted' }),
    }),
    pushes: z.object({
      total: z.int().meta({ description: 'Pushes the batch decided (summary.pushes)' }),
      done: z.int().meta({ description: 'Pushes written so far, each announced once as EnterprisePushed' }),
      dropped: z.int().meta({
        description:
          'Pushes not written: their declaration changed (removed, re-screened) before its chunk was confirmed',
      }),
    }),
  })
  .meta({
    id: 'PushBatchProgress',
    description:
      'Where the confirm has got to: done = total (pushes: done + dropped = total) once the batch is CONFIRMED; zero while DRAFT',
  });

export const pushBatchSchema = z
  .object({
    batchId: z.string(),
    state: z.enum(['DRAFT', 'CONFIRMING', 'CONFIRMED']).meta({
      description:
        'DRAFT: decided, nothing pushed. CONFIRMING: the confirm was accepted and its chunks are being written in the background. CONFIRMED: every push written and announced',
    }),
    version: z.int(),
    maxBanksPerEnterprise: z.int(),
    summary: z.record(z.string(), z.unknown()),
    banks: z.array(z.object({ bankId: z.string(), capacity: z.int(), load: z.int() })),
    skipped: z.array(z.object({ declarationId: z.string(), uscc: z.string(), reason: z.string() })),
    chunkCount: z.int().optional(),
    creditAccessUntil: z.iso.date().optional(),
    createdAt: z.iso.datetime(),
    confirm: z
      .object({
        startedAt: z.iso.datetime(),
        by: z.object({ clientId: z.string(), orgId: z.string() }),
        creditAccessUntil: z.iso.date(),
        queuedAt: z.iso.datetime().optional(),
      })
      .optional()
      .meta({
        description:
          'Fixed when the confirm is accepted: the instant every push carries, who confirmed, until when the pushed banks may read the credit profile',
      }),
    progress: confirmProgressSchema,
    confirmedAt: z.iso.datetime().optional(),
    outcome: z
      .object({ pushes: z.int(), droppedDeclarationIds: z.array(z.string()) })
      .optional()
      .meta({ description: 'Once CONFIRMED: pushes written, and the declarations dropped at confirm' }),
    links: z.object({
      self: z
        .string()
        .meta({ description: 'Where to read (and poll) the batch: GET /v1/push-batches/{batchId}' }),
    }),
  })
  .passthrough()
  .meta({ id: 'PushBatch' });

const problems = {
  400: { description: 'Malformed request', schema: problemSchema },
  401: { description: 'Missing or invalid API key', schema: problemSchema },
  403: { description: 'Not permitted', schema: problemSchema },
};
const transitionProblems = {
  ...problems,
  404: { description: 'No such declaration', schema: problemSchema },
  409: {
    description: 'The state machine refuses the step (names the state and allowed steps)',
    schema: problemSchema,
  },
  412: { description: 'If-Match is not the current version', schema: problemSchema },
  422: { description: 'Breaks a rule', schema: problemSchema },
};
const declarationParams = z.strictObject({ declarationId });
const batchParams = z.strictObject({ batchId });

const reportMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, e.g. "2026-11"');
const declarationReportRow = z
  .object({
    declarationId: z.string(),
    version: z.int(),
    uscc: z.string(),
    name: z.string().optional(),
    township: z.string().optional(),
    industryCode: z.string().optional(),
    keyIndustryChain: z.boolean(),
    keyIndustryChainName: z.string().optional(),
    amountFen: z.int(),
    termMonths: z.int(),
    purpose: z.string(),
    guaranteeType: z.string(),
    source: z.string(),
    visitedOn: z.string().optional(),
    contactName: z.string().optional(),
    contactPhone: z.string().optional().meta({ description: 'Masked: 138****8000' }),
    createdAt: z.string(),
    state: z.string(),
    signedOffAt: z.string().optional(),
    pushBatchId: z.string().optional(),
    pushedBankIds: z.array(z.string()),
  })
  .meta({ id: 'DeclarationReportRow' });
const loanReportRow = z
  .object({
    pushId: z.string(),
    seq: z.int(),
    batchId: z.string(),
    bankId: z.string(),
    uscc: z.string(),
    name: z.string().optional(),
    declarationId: z.string().optional(),
    approvedOn: z.string(),
    amountFen: z.int(),
    annualRatePercent: z.string(),
    termMonths: z.int(),
    guaranteeType: z.string(),
    creditLoan: z.boolean(),
  })
  .meta({ id: 'LoanReportRow' });
export const upperLevelFiguresSchema = z
  .object({
    month: z.string(),
    generatedAt: z.string(),
    archived: z.boolean().meta({ description: 'True when served from the monthly archive' }),
    declarations: z.array(declarationReportRow),
    recommendations: z.array(declarationReportRow),
    loans: z.array(loanReportRow),
  })
  .meta({ id: 'UpperLevelFigures' });

export const routes = {
  createDeclaration: {
    method: 'POST',
    path: '/v1/declarations',
    permission: 'declaration:write',
    summary:
      'Record a declaration (申报清单) after a visit, or a bank referral; screened at once when the registry knows the enterprise',
    tags: ['matching'],
    body: declarationInputSchema,
    example: {
      uscc: '91999101MA7G2KX5R0',
      demand: {
        amountFen: 300_000_000,
        termMonths: 12,
        purpose: 'working-capital',
        purposeDetail: '采购钢材等原材料，备货四季度订单',
        guaranteeType: 'mortgage',
        creditLoanWanted: false,
        collateral: '自有厂房一处（青石镇工业园区纬二路8号），评估价约520万元',
        preferredBankIds: ['bank-nh', 'bank-gs'],
        preferredProductNames: ['农行小微企业流动资金贷款'],
      },
      visit: {
        visitedBy: '青石镇金融专员 王敏',
        visitedOn: '2026-11-26',
        place: '青石镇工业园区纬二路8号 企业生产车间',
      },
      wishes: '希望2027年1月前放款，优先考虑已有合作的农业银行',
      currentCreditFen: 150_000_000,
      contact: { name: '陈建华', phone: '13800138000' },
      creditApplication: true,
    },
    idempotent: true,
    maxBodyBytes: 16_384,
    responses: {
      201: {
        description: 'Recorded; ETag carries the version',
        schema: declarationSchema,
        headers: { ...etagHeader, ...locationHeader },
      },
      ...problems,
      409: {
        description: 'An open declaration for the same enterprise and demand exists (existingDeclarationId)',
        schema: problemSchema,
      },
      422: { description: 'Breaks a rule', schema: problemSchema },
    },
  },
  getDeclaration: {
    method: 'GET',
    path: '/v1/declarations/{declarationId}',
    permission: 'declaration:read',
    summary: 'A declaration with its screening, reviews and state; ETag carries the version',
    tags: ['matching'],
    params: declarationParams,
    responses: {
      200: { description: 'The declaration', schema: declarationSchema, headers: { ...etagHeader } },
      ...problems,
      404: { description: 'No such declaration', schema: problemSchema },
    },
  },
  listDeclarations: {
    method: 'GET',
    path: '/v1/declarations',
    permission: 'declaration:read',
    summary:
      'Declarations by state and/or township (at least one), key-industry-chain first, then oldest first',
    tags: ['matching'],
    query: z.strictObject({
      state: z.enum(declarationStates).optional(),
      township: township.optional(),
      limit,
      cursor,
    }),
    responses: { 200: { description: 'A page', schema: declarationPage }, ...problems },
  },
  reviewDeclaration: {
    method: 'POST',
    path: '/v1/declarations/{declarationId}/reviews',
    permission: 'declaration:review',
    summary:
      "A department's opinions on the criteria in its domain; when all five pass the declaration is REVIEWED",
    tags: ['matching'],
    params: declarationParams,
    body: z.strictObject({
      opinions: z
        .array(
          z.strictObject({
            criterion: z.enum(reviewableCriteria),
            outcome: z.enum(['confirmed', 'refuted']),
            note: freeText(1000).optional(),
          }),
        )
        .min(1)
        .max(reviewableCriteria.length),
    }),
    example: {
      opinions: [
        {
          criterion: 'fixed-premises',
          outcome: 'confirmed',
          note: '实地查看：厂房为企业自有，持续在园区生产经营',
        },
        {
          criterion: 'genuine-need',
          outcome: 'confirmed',
          note: '核实四季度订单合同三份，原材料资金缺口约300万元',
        },
        { criterion: 'lawful-purpose', outcome: 'confirmed' },
      ],
    },
    idempotent: true,
    conditional: true,
    responses: {
      200: { description: 'Recorded', schema: declarationSchema, headers: { ...etagHeader } },
      ...transitionProblems,
    },
  },
  signOffDeclaration: {
    method: 'POST',
    path: '/v1/declarations/{declarationId}/sign-off',
    permission: 'declaration:sign-off',
    summary: 'The convenor signs a REVIEWED declaration off into the recommendation list (推荐清单)',
    description:
      'Seed 001 §二(二) "经行业主管部门确认，并报区工作机制召集人签字确认": only principals of the convenor and deputy convenors named in the city file (`matching.convenors`) sign; any other coordinator gets 403. A declaration reaches REVIEWED only once the competent department for its industry has confirmed (`confirmedBy`).',
    tags: ['matching'],
    params: declarationParams,
    body: z.strictObject({ note: freeText(1000).optional() }),
    example: { note: '经2026年第11次工作机制联席会议审议通过' },
    idempotent: true,
    conditional: true,
    responses: {
      200: { description: 'RECOMMENDED', schema: declarationSchema, headers: { ...etagHeader } },
      ...transitionProblems,
    },
  },
  removeDeclaration: {
    method: 'POST',
    path: '/v1/declarations/{declarationId}/removal',
    permission: 'declaration:remove',
    summary: 'Remove for false materials or misuse (seed 001 §四(四)); a removed enterprise is never pushed',
    tags: ['matching'],
    params: declarationParams,
    body: z.strictObject({ reason: z.enum(removalReasons), detail: freeText(1000) }),
    example: {
      reason: 'false-materials',
      detail: '申报所附购销合同经核实系伪造，合同相对方否认存在该笔交易',
    },
    idempotent: true,
    conditional: true,
    responses: {
      200: { description: 'REMOVED', schema: declarationSchema, headers: { ...etagHeader } },
      ...transitionProblems,
    },
  },
  assignRepair: {
    method: 'POST',
    path: '/v1/declarations/{declarationId}/repair',
    permission: 'repair:write',
    summary: 'Send a rejected declaration to a township for coaching (辅导修复): REJECTED → REPAIRING',
    tags: ['matching'],
    params: declarationParams,
    body: z.strictObject({
      agencyId: z.string().min(1).max(64).meta({ description: 'The township agency that coaches' }),
      note: freeText(2000),
    }),
    example: {
      agencyId: 'ls-qingshi-tn',
      note: '辅导企业补充近六个月银行流水，并对接临山市融资担保有限公司申请政府性融资担保',
    },
    idempotent: true,
    conditional: true,
    responses: {
      200: { description: 'REPAIRING', schema: declarationSchema, headers: { ...etagHeader } },
      ...transitionProblems,
    },
  },
  completeRepair: {
    method: 'POST',
    path: '/v1/declarations/{declarationId}/repair/completion',
    permission: 'repair:write',
    summary:
      'Coaching done: screened again (REPAIRING → SCREENED, REVIEWED if all pass); the declining banks may be asked again',
    tags: ['matching'],
    params: declarationParams,
    body: z.strictObject({ note: freeText(2000) }),
    example: { note: '企业已补充银行流水，并取得临山市融资担保有限公司的担保意向函' },
    idempotent: true,
    conditional: true,
    responses: {
      200: { description: 'Screened again', schema: declarationSchema, headers: { ...etagHeader } },
      ...transitionProblems,
    },
  },
  listRecommendations: {
    method: 'GET',
    path: '/v1/recommendations',
    permission: 'recommendation:read',
    summary:
      'The recommendation list (推荐清单): key-industry-chain enterprises first, then by sign-off order',
    tags: ['matching'],
    query: z.strictObject({ township: township.optional(), limit, cursor }),
    responses: { 200: { description: 'A page', schema: declarationPage }, ...problems },
  },
  listProducts: {
    method: 'GET',
    path: '/v1/products',
    permission: 'products:read',
    summary: "The city's financial product catalogue (金融服务产品库), from the banks' declared specialities",
    tags: ['matching'],
    query: z.strictObject({ bankId: z.string().max(63).optional() }),
    responses: {
      200: {
        description: 'Products by bank',
        schema: z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
      },
      ...problems,
    },
  },
  previewPushBatch: {
    method: 'POST',
    path: '/v1/push-batches/preview',
    permission: 'push-batch:write',
    summary:
      'Dry run of a push batch: assignments with every rule’s reasons, after adjustments; writes nothing',
    tags: ['matching'],
    body: batchSelection,
    example: { declarationIds: ['d-3f9c2a7e5b1d4c8a6e02', 'd-8b41d0e7c2a95f3b1d64'] },
    query: z.strictObject({
      offset: z.coerce.number().int().min(0).default(0),
      limit: z.coerce.number().int().min(1).max(1000).default(200),
    }),
    maxBodyBytes: 2_000_000,
    responses: {
      200: {
        description: 'The batch as it would be, with a page of its enterprises',
        schema: z.object({
          maxBanksPerEnterprise: z.int(),
          summary: z.record(z.string(), z.unknown()),
          banks: z.array(z.record(z.string(), z.unknown())),
          skipped: z.array(z.record(z.string(), z.unknown())),
          enterprises: z.array(batchEntry),
          nextOffset: z.int().optional(),
        }),
      },
      ...problems,
      422: {
        description: 'Nothing to push, unknown declarations, or an adjustment breaks a rule',
        schema: problemSchema,
      },
    },
  },
  createPushBatch: {
    method: 'POST',
    path: '/v1/push-batches',
    permission: 'push-batch:write',
    summary: 'Decide and store a push batch as DRAFT (same input as the preview); confirm it to push',
    tags: ['matching'],
    body: batchSelection,
    example: {
      declarationIds: ['d-3f9c2a7e5b1d4c8a6e02', 'd-8b41d0e7c2a95f3b1d64'],
      adjustments: [
        {
          uscc: '91999101MA7G2KX5R0',
          bankId: 'bank-ls-rural',
          action: 'add',
          note: '企业在申报表意愿栏书面要求临山农商银行一并对接',
        },
      ],
    },
    idempotent: true,
    maxBodyBytes: 2_000_000,
    responses: {
      201: {
        description: 'DRAFT; ETag carries the version',
        schema: pushBatchSchema,
        headers: { ...etagHeader, ...locationHeader },
      },
      ...problems,
      422: {
        description: 'Nothing to push, unknown declarations, or an adjustment breaks a rule',
        schema: problemSchema,
      },
    },
  },
  getPushBatch: {
    method: 'GET',
    path: '/v1/push-batches/{batchId}',
    permission: 'push-batch:read',
    summary:
      "A push batch with its confirm's progress and a page of its enterprises (cursor walks the stored chunks; nothing is decided again)",
    description:
      'While the batch is `CONFIRMING`, `progress` counts the chunks and pushes written so far; poll until `state` is `CONFIRMED` (the confirm answers `Retry-After` with the interval). A page is 8 stored chunks (200 enterprises); an enterprise whose declaration changed before its chunk was confirmed is marked `droppedAtConfirm`.',
    tags: ['matching'],
    params: batchParams,
    query: z.strictObject({ cursor: z.coerce.number().int().min(0).optional() }),
    responses: {
      200: {
        description: 'The batch',
        schema: pushBatchSchema.extend({ enterprises: z.array(batchEntry), nextCursor: z.int().optional() }),
        headers: { ...etagHeader },
      },
      ...problems,
      404: { description: 'No such batch', schema: problemSchema },
    },
  },
  confirmPushBatch: {
    method: 'POST',
    path: '/v1/push-batches/{batchId}/confirm',
    permission: 'push-batch:write',
    summary:
      'Push a DRAFT batch: accepted at once (202, CONFIRMING), written in the background chunk by chunk; poll GET /v1/push-batches/{batchId} until CONFIRMED',
    description:
      'Asynchronous. The answer is `202 Accepted` with the batch in state `CONFIRMING`, its `progress` (chunks and pushes, total and done) and, in `Location` and `links.self`, the batch to poll; `Retry-After` says how many seconds to wait between polls. The confirm instant, the confirming client and the credit-access date are fixed by this call. In the background each chunk of the batch (at most 25 enterprises, one DynamoDB transaction) is written once, its pushes announced as `EnterprisePushed` (the push id as event id), and counted; when every chunk is counted the batch is `CONFIRMED` with its `outcome` (pushes written, declarations dropped because they changed after the batch was decided). A chunk that fails is retried by the queue and never written twice. Calling confirm again while the batch is `CONFIRMING` answers 202 and queues nothing again (a call that died before the chunks were queued is taken over after a minute); send an `Idempotency-Key` to have a retry answered with the first answer. A batch already `CONFIRMED` is answered `200`.',
    tags: ['matching'],
    params: batchParams,
    idempotent: true,
    responses: {
      200: {
        description: 'Already CONFIRMED: the batch with its outcome; nothing was done',
        schema: pushBatchSchema,
        headers: { ...etagHeader },
      },
      202: {
        description:
          'Accepted: CONFIRMING (rarely already CONFIRMED, for a small batch), with its progress; poll Location until CONFIRMED',
        schema: pushBatchSchema,
        headers: {
          ...etagHeader,
          Location: 'The batch to poll: /v1/push-batches/{batchId}',
          'Retry-After': 'Seconds to wait before polling',
        },
      },
      ...problems,
      404: { description: 'No such batch', schema: problemSchema },
    },
  },
  getUpperLevelExport: {
    method: 'GET',
    path: '/v1/reports/upper-level/{month}',
    permission: 'monitoring:read',
    summary:
      "The export for the upper-level mechanism (上级报送): the month's 申报清单, 推荐清单 and the loans approved on pushes of the list, as one .xlsx in the layout of docs/reports.md (or its figures as JSON). The monthly schedule archives last month; any other month is built on demand and not stored",
    tags: ['monitoring'],
    params: z.strictObject({ month: reportMonth }),
    query: z.strictObject({ format: z.enum(['xlsx', 'json']).default('xlsx') }),
    responses: {
      200: {
        description:
          'format=xlsx (default): the workbook (sheets 汇总, 申报清单, 推荐清单, 贷款清单); format=json: the figures it is made from',
        schema: upperLevelFiguresSchema,
        mediaTypes: [xlsxMediaType],
        headers: { 'Content-Disposition': 'attachment; filename="upper-level-<city>-<month>.xlsx"' },
      },
      ...problems,
      404: { description: 'A month not yet begun', schema: problemSchema },
    },
  },
} as const satisfies Record<string, RouteSpec>;
