import { freeText } from '@sme/kernel';
import { etagHeader, problemSchema, type RouteSpec } from '@sme/runtime';
import * as z from 'zod';
import { guaranteeStatuses, ledgerPrograms } from './domain/book.ts';
import { entitlementStatuses } from './domain/entitlements.ts';
import { entrepreneurshipLoanInputSchema } from './domain/entrepreneurship-loan.ts';
import { ethnicTradeLoanInputSchema } from './domain/ethnic-trade-loan.ts';
import { feeSubsidyInputSchema } from './domain/fee-subsidy.ts';
import { guaranteeFeeInputSchema } from './domain/guarantee-fee.ts';
import { guaranteeLeverageInputSchema, nplToleranceInputSchema } from './domain/indicators.ts';
import { ledgerStates } from './domain/ledger.ts';
import { patentPledgeLoanInputSchema } from './domain/patent-pledge-loan.ts';
import { programIds } from './domain/policy.ts';
import { riskCompensationInputSchema } from './domain/risk-compensation.ts';

/**
 * Request and response contracts of the guarantee and subsidy service, shared by handlers, the
 * manifest and the OpenAPI document. Calculator bodies are the domain's own input schemas: money as
 * CNY decimal strings, rates as fraction strings ("0.01" = 1 %), so no binary float enters a
 * calculation; results carry fen as decimal strings. The book and the ledger carry integer fen.
 */

const fen = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const limit = z.coerce.number().int().min(1).max(100).default(50);
const cursor = z.string().max(2000).optional();

const policyVersion = z
  .object({
    city: z.string(),
    program: z.enum(programIds),
    versionId: z.string(),
    effectiveFrom: z.iso.date(),
    effectiveTo: z.iso.date().nullable(),
    citation: z.object({ seed: z.string(), section: z.string() }),
  })
  .meta({ id: 'PolicyVersionRef', description: 'The policy version a result used, with its seed citation' });
const breakdownLine = z.object({ step: z.string(), formula: z.string(), value: z.string() }).meta({
  id: 'BreakdownLine',
  description: 'One step of the explanation; money in fen, rates as fractions',
});

export const calculationSchema = z
  .object({
    program: z.enum(programIds),
    policyVersion,
    amountFen: z.string().optional().meta({ description: 'Exact fen as a decimal string (money programs)' }),
    amount: z.string().optional().meta({ description: 'The same amount in CNY, two places' }),
    breakdown: z.array(breakdownLine),
  })
  .passthrough()
  .meta({ id: 'SubsidyCalculation' });

const rateText = z.string().regex(/^(0|[1-9]\d*)(\.\d{1,6})?$/, 'a rate as a fraction, e.g. "0.0345"');

/** A program version in the city file's JSON form; the full check is the merged policy's (named fields). */
const publishedVersionBody = z
  .looseObject({
    program: z.enum(programIds),
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,63}$/, 'a lower-case version id, e.g. "linshan-fee-2027"'),
    effectiveFrom: z.iso.date(),
    citation: z.strictObject({ seed: z.string().regex(/^\d{3}$/), section: z.string().min(1) }),
    params: z.record(z.string(), z.unknown()),
  })
  .meta({
    id: 'ProgramVersionInput',
    description: 'A program version as `subsidy.programs[]` of the city file holds it',
  });

const publicationSchema = z
  .object({
    kind: z.enum(['program-version', 'lpr']),
    publishedAt: z.iso.datetime(),
    publishedBy: z.object({ clientId: z.string(), orgId: z.string() }),
    version: z.record(z.string(), z.unknown()).optional(),
    quote: z.object({ month: z.string(), oneYear: z.string(), fiveYear: z.string() }).optional(),
  })
  .meta({ id: 'PolicyPublication' });

const problems = {
  400: {
    description: 'Malformed request or a field failed validation (named in errors)',
    schema: problemSchema,
  },
  401: { description: 'Missing or invalid API key', schema: problemSchema },
  403: { description: 'Not permitted', schema: problemSchema },
};

