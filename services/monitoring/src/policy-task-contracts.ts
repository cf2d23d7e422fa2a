import { freeText } from '@sme/kernel';
import { problemSchema, type RouteSpec, xlsxMediaType } from '@sme/runtime';
import * as z from 'zod';
import { ledgerLists } from './domain/policy-ledger.ts';

/**
 * Contracts of the policy task ledger (抓落实清单 and its 双周进展情况台账, seed 003 attachments 2–3 and the
 * covering notice): the ledger file the office loads, progress reports, the overdue list and reminders.
 */

const date = z.iso.date();
const measureId = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,20}$/, 'letters, digits and "-", e.g. Z-4')
  .meta({ description: 'The measure id in the ledger file, e.g. Q-13 (全面清单 13) or Z-4 (重点清单 4)' });
const period = z.iso.date().meta({
  description: 'A reporting period, named by its due date: the 10th or the 25th of a month (seed 003)',
});

const problems = {
  400: { description: 'Malformed request (names the field)', schema: problemSchema },
  401: { description: 'Missing or invalid API key', schema: problemSchema },
  403: { description: 'Not permitted', schema: problemSchema },
};

export const measureSchema = z
  .strictObject({
    id: measureId,
    list: z
      .enum(ledgerLists)
      .meta({ description: 'comprehensive: 全面清单 (attachment 2); key: 重点清单 (attachment 3)' }),
    seq: z.int().min(1).max(999).meta({ description: '序号 within its list' }),
    requirement: freeText(200).meta({ description: '工作要求: the heading the measure falls under' }),
    mainTask: freeText(2000).meta({ description: '主要任务' }),
    deadline: freeText(1000, 0)
      .default('')
      .meta({ description: '完成时限, as the plan writes it (e.g. 4月末前形成工作方案；6月末前完成)' }),
    actions: freeText(2000, 0).default('').meta({ description: '细化举措' }),
    yearlyTarget: freeText(1000, 0).default('').meta({ description: '年度目标和效果' }),
    responsible: z.array(z.string().min(1).max(63)).min(1).max(20).meta({
      description: '责任单位: agency organisation ids of the city; each reports progress on the measure',
    }),
    cooperating: z.array(freeText(100)).max(40).default([]).meta({
      description: '配合单位: organisation ids of the city, or names of units outside it (各银行机构)',
    }),
  })
  .meta({ id: 'PolicyMeasure', description: 'One measure of the ledger (one row of the attachment)' });

export const ledgerInputSchema = z
  .strictObject({
    title: freeText(200).meta({ description: 'The plan the ledger implements' }),
    reporting: z.strictObject({
      daysOfMonth: z.array(z.int().min(1).max(31)).min(1).max(4).default([10, 25]).meta({
        description:
          'Due days of each month, ascending (seed 003: "每月10日和25日"); a day a month lacks is its last day',
      }),
      startsOn: date.meta({ description: 'Reports are owed for the periods due on or after this day' }),
      reminderWorkingDays: z
        .int()
        .min(0)
        .max(10)
        .default(3)
        .meta({ description: 'Remind what is due within this many working days (an operational setting)' }),
    }),
    measures: z.array(measureSchema).min(1).max(500),
  })
  .meta({ id: 'PolicyLedgerInput', description: 'The city ledger file (cities/<city>.policy-tasks.json)' });

const storedLedgerSchema = ledgerInputSchema
  .extend({
    version: z.int(),
    loadedAt: z.string(),
    loadedBy: z.object({ clientId: z.string(), orgId: z.string() }),
  })
  .meta({ id: 'PolicyLedger', description: 'A stored version of the ledger' });

const progressStatus = z.enum(['on-track', 'delayed', 'completed']);

export const progressReportSchema = z
  .object({
    measureId: z.string(),
    period: date,
    orgId: z.string(),
    version: z.int(),
    status: progressStatus,
    progress: z.string(),
    submittedAt: z.string(),
    reportedOn: date.meta({ description: 'Shanghai date of submission; after the period is late' }),
    submittedBy: z.object({ clientId: z.string(), orgId: z.string(), role: z.string() }),
  })
  .meta({ id: 'PolicyProgressReport', description: "One version of a unit's progress report" });

