import { problemSchema, type RouteSpec, xlsxMediaType } from '@sme/runtime';
import * as z from 'zod';
import { categoryLabels, returnCategories } from './domain/bank-returns.ts';
import { isBusinessDate, isoWeekday } from './domain/business-dates.ts';
import { groupings } from './domain/dimensions.ts';
import { rangeIssues } from './domain/summary.ts';
import { policyTaskRoutes } from './policy-task-contracts.ts';

/** Request and response contracts of monitoring, shared by handlers, the manifest and the OpenAPI document. */

const date = z.iso.date();
const fen = z.string().regex(/^\d+$/).meta({ description: 'Integer fen as a decimal string (bigint-safe)' });
const percentOrNull = z.string().nullable();
const limit = z.coerce.number().int().min(1).max(100).default(50);
const cursor = z.string().max(2000).optional();

export const measuresSchema = z
  .object({
    declared: z
      .int()
      .meta({ description: 'Declarations recorded (申报清单), first versions dated in the range' }),
    recommended: z.int().meta({ description: 'Sign-offs into the recommendation list (推荐清单)' }),
    pushed: z.int().meta({ description: 'Pushes to banks (an enterprise pushed to 3 banks counts 3)' }),
    contacted: z.int().meta({ description: 'Pushes the bank reported contacting' }),
    approved: z.object({ count: z.int(), amountFen: fen }).meta({
      description:
        'Approved pushes (授信) and amount; a re-approved push counts its latest approval in the range',
    }),
    rejected: z.int(),
    disbursed: z
      .object({ count: z.int(), amountFen: fen })
      .meta({ description: 'Pushes with a disbursement (放款), and every tranche disbursed in the range' }),
    firstLoanHouseholds: z.int().meta({
      description:
        'Distinct approved enterprises tagged no-loan household (无贷户) when approved: first loans',
    }),
    creditLoan: z.object({
      count: z.int(),
      amountFen: fen,
      sharePercentOfCount: percentOrNull,
      sharePercentOfAmount: percentOrNull.meta({
        description: 'Credit-loan amount / approved amount × 100, 2 places half-up; null without approvals',
      }),
    }),
    averageRatePercent: z.object({
      amountWeighted: percentOrNull.meta({ description: 'Σ(amount × rate) / Σ amount, 4 places half-up' }),
      simpleMean: percentOrNull.meta({ description: 'Σ rate / approvals, 4 places half-up' }),
    }),
    deadlineBreaches: z
      .int()
      .meta({ description: 'Pushes whose decision deadline passed unanswered, counted the day after due' }),
  })
  .meta({ id: 'MonitoringMeasures', description: 'The monitoring figures of one group or of all' });

export const summarySchema = z
  .object({
    from: date,
    to: date,
    groupBy: z.enum(groupings),
    groups: z.array(
      z.object({
        key: z.string().meta({
          description:
            'Township code, GB/T 4754 section letter or bank id; `unattributed` for facts without that dimension (declared/recommended have no bank)',
        }),
        label: z.string(),
        measures: measuresSchema,
      }),
    ),
    totals: measuresSchema,
  })
  .meta({
    id: 'MonitoringSummary',
    description:
      'Figures over an inclusive range of Shanghai business dates, per group (sorted by key, unattributed last) and in total',
  });

const shouldBeInEntry = z
  .object({
    uscc: z.string(),
    township: z.string(),
    industryCode: z.string(),
    industry: z.string().meta({ description: 'GB/T 4754 section letter' }),
    entityType: z.string(),
    sizeClass: z.string().nullable(),
    keyIndustryChain: z.boolean(),
    noLoanHousehold: z.boolean(),
    enterpriseVersion: z.int(),
  })
  .meta({ id: 'ShouldBeInEntry' });