function calculator<S extends z.ZodType>(
  program: (typeof programIds)[number],
  summary: string,
  body: S,
  example: z.input<S>,
  extraResponses: RouteSpec['responses'] = {},
) {
  return {
    method: 'POST',
    path: `/v1/calculations/${program}`,
    permission: 'subsidy:calculate',
    summary,
    tags: ['subsidy'],
    body,
    example,
    maxBodyBytes: 65_536,
    responses: {
      200: {
        description: 'The amount, its line-by-line breakdown and the policy version',
        schema: calculationSchema,
      },
      ...problems,
      ...extraResponses,
    },
  } as const satisfies RouteSpec;
}

const guaranteeId = z.string().regex(/^g-[A-Za-z0-9._:-]{1,200}$/, 'a guarantee id as this API returns it');
const year = z
  .string()
  .regex(/^(19|20|21)\d{2}$/, 'a year such as 2025')
  .transform(Number);
const reportId = z
  .string()
  .regex(
    /^[A-Za-z0-9._:-]{1,100}$/,
    "the guarantor's own id for this report: 1–100 letters, digits, . _ : -",
  );

const ledgerLineSchema = z
  .object({
    year: z.int(),
    program: z.enum(ledgerPrograms),
    recordId: z.string(),
    kind: z.enum(['guarantee', 'loan']),
    pushId: z.string(),
    uscc: z.string(),
    bankId: z.string(),
    guarantorId: z.string().optional(),
    amountFen: z.int(),
    status: z.enum(entitlementStatuses),
    reasons: z.array(z.string()),
    period: z.object({ start: z.iso.date(), end: z.iso.date() }).nullable(),
    policyVersion: policyVersion.nullable(),
    breakdown: z.array(breakdownLine),
    recordVersion: z.int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'LedgerLine', description: 'One entitlement: a record, a program, a calendar year' });

export const guaranteeSchema = z
  .object({
    recordId: z.string(),
    kind: z.literal('guarantee'),
    guarantorId: z.string(),
    guarantorKnown: z.boolean(),
    pushId: z.string(),
    uscc: z.string(),
    bankId: z.string(),
    principalFen: z.int(),
    outstandingFen: z.int(),
    feeRate: z.string(),
    loanRate: z.string(),
    contractDate: z.iso.date(),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    status: z.enum(guaranteeStatuses),
    repayments: z.array(
      z.object({ reportId: z.string(), repaidOn: z.iso.date(), amountFen: z.int() }).passthrough(),
    ),
    defaulted: z.object({ reportId: z.string(), defaultedOn: z.iso.date() }).passthrough().optional(),
    version: z.int(),
    entitlements: z.array(ledgerLineSchema).optional(),
  })
  .passthrough()
  .meta({
    id: 'Guarantee',
    description: 'A government guarantee booked from a bank approval, with its entitlements',
  });

const figures = z.object({ preAllocatedFen: z.int(), actualFen: z.int(), settlementFen: z.int() });
const ledgerStep = z
  .object({
    at: z.iso.datetime(),
    by: z.object({ clientId: z.string(), orgId: z.string() }),
    figures: z
      .object({ programs: z.array(figures.extend({ program: z.enum(ledgerPrograms) })), totals: figures })
      .optional(),
    note: z.string().optional(),
  })
  .passthrough();

export const ledgerSchema = z
  .object({
    year: z.int(),
    state: z.enum(ledgerStates),
    version: z.int(),
    programs: z.array(figures.extend({ program: z.enum(ledgerPrograms) })),
    totals: figures,
    preAllocation: ledgerStep.optional(),
    proposal: ledgerStep.optional(),
    approval: ledgerStep.optional(),
    driftSinceProposalFen: z.int().optional().meta({
      description: 'Actuals booked after the proposal froze the figures (late reports), to settle later',
    }),
    lines: z.array(ledgerLineSchema).optional().meta({
      description: 'A page of the lines: GET /v1/ledger/{year} reads them, the steps answer without',
    }),
    nextCursor: z.string().optional(),
  })
  .meta({ id: 'SubsidyLedger', description: 'A year of the subsidy ledger (当年预拨，下年清算)' });