const obligationSchema = z
  .object({
    measureId: z.string(),
    list: z.enum(ledgerLists),
    seq: z.int(),
    mainTask: z.string(),
    orgId: z.string(),
    period: date,
    state: z.enum(['reported', 'late', 'overdue', 'open']).meta({
      description:
        'reported: on or before the due date; late: after it; overdue: nothing filed and the due date passed; open: not yet due',
    }),
    reportedOn: date.optional(),
    daysLate: z.int().optional(),
  })
  .meta({
    id: 'PolicyObligation',
    description: "A responsible unit's report owed on a measure for a period",
  });

const reminderSchema = z
  .object({
    asOf: date,
    workingDays: z.int(),
    generatedAt: z
      .string()
      .optional()
      .meta({ description: 'When the daily schedule stored it; absent: built now' }),
    periods: z.array(
      z.object({
        period: date,
        lastWorkingDay: date.meta({
          description:
            'The last working day on or before the due date (the due date stays the calendar date)',
        }),
        workingDaysLeft: z.int(),
        provisional: z.boolean().meta({ description: 'A year on the way has no holiday notice loaded' }),
        outstanding: z.array(z.object({ measureId: z.string(), orgId: z.string(), mainTask: z.string() })),
      }),
    ),
  })
  .meta({ id: 'PolicyReminder' });

export const ledgerExample = {
  title: '临山市强化市场主体倍增金融业要素服务保障行动计划',
  reporting: { daysOfMonth: [10, 25], startsOn: '2026-12-01', reminderWorkingDays: 3 },
  measures: [
    {
      id: 'Z-1',
      list: 'key',
      seq: 1,
      requirement: '开展首贷户拓展专项行动',
      mainTask: '建立市县小微企业及个体工商户无贷户名单，推送银行业机构。',
      deadline: '4月末前形成工作方案；6月末前，完成小微企业和个体工商户无贷户“两张名单”推送银行业机构。',
      actions: '各街道、乡镇收集无贷户名单报市融资协调办，市融资协调办整理并推送银行。',
      yearlyTarget: '无贷户名单全覆盖，首贷户数量持续增加。',
      responsible: ['ls-econ'],
      cooperating: ['ls-donghu-st', 'ls-qingshi-tn', '各银行机构'],
    },
  ],
};