const shouldBeLentEntry = z
  .object({
    pushId: z.string(),
    batchId: z.string(),
    uscc: z.string(),
    bankId: z.string(),
    township: z.string().nullable(),
    pushedOn: date,
    daysSincePush: z.int(),
    latestStage: z.enum(['pushed', 'contacted', 'materials-complete', 'approved', 'rejected', 'disbursed']),
    rejectedWithoutReason: z.boolean(),
    deadline: z.object({ kind: z.string(), due: date, status: z.enum(['nearing', 'breached']) }).nullable(),
  })
  .meta({ id: 'ShouldBeLentEntry' });

const gapCount = z.object({ key: z.string(), label: z.string(), count: z.int() });
export const bulletinSchema = z
  .object({
    weekStart: date,
    weekEnd: date,
    generatedAt: z.iso.datetime(),
    summaries: z.object({ township: summarySchema, industry: summarySchema, bank: summarySchema }),
    gaps: z.object({
      shouldBeIn: z.object({ total: z.int(), byTownship: z.array(gapCount) }),
      shouldBeLent: z.object({ total: z.int(), byBank: z.array(gapCount) }),
    }),
  })
  .meta({ id: 'MonitoringBulletin', description: 'The weekly bulletin (周通报) as stored' });

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, e.g. "2026-11"');
const bankIdParam = z.string().min(1).max(63);
const returnFen = z
  .string()
  .regex(/^(0|[1-9]\d{0,17})$/, 'integer fen as a decimal string')
  .meta({ description: 'Integer fen as a decimal string' });
const returnLine = (label: string) =>
  z
    .strictObject({
      balanceFen: returnFen.meta({ description: 'Month-end balance (余额), fen' }),
      borrowers: z
        .int()
        .min(0)
        .max(10_000_000)
        .meta({ description: 'Borrowers with a balance at month end (户数)' }),
      newLoansFen: returnFen.meta({ description: 'Loans disbursed in the month (当月新发放), fen' }),
      newLoansCount: z.int().min(0).max(10_000_000),
      newLoansRatePercent: z
        .string()
        .regex(/^\d{1,2}(\.\d{1,4})?$/, 'annual percent, up to 4 places, e.g. "3.85"')
        .nullable()
        .meta({
          description:
            "Amount-weighted annual rate of the month's new loans, percent; null without new loans",
        }),
    })
    .meta({ description: label });

export const returnFiguresSchema = z
  .strictObject({
    allLoans: returnLine(categoryLabels.allLoans),
    enterpriseLoans: returnLine(categoryLabels.enterpriseLoans),
    categories: z.strictObject(
      Object.fromEntries(returnCategories.map((c) => [c, returnLine(categoryLabels[c])])) as Record<
        (typeof returnCategories)[number],
        ReturnType<typeof returnLine>
      >,
    ),
  })
  .meta({
    id: 'BankReturnFigures',
    description:
      "A bank's monthly figures for the city: all loans, enterprise loans and the categories the targets are set on; a part never exceeds its total",
  });

const returnVersionSchema = z
  .object({
    bankId: z.string(),
    month,
    version: z.int().min(1),
    submittedAt: z.iso.datetime(),
    submittedBy: z.object({ clientId: z.string(), orgId: z.string(), role: z.string() }),
    figures: returnFiguresSchema,
  })
  .meta({
    id: 'BankReturnVersion',
    description: 'One version of a bank return (corrections are new versions)',
  });