const ledgerParams = z.strictObject({ year });
const ledgerProblems = {
  ...problems,
  409: { description: 'The ledger state refuses the step (names the state)', schema: problemSchema },
  412: { description: 'If-Match is not the current version', schema: problemSchema },
};
const guaranteeReportProblems = {
  ...problems,
  404: { description: 'No such guarantee of this guarantor', schema: problemSchema },
  409: {
    description: 'The guarantee is closed, or the report id was used with other figures',
    schema: problemSchema,
  },
  422: {
    description: 'Breaks a rule (amount above the outstanding balance, date outside the cover)',
    schema: problemSchema,
  },
};

export const routes = {
  calculateGuaranteeFee: calculator(
    'guarantee-fee',
    'Guarantee fee for a period and its cap check (≤ 1 % up to 10 million CNY per household, ≤ 1.5 % above; reliefs); a fee over the cap is refused (422 naming feeRate)',
    guaranteeFeeInputSchema,
    {
      contractDate: '2026-11-20',
      guaranteeAmount: '3000000.00',
      feeRate: '0.008',
      periodStart: '2026-11-20',
      periodEnd: '2027-11-20',
      borrowerType: 'small-enterprise',
      industryCode: 'C3484',
      business: 'guarantee',
    },
    {
      422: { description: 'The fee rate is above the cap (errors name body.feeRate)', schema: problemSchema },
    },
  ),
  calculateFeeSubsidy: calculator(
    'fee-subsidy',
    'Guarantee fee-rate subsidy (担保费率补差): (break-even rate − actual rate) × amount × period',
    feeSubsidyInputSchema,
    {
      contractDate: '2026-11-20',
      guaranteeAmount: '3000000.00',
      actualFeeRate: '0.008',
      periodStart: '2026-11-20',
      periodEnd: '2027-11-20',
      borrowerType: 'small-enterprise',
      tags: [],
      industryCode: 'C3484',
    },
  ),
  calculateRiskCompensation: calculator(
    'risk-compensation',
    'Risk compensation: the yearly rate of each policy version × the outstanding guaranteed balance, pro rata by the days of each year',
    riskCompensationInputSchema,
    {
      periodStart: '2026-01-01',
      periodEnd: '2027-01-01',
      segments: [
        { from: '2026-01-01', to: '2026-07-01', balance: '120000000.00' },
        { from: '2026-07-01', to: '2027-01-01', balance: '150000000.00' },
      ],
    },
  ),
  calculateEntrepreneurshipLoan: calculator(
    'entrepreneurship-loan',
    'Entrepreneurship guaranteed loan (创业担保贷款) interest subsidy: the borrower bears up to LPR − 150 bp; small and micro enterprises borrow at most 3 million CNY',
    entrepreneurshipLoanInputSchema,
    {
      contractDate: '2026-09-15',
      principal: '300000.00',
      loanRate: '0.0345',
      periodStart: '2026-09-15',
      periodEnd: '2027-09-15',
      borrowerType: 'individual-business',
    },
  ),
  calculateEthnicTradeLoan: calculator(
    'ethnic-trade-loan',
    'Ethnic-trade producer (民贸民品) interest subsidy: at most 2.88 % of principal a year',
    ethnicTradeLoanInputSchema,
    {
      contractDate: '2026-10-10',
      principal: '2000000.00',
      loanRate: '0.0385',
      periodStart: '2026-10-10',
      periodEnd: '2027-10-10',
      designatedProducer: true,
    },
  ),
  calculatePatentPledgeLoan: calculator(
    'patent-pledge-loan',
    'Patent-pledge loan subsidy: 50 % of the interest actually paid, only after on-time repayment',
    patentPledgeLoanInputSchema,
    {
      contractDate: '2025-12-01',
      fullyRepaid: true,
      repayments: [
        { dueDate: '2026-03-01', paidDate: '2026-02-27', interestPaid: '8750.00' },
        { dueDate: '2026-06-01', paidDate: '2026-06-01', interestPaid: '8750.00' },
        { dueDate: '2026-09-01', paidDate: '2026-08-31', interestPaid: '8750.00' },
        { dueDate: '2026-12-01', paidDate: '2026-12-01', interestPaid: '8750.00' },
      ],
    },
  ),
  calculateGuaranteeLeverage: calculator(
    'guarantee-leverage',
    'Guarantee leverage: outstanding guarantees ÷ net assets against the target (≥ 3×)',
    guaranteeLeverageInputSchema,
    { asOf: '2026-11-30', outstandingGuarantees: '1560000000.00', netAssets: '480000000.00' },
  ),
  calculateNplTolerance: calculator(
    'npl-tolerance',
    "NPL tolerance: small-business NPL ≤ the bank's overall NPL + 3 pp",
    nplToleranceInputSchema,
    { asOf: '2026-09-30', overallNplRate: '0.0128', smallBusinessNplRate: '0.0265' },
  ),
  calculateBatch: {
    method: 'POST',
    path: '/v1/calculations',
    permission: 'subsidy:calculate',
    summary:
      'Up to 1,000 calculations of any programs in one call; every row answered, bad rows with their field errors',
    tags: ['subsidy'],
    body: z.strictObject({
      calculations: z
        .array(z.strictObject({ program: z.enum(programIds), input: z.record(z.string(), z.unknown()) }))
        .min(1)
        .max(1000),
    }),
    example: {
      calculations: [
        {
          program: 'guarantee-fee',
          input: {
            contractDate: '2026-11-20',
            guaranteeAmount: '3000000.00',
            feeRate: '0.008',
            periodStart: '2026-11-20',
            periodEnd: '2027-11-20',
            borrowerType: 'small-enterprise',
          },
        },
        {
          program: 'npl-tolerance',
          input: { asOf: '2026-09-30', overallNplRate: '0.0128', smallBusinessNplRate: '0.0265' },
        },
      ],
    },
    maxBodyBytes: 1_048_576,
    responses: {
      200: {
        description: 'One outcome per row, in order',
        schema: z.object({
          accepted: z.int(),
          rejected: z.int(),
          outcomes: z.array(
            z.object({ index: z.int(), ok: z.boolean(), result: calculationSchema.optional() }).passthrough(),
          ),
        }),
      },
      ...problems,
    },
  },
  listGuarantees: {
    method: 'GET',
    path: '/v1/guarantees',
    permission: 'guarantee:read',
    summary:
      "A guarantor's guarantees by status, then start date; a guarantor sees only its own, finance and the coordinator name one",
    tags: ['subsidy'],
    query: z.strictObject({
      guarantorId: z.string().min(1).max(63).optional(),
      status: z.enum(guaranteeStatuses).optional(),
      limit,
      cursor,
    }),
    responses: {
      200: {
        description: 'A page',
        schema: z.object({ items: z.array(guaranteeSchema), nextCursor: z.string().optional() }),
      },
      ...problems,
    },
  },
  getGuarantee: {
    method: 'GET',
    path: '/v1/guarantees/{guaranteeId}',
    permission: 'guarantee:read',
    summary: 'A guarantee with its repayments, default and entitlement lines; a guarantor sees only its own',
    tags: ['subsidy'],
    params: z.strictObject({ guaranteeId }),
    responses: {
      200: {
        description: 'The guarantee; ETag carries the version',
        schema: guaranteeSchema,
        headers: { ...etagHeader },
      },
      ...problems,
      404: { description: 'No such guarantee (or not yours)', schema: problemSchema },
    },
  },
  reportRepayment: {
    method: 'POST',
    path: '/v1/guarantees/{guaranteeId}/repayments',
    permission: 'guarantee:report',
    summary:
      'The guarantor reports a repayment: the amount is released from the outstanding balance on that day; at zero the guarantee is REPAID',
    tags: ['subsidy'],
    params: z.strictObject({ guaranteeId }),
    body: z.strictObject({ reportId, repaidOn: z.iso.date(), amountFen: fen.min(1) }),
    example: { reportId: 'LSDB-HK-2026-0315', repaidOn: '2026-11-30', amountFen: 50_000_000 },
    idempotent: true,
    responses: {
      200: {
        description: 'Recorded (or already recorded with the same figures)',
        schema: guaranteeSchema,
        headers: { ...etagHeader },
      },
      ...guaranteeReportProblems,
    },
  },
  reportDefault: {
    method: 'POST',
    path: '/v1/guarantees/{guaranteeId}/default',
    permission: 'guarantee:report',
    summary: "The guarantor reports the borrower's default: the balance stops accruing on that day",
    tags: ['subsidy'],
    params: z.strictObject({ guaranteeId }),
    body: z.strictObject({
      reportId,
      defaultedOn: z.iso.date(),
      compensatedFen: fen.optional(),
      note: freeText(1000).optional(),
    }),
    example: {
      reportId: 'LSDB-DC-2026-0007',
      defaultedOn: '2026-11-25',
      compensatedFen: 80_000_000,
      note: '借款人逾期超过90天，我公司已按担保合同代偿本息80万元',
    },
    idempotent: true,
    responses: {
      200: {
        description: 'Recorded (or already recorded with the same figures)',
        schema: guaranteeSchema,
        headers: { ...etagHeader },
      },
      ...guaranteeReportProblems,
    },
  },
  getLedger: {
    method: 'GET',
    path: '/v1/ledger/{year}',
    permission: 'ledger:read',
    summary:
      'The yearly subsidy ledger: per program the pre-allocated amount, the actuals accrued and the settlement (actual − pre-allocated), with a page of lines',
    tags: ['subsidy'],
    params: ledgerParams,
    query: z.strictObject({
      program: z.enum(ledgerPrograms).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
      cursor,
    }),
    responses: {
      200: {
        description: 'The ledger; ETag carries the version',
        schema: ledgerSchema,
        headers: { ...etagHeader },
      },
      ...problems,
    },
  },
  setPreAllocations: {
    method: 'PUT',
    path: '/v1/ledger/{year}/pre-allocations',
    permission: 'ledger:approve',
    summary:
      "Finance sets the year's pre-allocation (当年预拨) per program, while the year is OPEN; programs left out are zero",
    tags: ['subsidy'],
    params: ledgerParams,
    body: z.strictObject({
      allocations: z.partialRecord(z.enum(ledgerPrograms), fen),
      note: freeText(1000).optional(),
    }),
    example: {
      allocations: {
        'fee-subsidy': 300_000_000,
        'risk-compensation': 150_000_000,
        'entrepreneurship-loan': 200_000_000,
        'ethnic-trade-loan': 50_000_000,
        'patent-pledge-loan': 30_000_000,
      },
      note: '依据2027年市级财政预算，普惠金融发展专项资金按项目预拨',
    },
    idempotent: true,
    conditional: true,
    responses: {
      200: { description: 'Set', schema: ledgerSchema, headers: { ...etagHeader } },
      ...ledgerProblems,
    },
  },
  proposeSettlement: {
    method: 'POST',
    path: '/v1/ledger/{year}/settlement-proposal',
    permission: 'ledger:approve',
    summary:
      'Finance proposes the settlement (下年清算) of a past year: the figures are frozen as of now; proposing again refreshes them',
    tags: ['subsidy'],
    params: ledgerParams,
    body: z.strictObject({ note: freeText(1000).optional() }),
    example: { note: '2025年度补贴清算：以各担保机构、银行截至2026年11月30日报送的数据为准' },
    idempotent: true,
    conditional: true,
    responses: {
      200: { description: 'SETTLEMENT_PROPOSED', schema: ledgerSchema, headers: { ...etagHeader } },
      ...ledgerProblems,
      422: { description: 'The year is not over yet', schema: problemSchema },
    },
  },
  approveSettlement: {
    method: 'POST',
    path: '/v1/ledger/{year}/approval',
    permission: 'ledger:approve',
    summary: 'Finance approves the proposed settlement; nothing of the year changes after that',
    tags: ['subsidy'],
    params: ledgerParams,
    body: z.strictObject({ note: freeText(1000).optional() }),
    example: { note: '2025年度补贴清算经市财政局2026年第12次局务会议审定' },
    idempotent: true,
    conditional: true,
    responses: {
      200: { description: 'APPROVED', schema: ledgerSchema, headers: { ...etagHeader } },
      ...ledgerProblems,
    },
  },
  publishProgramVersion: {
    method: 'POST',
    path: '/v1/subsidy-policy/program-versions',
    permission: 'subsidy-policy:publish',
    summary:
      'Publish a program version (a new fee cap, rate or limit) from its effective date, without a release; it ends the version in force the day before',
    description:
      'The body is a version as the city file holds it (`subsidy.programs` in cities/city.schema.json). No back-dating: `effectiveFrom` is today or later, after every version of the program already published; a published version is open-ended (the next one ends it) and is never edited. Calculations dated before it keep the version they had. Every process uses it within a minute.',
    tags: ['subsidy'],
    body: publishedVersionBody,
    example: {
      program: 'guarantee-fee',
      id: 'linshan-guarantee-fee-2027',
      effectiveFrom: '2027-01-01',
      citation: { seed: '004', section: '(四)' },
      params: {
        tiers: [{ upTo: '10000000.00', maxRate: '0.008' }, { maxRate: '0.015' }],
        affectedSectors: [],
        affectedSectorFeeFactor: '0.5',
        reGuaranteeFeeWaiver: {
          borrowerTypes: ['individual-business'],
          amountLimit: { amount: '500000.00', inclusive: true },
        },
      },
    },
    responses: {
      201: { description: 'Published', schema: publicationSchema },
      409: { description: 'A version with this id was published at the same moment', schema: problemSchema },
      422: {
        description: 'Back-dated, out of date order, or the version breaks a rule (errors name body.<field>)',
        schema: problemSchema,
      },
      ...problems,
    },
  },
  publishLprQuote: {
    method: 'PUT',
    path: '/v1/subsidy-policy/lpr/{month}',
    permission: 'subsidy-policy:publish',
    summary: "A month's loan prime rates (LPR, published around the 20th), in force from that month",
    tags: ['subsidy'],
    params: z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, e.g. "2027-01"') }),
    body: z.strictObject({ oneYear: rateText, fiveYear: rateText }),
    example: { oneYear: '0.03', fiveYear: '0.035' },
    responses: {
      201: { description: 'Published', schema: publicationSchema },
      409: { description: 'This month was published at the same moment', schema: problemSchema },
      422: { description: 'A past month, or not after the latest published one', schema: problemSchema },
      ...problems,
    },
  },
  getSubsidyPolicy: {
    method: 'GET',
    path: '/v1/subsidy-policy',
    permission: 'subsidy-policy:read',
    summary:
      'The subsidy policy in force (the city file with what was published since) and the publication history',
    tags: ['subsidy'],
    responses: {
      200: {
        description:
          'Programs with their effective dates, the LPR table, and every publication with who and when',
        schema: z.object({
          programs: z.array(
            z.looseObject({
              program: z.enum(programIds),
              id: z.string(),
              effectiveFrom: z.iso.date(),
              effectiveTo: z.iso.date().optional(),
            }),
          ),
          lpr: z.object({
            oneYear: z.record(z.string(), z.string()),
            fiveYear: z.record(z.string(), z.string()),
          }),
          publications: z.array(publicationSchema),
        }),
      },
      ...problems,
    },
  },
} as const satisfies Record<string, RouteSpec>;