export const policyTaskRoutes = {
  loadPolicyLedger: {
    method: 'PUT',
    path: '/v1/policy-tasks/ledger',
    permission: 'policy-tasks:load',
    summary:
      "Loads the city's policy task ledger (抓落实清单: 全面清单 and 重点清单) from its file: the next version, audited with the measures added, removed and changed; the same ledger again stores nothing",
    description:
      'The body is the city file `cities/<city>.policy-tasks.json` (`./dev ops ledger load <file>` sends it as the office). Responsible units must be agencies of the city: each reports its own measures.',
    tags: ['monitoring'],
    body: ledgerInputSchema,
    example: ledgerExample,
    responses: {
      201: { description: 'Loaded as a new version', schema: storedLedgerSchema },
      200: {
        description: 'The same ledger as the current version: nothing stored',
        schema: storedLedgerSchema,
      },
      409: { description: 'Another version was loaded at the same moment', schema: problemSchema },
      422: {
        description:
          'A responsible unit that is no agency of the city, a measure or row listed twice, reporting that starts more than two years back (names the field)',
        schema: problemSchema,
      },
      ...problems,
    },
  },
  getPolicyLedger: {
    method: 'GET',
    path: '/v1/policy-tasks/ledger',
    permission: 'policy-tasks:read',
    summary:
      'The ledger for one reporting period, each measure with every responsible unit’s state and report: JSON, or the .xlsx in the layout of seed 003 attachments 2–3 (序号 | 工作要求 | 主要任务 | 完成时限 | 细化举措 | 年度目标和效果 | 双周进展情况, then 责任单位 | 配合单位; one sheet per list). The office reads every measure, an agency those it is responsible for',
    tags: ['monitoring'],
    query: z.strictObject({
      period: period.optional().meta({ description: 'Omitted: the latest period due as of today' }),
      format: z.enum(['json', 'xlsx']).default('json'),
    }),
    responses: {
      200: {
        description: 'The ledger (format=xlsx: the workbook)',
        schema: z
          .object({
            title: z.string(),
            version: z.int(),
            loadedAt: z.string(),
            reporting: ledgerInputSchema.shape.reporting,
            period: date,
            opens: date.meta({
              description: 'The first day of the period (the day after the previous due date)',
            }),
            measures: z.array(
              measureSchema.extend({
                progress: z.array(obligationSchema.extend({ report: progressReportSchema.optional() })),
              }),
            ),
          })
          .meta({ id: 'PolicyLedgerView' }),
        mediaTypes: [xlsxMediaType],
      },
      404: { description: 'No ledger loaded yet', schema: problemSchema },
      422: { description: 'Not a reporting period of the ledger', schema: problemSchema },
      ...problems,
    },
  },
  reportPolicyProgress: {
    method: 'PUT',
    path: '/v1/policy-tasks/measures/{measureId}/progress/{period}',
    permission: 'policy-tasks:report',
    summary:
      "A responsible unit's progress on its measure for a period (双周进展情况): the first report, or a correction stored as the next version with the changes audited; the same report again stores nothing. Taken after the due date too, marked late",
    tags: ['monitoring'],
    params: z.strictObject({ measureId, period }),
    body: z.strictObject({
      status: progressStatus.meta({ description: 'on-track 按计划推进, delayed 滞后, completed 已完成' }),
      progress: freeText(2000).meta({ description: 'What was done in the period' }),
    }),
    example: {
      status: 'on-track',
      progress: '已完成无贷户名单首轮归集，共1,236户，已推送4家银行；首贷中心选址确定。',
    },
    responses: {
      201: { description: 'Stored as a new version', schema: progressReportSchema },
      200: {
        description: 'The same report as the latest version: nothing stored',
        schema: progressReportSchema,
      },
      403: { description: 'Not a responsible unit of the measure', schema: problemSchema },
      404: { description: 'No ledger loaded, or no such measure', schema: problemSchema },
      409: { description: 'Another version was stored at the same moment', schema: problemSchema },
      422: { description: 'Not a reporting period, or a period not yet open', schema: problemSchema },
      400: problems[400],
      401: problems[401],
    },
  },
  listPolicyOverdue: {
    method: 'GET',
    path: '/v1/policy-tasks/overdue',
    permission: 'policy-tasks:read',
    summary:
      'The overdue list (逾期未报送): every report owed for a period due before the date with nothing filed, oldest period first. The office sees every unit, an agency its own',
    tags: ['monitoring'],
    query: z.strictObject({ asOf: date.optional().meta({ description: 'Omitted: today (Shanghai)' }) }),
    responses: {
      200: {
        description: 'The list',
        schema: z.object({ asOf: date, items: z.array(obligationSchema) }).meta({ id: 'PolicyOverdueList' }),
      },
      404: { description: 'No ledger loaded yet', schema: problemSchema },
      422: { description: 'asOf more than a year ahead', schema: problemSchema },
      ...problems,
    },
  },
  getPolicyReminder: {
    method: 'GET',
    path: '/v1/policy-tasks/reminders/{date}',
    permission: 'policy-tasks:read',
    summary:
      "The reminder of a day: the periods due within the ledger's working days and who still owes a report — as the daily schedule stored it, or built now for any other day (not stored). An agency sees what it owes",
    tags: ['monitoring'],
    params: z.strictObject({ date }),
    responses: {
      200: { description: 'The reminder', schema: reminderSchema },
      404: { description: 'No ledger loaded yet', schema: problemSchema },
      ...problems,
    },
  },
} as const satisfies Record<string, RouteSpec>;