const rowResultSchema = z
  .object({
    row: z.int().meta({ description: 'The row as the spreadsheet numbers it' }),
    line: z
      .string()
      .nullable()
      .meta({ description: 'The line of the return the row fills; null when unknown' }),
    status: z.enum(['ok', 'error']),
    errors: z.array(
      z.object({
        column: z.string().meta({ description: 'The column header, e.g. 余额(元)' }),
        path: z
          .string()
          .meta({ description: 'The field of the JSON return, e.g. categories.creditLoans.balanceFen' }),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'BankReturnRowResult' });

export const bankReturnSchema = z
  .object({ latest: returnVersionSchema, history: z.array(returnVersionSchema) })
  .meta({ id: 'BankReturn', description: 'The latest version and every version, oldest first' });

const line = (balanceWan: number, borrowers: number, newWan: number, count: number, rate: string | null) => ({
  balanceFen: String(balanceWan * 1_000_000),
  borrowers,
  newLoansFen: String(newWan * 1_000_000),
  newLoansCount: count,
  newLoansRatePercent: rate,
});
/** 临山市商业银行, November 2026 (万元 × 1,000,000 = fen). */
export const returnExample = {
  allLoans: line(520_000, 9_800, 41_000, 1_260, '4.12'),
  enterpriseLoans: line(360_000, 2_150, 30_000, 410, '3.96'),
  categories: {
    privateEnterprise: line(300_000, 2_010, 26_000, 380, '3.98'),
    inclusiveSmallMicro: line(150_000, 3_400, 14_000, 620, '3.75'),
    creditLoans: line(30_000, 900, 3_200, 150, '3.60'),
    firstLoanHouseholds: line(8_000, 240, 1_500, 60, '3.70'),
    renewalsWithoutRepayment: line(12_000, 180, 900, 25, '3.80'),
    individualBusinesses: line(40_000, 2_600, 3_600, 310, '4.05'),
    mediumEnterprises: line(60_000, 120, 4_000, 18, '3.90'),
  },
};

const indicatorsSchema = z
  .object({
    privateEnterpriseSharePercent: percentOrNull.meta({
      description: 'Private-enterprise / enterprise loans, balances',
    }),
    creditLoanSharePercent: percentOrNull.meta({ description: 'Credit loans / enterprise loans, balances' }),
    inclusiveSmallMicroGrowthPercent: percentOrNull.meta({
      description: "Inclusive small-micro balance over last December's; null without that return",
    }),
    allLoansGrowthPercent: percentOrNull,
    inclusiveBorrowersChange: z
      .int()
      .nullable()
      .meta({ description: "Inclusive small-micro borrowers less last December's" }),
  })
  .meta({
    id: 'BankIndicators',
    description: 'Percent, 2 places half up (targets are judged on the exact ratio)',
  });

const checkSchema = z
  .object({
    target: z.enum([
      'private-enterprise-share',
      'credit-loan-share',
      'inclusive-growth',
      'two-increases-growth',
      'two-increases-borrowers',
    ]),
    citation: z.object({ seed: z.string(), section: z.string() }),
    value: z.string().nullable(),
    comparison: z.enum(['>', '≥']),
    threshold: z.string().nullable(),
    status: z.enum(['met', 'missed', 'not-assessed']),
    reason: z.string().optional(),
  })
  .meta({
    id: 'TargetCheck',
    description: 'One target judged, with the seed clause it comes from (docs/policy-rules.md M1–M4)',
  });

export const monthlyNoticeSchema = z
  .object({
    month,
    baseMonth: month.meta({ description: 'Growth is measured from this December (年初)' }),
    targets: z
      .unknown()
      .meta({ description: 'The version of monitoring.targets in force for the month; null if none' }),
    banks: z.array(
      z.object({
        rank: z.int().min(1),
        bankId: z.string(),
        name: z.string(),
        category: z.string(),
        version: z.int().meta({ description: 'The return version judged' }),
        indicators: indicatorsSchema,
        checks: z.array(checkSchema),
        met: z.int(),
        missed: z.array(z.string()),
      }),
    ),
    city: z
      .object({ banks: z.int(), indicators: indicatorsSchema, checks: z.array(checkSchema) })
      .nullable()
      .meta({ description: 'The submitted banks summed; null before any return' }),
    missing: z.array(z.string()).meta({ description: 'Banks without a return for the month' }),
  })
  .meta({
    id: 'MonthlyNotice',
    description: '按月通报: banks ranked by fewest misses, then most targets met (equal banks share a rank)',
  });

export const monthlyReportSchema = z
  .object({
    month,
    from: date,
    to: date.meta({ description: 'The last day of the month, or today for the current month' }),
    generatedAt: z.iso.datetime(),
    trend: z.array(
      z.object({
        on: date,
        declared: z.int(),
        recommended: z.int(),
        pushed: z.int(),
        approved: z.int(),
        approvedAmountFen: fen,
      }),
    ),
    activity: summarySchema.meta({ description: "The month's figures per bank" }),
    notice: monthlyNoticeSchema,
    missingBanks: z.array(z.object({ bankId: z.string(), name: z.string() })),
  })
  .meta({ id: 'MonthlyReport', description: '月报: activity per bank and day, and the monthly notice' });

export const dailyDispatchSchema = z
  .object({
    date,
    generatedAt: z.iso.datetime(),
    byTownship: summarySchema,
    byBank: summarySchema,
    gaps: z.object({
      shouldBeIn: z.object({ total: z.int(), byTownship: z.array(gapCount) }),
      shouldBeLent: z.object({ total: z.int(), byBank: z.array(gapCount) }),
    }),
  })
  .meta({
    id: 'DailyDispatch',
    description:
      "日调度: one day's figures per township and per bank (deadlineBreaches: pushes overdue that day) and the gap lists as they stand",
  });

const problems = {
  400: { description: 'Malformed request (names the field)', schema: problemSchema },
  401: { description: 'Missing or invalid API key', schema: problemSchema },
  403: { description: 'Not permitted', schema: problemSchema },
};

export const summaryQuerySchema = z
  .strictObject({
    from: date,
    to: date,
    groupBy: z.enum(groupings).default('township'),
  })
  .superRefine((q, ctx) => {
    for (const issue of rangeIssues(q.from, q.to))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

const weekStart = date
  .refine((d) => !isBusinessDate(d) || isoWeekday(d) === 1, 'the Monday a bulletin week starts on')
  .meta({ description: 'The Monday (yyyy-mm-dd) the bulletin week starts on', example: '2026-03-02' });

export const routes = {
  getSummary: {
    method: 'GET',
    path: '/v1/monitoring/summary',
    permission: 'monitoring:read',
    summary:
      'Monitoring figures (seed 001 §四, §六) per industry (GB/T 4754 section), township or bank over [from, to] (Shanghai business dates, at most 366 days)',
    tags: ['monitoring'],
    query: summaryQuerySchema,
    responses: { 200: { description: 'The summary', schema: summarySchema }, ...problems },
  },
  listShouldBeIn: {
    method: 'GET',
    path: '/v1/monitoring/should-be-in',
    permission: 'monitoring:read',
    summary:
      '"Should be in but isn\'t" (应进未进): normal, small or micro, no credit hard-stop, never declared; key-industry-chain first',
    tags: ['monitoring'],
    query: z.strictObject({
      township: z
        .string()
        .regex(/^\d{9}$/, 'a 9-digit township code')
        .optional()
        .meta({ description: 'Omitted: every township of the city, in config order' }),
      limit,
      cursor,
    }),
    responses: {
      200: {
        description: 'A page',
        schema: z.object({ items: z.array(shouldBeInEntry), nextCursor: z.string().optional() }),
      },
      ...problems,
    },
  },
  listShouldBeLent: {
    method: 'GET',
    path: '/v1/monitoring/should-be-lent',
    permission: 'monitoring:read',
    summary:
      '"Should be lent but isn\'t" (应贷未贷): pushes without a decision, or rejected without a reason code; oldest first per bank',
    tags: ['monitoring'],
    query: z.strictObject({
      bankId: z
        .string()
        .max(63)
        .optional()
        .meta({ description: 'Omitted: every bank of the city, in config order' }),
      limit,
      cursor,
    }),
    responses: {
      200: {
        description: 'A page',
        schema: z.object({ items: z.array(shouldBeLentEntry), nextCursor: z.string().optional() }),
      },
      ...problems,
    },
  },
  getBulletin: {
    method: 'GET',
    path: '/v1/monitoring/bulletins/{weekStart}',
    permission: 'monitoring:read',
    summary:
      'The weekly bulletin (周通报) of the week starting that Monday: JSON, a printable HTML page, or CSV for Excel (UTF-8 with BOM). The Monday schedule archives last week; any other week (the current one so far) is built on demand from the facts, with the gap lists as they stand now, and not stored',
    tags: ['monitoring'],
    params: z.strictObject({ weekStart }),
    query: z.strictObject({ format: z.enum(['json', 'html', 'csv']).default('json') }),
    responses: {
      200: {
        description: 'The bulletin (format=html: text/html; format=csv: text/csv)',
        schema: bulletinSchema,
        mediaTypes: ['text/html', 'text/csv'],
      },
      ...problems,
      404: { description: 'A week not yet begun', schema: problemSchema },
    },
  },
  putBankReturn: {
    method: 'PUT',
    path: '/v1/monitoring/bank-returns/{month}/{bankId}',
    permission: 'bank-returns:submit',
    summary:
      "A bank's statistical return for the month (its own only): the first submission, or a correction stored as the next version with the changed fields audited; the same figures again store nothing",
    tags: ['monitoring'],
    params: z.strictObject({ month, bankId: bankIdParam }),
    body: returnFiguresSchema,
    example: returnExample,
    responses: {
      201: { description: 'Stored as a new version', schema: returnVersionSchema },
      200: {
        description: 'The same figures as the latest version: nothing stored',
        schema: returnVersionSchema,
      },
      404: { description: 'Not a bank of this city, or another bank', schema: problemSchema },
      409: { description: 'Another version was stored at the same moment', schema: problemSchema },
      422: {
        description:
          'A part above its total, a rate without new loans, or a month not yet begun (names the field)',
        schema: problemSchema,
      },
      ...problems,
    },
  },
  getBankReturn: {
    method: 'GET',
    path: '/v1/monitoring/bank-returns/{month}/{bankId}',
    permission: 'bank-returns:read',
    summary: "A bank's return for the month with every version (a bank reads its own only)",
    tags: ['monitoring'],
    params: z.strictObject({ month, bankId: bankIdParam }),
    responses: {
      200: { description: 'The return', schema: bankReturnSchema },
      404: { description: 'Not submitted, or another bank', schema: problemSchema },
      ...problems,
    },
  },
  listBankReturns: {
    method: 'GET',
    path: '/v1/monitoring/bank-returns/{month}',
    permission: 'monitoring:read',
    summary:
      "Every bank's latest return for the month, in the city's bank order, and the banks still missing",
    tags: ['monitoring'],
    params: z.strictObject({ month }),
    responses: {
      200: {
        description: 'The month',
        schema: z
          .object({ month, returns: z.array(returnVersionSchema), missing: z.array(z.string()) })
          .meta({ id: 'BankReturnsOfMonth' }),
      },
      ...problems,
    },
  },
  getMonthlyNotice: {
    method: 'GET',
    path: '/v1/monitoring/monthly-notices/{month}',
    permission: 'monitoring:read',
    summary:
      "The monthly notice (按月通报) from the banks' returns: indicators per bank and city-wide against the seeds' targets in force, banks ranked, misses marked",
    tags: ['monitoring'],
    params: z.strictObject({ month }),
    responses: {
      200: { description: 'The notice', schema: monthlyNoticeSchema },
      ...problems,
    },
  },
  getDailyDispatch: {
    method: 'GET',
    path: '/v1/monitoring/daily-dispatch',
    permission: 'monitoring:read',
    summary:
      "The daily dispatch (日调度): a day's declarations, pushes, contacts, approvals and overdue pushes by township and by bank, with the gap lists as they stand; built on demand",
    tags: ['monitoring'],
    query: z.strictObject({
      date: date
        .optional()
        .meta({ description: 'A Shanghai business date, not after today; omitted: today' }),
    }),
    responses: {
      200: { description: 'The dispatch', schema: dailyDispatchSchema },
      ...problems,
    },
  },
  getMonthlyReport: {
    method: 'GET',
    path: '/v1/monitoring/monthly-reports/{month}',
    permission: 'monitoring:read',
    summary:
      "The monthly report (月报) of any begun month: the month's activity per bank and per day, and the monthly notice (indicators, targets per bank, ranking); JSON, or a printable HTML page with its charts drawn as inline SVG",
    tags: ['monitoring'],
    params: z.strictObject({ month }),
    query: z.strictObject({ format: z.enum(['json', 'html']).default('json') }),
    responses: {
      200: {
        description: 'The report (format=html: text/html)',
        schema: monthlyReportSchema,
        mediaTypes: ['text/html'],
      },
      ...problems,
      404: { description: 'A month not yet begun', schema: problemSchema },
    },
  },
  uploadBankReturn: {
    method: 'POST',
    path: '/v1/monitoring/bank-returns/{month}/{bankId}/workbook',
    permission: 'bank-returns:submit',
    summary:
      "A bank's return uploaded as a filled-in sheet (.xlsx, first worksheet; or its rows as JSON): one row per line, amounts in 元; a result per row, each error naming the row and the column",
    description:
      "The sheet is the template of GET /v1/monitoring/bank-return-template: the header 项目 | 余额(元) | 户数 | 当月新发放(元) | 当月新发放笔数 | 当月新发放加权平均利率(%), then one row per line (各项贷款, 企业贷款, the categories) in any order; empty amounts and counts are 0, an empty rate is none. When every row is fine the return is stored as PUT stores it (a new version when the figures differ, audited); otherwise nothing is stored and the 422 lists every failing cell as body.row.<n>.<field> with each row's result in `rows`.",
    tags: ['monitoring'],
    params: z.strictObject({ month, bankId: bankIdParam }),
    body: z.strictObject({
      rows: z
        .array(z.array(z.string().max(100)).max(20))
        .min(1)
        .max(50)
        .meta({ description: 'The sheet as rows of cell texts, the header first' }),
    }),
    example: {
      rows: [
        ['项目', '余额(元)', '户数', '当月新发放(元)', '当月新发放笔数', '当月新发放加权平均利率(%)'],
        ['各项贷款', '52000000000', '', '3100000000', '', ''],
        ['企业贷款', '31000000000', '', '1800000000', '', ''],
      ],
    },
    bodyMediaTypes: [xlsxMediaType],
    maxBodyBytes: 1_048_576,
    responses: {
      201: {
        description: 'Stored as a new version; every row ok',
        schema: z
          .object({ version: returnVersionSchema, rows: z.array(rowResultSchema) })
          .meta({ id: 'BankReturnUpload' }),
      },
      200: {
        description: 'The same figures as the latest version: nothing stored',
        schema: z.object({ version: returnVersionSchema, rows: z.array(rowResultSchema) }),
      },
      404: { description: 'Not a bank of this city, or another bank', schema: problemSchema },
      409: { description: 'Another version was stored at the same moment', schema: problemSchema },
      422: {
        description:
          "Rows with unreadable cells or inconsistent figures, or lines missing: `errors` names each (body.row.<n>.<field>), `rows` has every row's result; nothing stored",
        schema: problemSchema,
      },
      ...problems,
    },
  },
  getReturnTemplate: {
    method: 'GET',
    path: '/v1/monitoring/bank-return-template',
    permission: 'bank-returns:submit',
    summary: "The .xlsx sheet a bank fills in with its month's figures and uploads",
    tags: ['monitoring'],
    responses: {
      200: {
        description: 'The template: the header and one row per line of the return',
        mediaTypes: [xlsxMediaType],
        headers: { 'Content-Disposition': 'attachment; filename="bank-return-template.xlsx"' },
      },
      ...problems,
    },
  },
  ...policyTaskRoutes,
} as const satisfies Record<string, RouteSpec>;
