import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { type BankFeedbackRecorded, bankFeedbackEventId } from '@sme/events';
import { shanghaiDate } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { readXlsxWorkbook } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendedDeclaration } from '../support/declarations.ts';
import { apiKeysFor, drainQueue, json, startTestStack, type TestStack } from '../support/local-stack.ts';
import { confirmAndWait } from '../support/push-batches.ts';

/**
 * The export for the upper-level mechanism (issue 17) over HTTP: an enterprise declared, signed off,
 * pushed and approved, another only declared; the month's workbook is read back with the library that
 * wrote it (read-excel-file beside write-excel-file) and its sheets, headers and rows compared with what
 * the test made. The monthly schedule archives last month, and the archive is what is served after.
 */

let t: TestStack;
let sqs: SQSClient;
let keys: Record<string, string> = {};
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const wan = (n: number) => n * 1_000_000; // 万元 → fen
const today = shanghaiDate(new Date());
const month = today.slice(0, 7);
const [year, monthNumber] = month.split('-').map(Number) as [number, number];
const lastMonth =
  monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, '0')}`;
const nextMonth =
  monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
const recommendedUscc = demoUscc('999101', 'UL0000001');
const declaredUscc = demoUscc('999101', 'UL0000002');
let recommendedId = '';
let declaredId = '';
let pushId = '';
let batchId = '';

const as = (org: string) => ({ 'x-api-key': keys[org] ?? '' });
const exportOf = (m: string, format = 'xlsx') =>
  t.call('coordinator', 'GET', `/v1/reports/upper-level/${m}?format=${format}`);
const workbook = async (m: string) => {
  const res = await exportOf(m);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(xlsx);
  return readXlsxWorkbook(new Uint8Array(await res.arrayBuffer()));
};
const cells = (book: Awaited<ReturnType<typeof workbook>>, sheet: string) =>
  book.find((s) => s.sheet === sheet)?.rows.map((r) => r.cells) ?? [];

/** An approval as delivery announces it, straight onto matching's queue (a loan dated last month). */
async function deliverApproval(seq: number, on: string, amountFen: number): Promise<void> {
  const event: BankFeedbackRecorded = {
    type: 'BankFeedbackRecorded',
    version: 1,
    eventId: bankFeedbackEventId('p-archive-test', seq),
    occurredAt: new Date().toISOString(),
    pushId: 'p-archive-test',
    batchId: 'pb-20261101-0000abcd',
    uscc: demoUscc('999101', 'UL0000009'),
    bankId: 'bank-nh',
    seq,
    stage: 'approved',
    on,
    approved: {
      amountFen,
      annualRatePercent: '3.2',
      termMonths: 24,
      guaranteeType: 'credit',
      creditLoan: true,
    },
  };
  const out = await sqs.send(
    new SendMessageBatchCommand({
      QueueUrl: t.stack.queues['matching-bank-feedback']?.url ?? '',
      Entries: [{ Id: '0', MessageBody: JSON.stringify(event) }],
    }),
  );
  expect(out.Failed ?? []).toEqual([]);
  await t.stack.idle();
}

beforeAll(async () => {
  t = await startTestStack();
  sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
  keys = await apiKeysFor(t, ['bank-gs', 'ls-qingshi-tn']);

  // Prepare: one enterprise through to a loan, one only declared.
  recommendedId = await recommendedDeclaration(t, {
    uscc: recommendedUscc,
    name: '临山报送测试机械有限公司',
    townshipKey: keys['ls-qingshi-tn'] ?? '',
    preferredBankIds: ['bank-gs'],
  });
  expect(
    (
      await t.call('agency', 'PUT', `/v1/enterprises/${declaredUscc}`, {
        name: '临山报送测试商贸有限公司',
        entityType: 'enterprise',
        township: '999101001',
        industryCode: 'F5191',
        employees: 8,
        annualRevenueYuan: 2_000_000,
      })
    ).status,
  ).toBe(201);
  await t.stack.idle();
  declaredId = (
    await json(
      t.call('agency', 'POST', '/v1/declarations', {
        uscc: declaredUscc,
        demand: {
          amountFen: wan(80),
          termMonths: 6,
          purpose: 'trade-settlement',
          purposeDetail: '支付货款',
          guaranteeType: 'credit',
        },
        visit: { visitedBy: '东湖街道 张伟', visitedOn: today, place: '门店' },
      }),
    )
  ).id;
  const batch = await json(
    t.call('coordinator', 'POST', '/v1/push-batches', { declarationIds: [recommendedId] }),
  );
  batchId = batch.batchId;
  expect((await confirmAndWait(t, batchId)).accepted.status).toBe(202);
  await t.stack.idle();
  const pushed = await drainQueue(t.stack, t.stack.queues['observe-enterprise-pushed']?.url ?? '');
  pushId = pushed.find((m) => m.body.bankId === 'bank-gs')?.body.pushId ?? '';
  const progress = (body: unknown) =>
    t.call(undefined, 'POST', `/v1/bank/pushes/${pushId}/progress`, body, as('bank-gs'));
  expect((await progress({ type: 'contacted', contactedOn: today })).status).toBe(200);
  expect((await progress({ type: 'materials-complete', completedOn: today })).status).toBe(200);
  const approved = await progress({
    type: 'approved',
    approvedOn: today,
    amountFen: wan(150),
    annualRatePercent: '3.65',
    termMonths: 12,
    guaranteeType: 'mortgage',
    creditLoan: false,
  });
  expect(approved.status).toBe(200);
  await t.stack.idle();
}, 180_000);
afterAll(async () => {
  sqs?.destroy();
  await t?.stack.stop();
});

describe('Upper-level export (上级报送) over HTTP', () => {
  it('serves this month as .xlsx with the documented sheets and headers, and rows equal to what the test made', async () => {
    // Act
    const book = await workbook(month);

    // Assess: the layout of docs/reports.md, in order.
    expect(book.map((s) => s.sheet)).toEqual(['汇总', '申报清单', '推荐清单', '贷款清单']);
    const declarations = cells(book, '申报清单');
    expect(declarations[0]).toEqual([
      '序号',
      '申报编号',
      '企业名称',
      '统一社会信用代码',
      '所属乡镇(街道)',
      '行业代码',
      '重点产业链',
      '融资需求(万元)',
      '期限(月)',
      '贷款用途',
      '担保方式',
      '来源',
      '走访日期',
      '联系人',
      '联系电话',
      '申报日期',
      '当前状态',
    ]);
    // Declared in creation order: the recommended one first. Its phone masked as lists show it.
    expect(declarations.slice(1)).toEqual([
      [
        '1',
        recommendedId,
        '临山报送测试机械有限公司',
        recommendedUscc,
        '青石镇',
        'C3420',
        '否',
        '200',
        '12',
        '流动资金',
        '抵押',
        '走访摸排',
        today,
        '李娜',
        '138****8000',
        today,
        '已授信',
      ],
      [
        '2',
        declaredId,
        '临山报送测试商贸有限公司',
        declaredUscc,
        '东湖街道',
        'F5191',
        '否',
        '80',
        '6',
        '贸易结算',
        '信用',
        '走访摸排',
        today,
        '',
        '',
        today,
        expect.stringMatching(/^已(申报|初筛)$/),
      ],
    ]);
    const recommendations = cells(book, '推荐清单');
    expect(recommendations[0]).toEqual([
      '序号',
      '申报编号',
      '企业名称',
      '统一社会信用代码',
      '所属乡镇(街道)',
      '重点产业链',
      '融资需求(万元)',
      '期限(月)',
      '担保方式',
      '签字确认日期',
      '推送批次',
      '推送银行',
      '当前状态',
    ]);
    expect(recommendations.slice(1)).toEqual([
      [
        '1',
        recommendedId,
        '临山报送测试机械有限公司',
        recommendedUscc,
        '青石镇',
        '否',
        '200',
        '12',
        '抵押',
        today,
        batchId,
        // Pushed to three banks (the preferred one first), named as the city names them.
        '工商银行临山分行、临山市商业银行、农业银行临山分行',
        '已授信',
      ],
    ]);
    const loans = cells(book, '贷款清单');
    expect(loans[0]).toEqual([
      '序号',
      '企业名称',
      '统一社会信用代码',
      '申报编号',
      '贷款银行',
      '授信日期',
      '授信金额(万元)',
      '年利率(%)',
      '期限(月)',
      '担保方式',
      '信用贷款',
      '推送批次',
      '推送编号',
    ]);
    expect(loans.slice(1)).toEqual([
      [
        '1',
        '临山报送测试机械有限公司',
        recommendedUscc,
        recommendedId,
        '工商银行临山分行',
        today,
        '150',
        '3.65',
        '12',
        '抵押',
        '否',
        batchId,
        pushId,
      ],
    ]);
    expect(cells(book, '汇总').slice(0, 6)).toEqual([
      ['项目', '户数(笔数)', '金额(万元)'],
      ['报送月份', month, ''],
      ['申报清单', '2', '280'],
      ['推荐清单', '1', '200'],
      ['授信贷款', '1', '150'],
      ['授信企业(户)', '1', ''],
    ]);
  });

  it('gives the same figures as JSON, built on demand (not archived); a month not begun is a 404, a bank a 403', async () => {
    // Act
    const figures = await json(exportOf(month, 'json'));
    const future = await exportOf(nextMonth);
    const bank = await t.call(undefined, 'GET', `/v1/reports/upper-level/${month}`, undefined, as('bank-gs'));
    const bad = await t.call('coordinator', 'GET', '/v1/reports/upper-level/2026-13');

    // Assess
    expect(figures).toMatchObject({ month, archived: false });
    expect(figures.declarations.map((r: { declarationId: string }) => r.declarationId)).toEqual([
      recommendedId,
      declaredId,
    ]);
    expect(figures.declarations[0].contactPhone).toBe('138****8000');
    expect(JSON.stringify(figures)).not.toContain('13800138000');
    expect(figures.loans).toEqual([
      expect.objectContaining({
        pushId,
        bankId: 'bank-gs',
        amountFen: wan(150),
        declarationId: recommendedId,
      }),
    ]);
    expect(future.status).toBe(404);
    expect(bank.status).toBe(403);
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors).toEqual([expect.objectContaining({ path: 'path.month' })]);
  });

  it('archives last month on schedule with its figures, and serves the archive after later loans', async () => {
    // Prepare: a loan approved on the 15th of last month.
    await deliverApproval(1, `${lastMonth}-15`, wan(60));

    // Act
    await t.stack.trigger('matching-upper-level-export');
    await deliverApproval(2, `${lastMonth}-20`, wan(40));
    const archived = await json(exportOf(lastMonth, 'json'));
    const book = await workbook(lastMonth);

    // Assess: the archive holds the one loan there was when it ran; the later one is not in it.
    expect(archived).toMatchObject({
      month: lastMonth,
      archived: true,
      declarations: [],
      recommendations: [],
    });
    expect(archived.loans.map((l: { amountFen: number; seq: number }) => [l.seq, l.amountFen])).toEqual([
      [1, wan(60)],
    ]);
    expect(cells(book, '贷款清单').slice(1)).toEqual([
      [
        '1',
        '',
        demoUscc('999101', 'UL0000009'),
        '',
        '农业银行临山分行',
        `${lastMonth}-15`,
        '60',
        '3.2',
        '24',
        '信用',
        '是',
        'pb-20261101-0000abcd',
        'p-archive-test',
      ],
    ]);
    expect(cells(book, '汇总')[4]).toEqual(['授信贷款', '1', '60']);
  });
});
