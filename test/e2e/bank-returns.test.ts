import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { shanghaiDate } from '@sme/kernel';
import { documentClient, readXlsxSheet, writeXlsx } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolation } from '../support/contract.ts';
import { apiKeysFor, startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * Bank statistical returns and the monthly notice over HTTP (issue 17): two banks submit November 2026
 * and last December; every indicator below is worked by hand from the figures (fen: 1 亿元 = 10^10).
 */
let t: TestStack;
let keys: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestStack();
  keys = await apiKeysFor(t, ['bank-gs', 'bank-city']);
}, 120_000);
afterAll(async () => {
  await t?.stack.stop();
});

const yi = (n: number) => String(Math.round(n * 10_000_000_000)); // 亿元 → fen
const line = (balanceFen: string, borrowers: number) => ({
  balanceFen,
  borrowers,
  newLoansFen: '0',
  newLoansCount: 0,
  newLoansRatePercent: null,
});
function figures(f: {
  all: number;
  enterprise: number;
  privateEnterprise: number;
  credit: number;
  inclusive: number;
  inclusiveBorrowers: number;
}) {
  return {
    allLoans: {
      ...line(yi(f.all), 5_000),
      newLoansFen: yi(0.5),
      newLoansCount: 40,
      newLoansRatePercent: '4.1',
    },
    enterpriseLoans: line(yi(f.enterprise), 1_000),
    categories: {
      privateEnterprise: line(yi(f.privateEnterprise), 900),
      inclusiveSmallMicro: line(yi(f.inclusive), f.inclusiveBorrowers),
      creditLoans: line(yi(f.credit), 100),
      firstLoanHouseholds: line(yi(0.01), 10),
      renewalsWithoutRepayment: line(yi(0.02), 5),
      individualBusinesses: line(yi(0.03), 50),
      mediumEnterprises: line(yi(0.1), 20),
    },
  };
}
const as = (bank: string) => ({ 'x-api-key': keys[bank] ?? '' });
const put = (bank: string, month: string, body: unknown, owner = bank) =>
  t.call(undefined, 'PUT', `/v1/monitoring/bank-returns/${month}/${owner}`, body, as(bank));

// 工商银行 (state-owned large): December 100 亿 all loans, 10 亿 inclusive (400 borrowers)
const gsDecember = figures({
  all: 100,
  enterprise: 45,
  privateEnterprise: 18,
  credit: 8,
  inclusive: 10,
  inclusiveBorrowers: 400,
});
// November: all 110 (+10 %), private 21 / enterprise 50 = 42 % (> 40), credit 9.5 / 50 = 19 % (≥ 18),
// inclusive 13.2 (+32 %, ≥ 30), 420 borrowers (≥ 400): five targets met
const gsNovember = figures({
  all: 110,
  enterprise: 50,
  privateEnterprise: 21,
  credit: 9.5,
  inclusive: 13.2,
  inclusiveBorrowers: 420,
});
// 临山市商业银行 (local legal person): December 40 all, 10 inclusive (300 borrowers)
const cityDecember = figures({
  all: 40,
  enterprise: 18,
  privateEnterprise: 14,
  credit: 3,
  inclusive: 10,
  inclusiveBorrowers: 300,
});
// November: all 44 (+10 %), private 15 / 20 = 75 % (not > 80), credit 3 / 20 = 15 % (< 18), inclusive 13 (+30 %,
// not above the state-owned banks' 32 %), 290 borrowers (< 300); only inclusive growth ≥ all loans' is met
const cityNovember = figures({
  all: 44,
  enterprise: 20,
  privateEnterprise: 15,
  credit: 3,
  inclusive: 13,
  inclusiveBorrowers: 290,
});

describe('Bank returns and the monthly notice', () => {
  it('takes two banks’ returns, judges them by hand-worked figures, ranks them, and keeps corrections as audited versions', async () => {
    // Act: both banks submit last December and November
    const submitted = [
      await put('bank-gs', '2025-12', gsDecember),
      await put('bank-gs', '2026-11', gsNovember),
      await put('bank-city', '2025-12', cityDecember),
      await put('bank-city', '2026-11', cityNovember),
    ];
    const notice = (await (
      await t.call('coordinator', 'GET', '/v1/monitoring/monthly-notices/2026-11')
    ).json()) as {
      banks: {
        rank: number;
        bankId: string;
        indicators: Record<string, unknown>;
        checks: { target: string; status: string }[];
        missed: string[];
      }[];
      city: {
        banks: number;
        indicators: Record<string, unknown>;
        checks: { target: string; status: string }[];
      };
      missing: string[];
    };

    // Assess
    expect(submitted.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const [gs, city] = notice.banks;
    expect([gs?.bankId, gs?.rank, city?.bankId, city?.rank]).toEqual(['bank-gs', 1, 'bank-city', 2]);
    expect(gs?.indicators).toEqual({
      privateEnterpriseSharePercent: '42.00',
      creditLoanSharePercent: '19.00',
      inclusiveSmallMicroGrowthPercent: '32.00',
      allLoansGrowthPercent: '10.00',
      inclusiveBorrowersChange: 20,
    });
    expect(gs?.missed).toEqual([]);
    expect(Object.fromEntries(city?.checks.map((c) => [c.target, c.status]) ?? [])).toEqual({
      'private-enterprise-share': 'missed',
      'credit-loan-share': 'missed',
      'inclusive-growth': 'missed',
      'two-increases-growth': 'met',
      'two-increases-borrowers': 'missed',
    });
    // City: all 154 on 140 (+10 %); private 36 / 70 = 51.43 %; credit 12.5 / 70 = 17.857… % (missed);
    // inclusive 26.2 on 20 (+31 %); borrowers 710 on 700 (+10)
    expect(notice.city.banks).toBe(2);
    expect(notice.city.indicators).toEqual({
      privateEnterpriseSharePercent: '51.43',
      creditLoanSharePercent: '17.86',
      inclusiveSmallMicroGrowthPercent: '31.00',
      allLoansGrowthPercent: '10.00',
      inclusiveBorrowersChange: 10,
    });
    expect(notice.city.checks.map((c) => [c.target, c.status])).toEqual([
      ['credit-loan-share', 'missed'],
      ['two-increases-growth', 'met'],
      ['two-increases-borrowers', 'met'],
    ]);
    expect(notice.missing).toEqual(['bank-nh', 'bank-ls-rural']);

    // Act: bank-city corrects its credit loans to 3.6 亿 (18 %: met, 以上 includes it); a retry stores nothing
    const corrected = {
      ...cityNovember,
      categories: { ...cityNovember.categories, creditLoans: line(yi(3.6), 100) },
    };
    const correction = await put('bank-city', '2026-11', corrected);
    const retry = await put('bank-city', '2026-11', corrected);
    const own = (await (
      await t.call(
        undefined,
        'GET',
        '/v1/monitoring/bank-returns/2026-11/bank-city',
        undefined,
        as('bank-city'),
      )
    ).json()) as {
      latest: { version: number };
      history: { version: number; figures: { categories: { creditLoans: { balanceFen: string } } } }[];
    };
    const after = (await (
      await t.call('finance', 'GET', '/v1/monitoring/monthly-notices/2026-11')
    ).json()) as typeof notice;
    const audit = await documentClient().send(
      new QueryCommand({
        TableName: t.stack.tables.audit,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'bank-return#bank-city/2026-11' },
      }),
    );

    // Assess
    expect([correction.status, retry.status]).toEqual([201, 200]);
    expect(own.latest.version).toBe(2);
    expect(own.history.map((v) => [v.version, v.figures.categories.creditLoans.balanceFen])).toEqual([
      [1, '30000000000'],
      [2, '36000000000'],
    ]);
    expect(
      after.banks.find((b) => b.bankId === 'bank-city')?.checks.find((c) => c.target === 'credit-loan-share')
        ?.status,
    ).toBe('met');
    expect(audit.Items?.map((i) => [i.action, i.orgId, i.changes])).toEqual([
      ['bank-return.submitted', 'bank-city', undefined],
      [
        'bank-return.corrected',
        'bank-city',
        { 'categories.creditLoans.balanceFen': { from: '30000000000', to: '36000000000' } },
      ],
    ]);
  }, 120_000);

  it('keeps a bank to its own returns, names inconsistent fields and refuses a month not yet begun', async () => {
    // Prepare
    const today = shanghaiDate(new Date());
    const [y, m] = today.slice(0, 7).split('-').map(Number) as [number, number];
    const nextMonth = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const overTotal = {
      ...gsNovember,
      categories: { ...gsNovember.categories, privateEnterprise: line(yi(51), 900) },
    };

    // Act
    const others = await put('bank-gs', '2026-10', gsNovember, 'bank-city');
    const othersRead = await t.call(
      undefined,
      'GET',
      '/v1/monitoring/bank-returns/2026-11/bank-city',
      undefined,
      as('bank-gs'),
    );
    const inconsistent = await put('bank-gs', '2026-10', overTotal);
    const future = await put('bank-gs', nextMonth, gsNovember);
    const office = (await (
      await t.call('coordinator', 'GET', '/v1/monitoring/bank-returns/2025-12')
    ).json()) as {
      returns: { bankId: string }[];
      missing: string[];
    };

    // Assess
    expect([others.status, othersRead.status]).toEqual([404, 404]);
    expect(inconsistent.status).toBe(422);
    expect(((await inconsistent.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(
      ['body.categories.privateEnterprise.balanceFen'],
    );
    expect(future.status).toBe(422);
    expect(((await future.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('path.month');
    expect(office.returns.map((r) => r.bankId)).toEqual(['bank-gs', 'bank-city']);
    expect(office.missing).toEqual(['bank-nh', 'bank-ls-rural']);
  }, 60_000);
  it('composes the monthly report (月报) from the notice and the month’s facts: JSON, and HTML with SVG charts', async () => {
    // Prepare
    const [y, m] = shanghaiDate(new Date()).slice(0, 7).split('-').map(Number) as [number, number];
    const nextMonth = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;

    // Act: after the returns above (the city bank corrected once).
    const report = (await (
      await t.call('coordinator', 'GET', '/v1/monitoring/monthly-reports/2026-11')
    ).json()) as { notice: unknown; trend: unknown[]; missingBanks: { bankId: string; name: string }[] };
    const notice = await (
      await t.call('coordinator', 'GET', '/v1/monitoring/monthly-notices/2026-11')
    ).json();
    const html = await t.call('finance', 'GET', '/v1/monitoring/monthly-reports/2026-11?format=html');
    const page = await html.text();
    const future = await t.call('coordinator', 'GET', `/v1/monitoring/monthly-reports/${nextMonth}`);
    const bank = await t.call(
      undefined,
      'GET',
      '/v1/monitoring/monthly-reports/2026-11',
      undefined,
      as('bank-gs'),
    );

    // Assess: the notice as served on its own; every day of November in the trend; the two banks that
    // did not submit named; the page prints its charts inline (trend, approvals, one per assessed target).
    expect(report.notice).toEqual(notice);
    expect(report).toMatchObject({ month: '2026-11', from: '2026-11-01', to: '2026-11-30' });
    expect(report.trend).toHaveLength(30);
    expect(report.trend[29]).toEqual({
      on: '2026-11-30',
      declared: 0,
      recommended: 0,
      pushed: 0,
      approved: 0,
      approvedAmountFen: '0',
    });
    expect(report.missingBanks).toEqual([
      { bankId: 'bank-nh', name: '农业银行临山分行' },
      { bankId: 'bank-ls-rural', name: '临山农商银行' },
    ]);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page).toContain('<title>小微企业融资协调工作机制月报(2026年11月)</title>');
    expect(page.match(/<svg /g)?.length).toBeGreaterThanOrEqual(4);
    // 工商银行 meets the 18 % credit-loan share, so its bar is not red; the line marks the target.
    expect(page).toContain('>目标 ≥18.00</text>');
    expect(page).toMatch(/<rect [^>]*fill="#1f4e79"><title>工商银行临山分行 19<\/title>/);
    expect(page).not.toContain('<script');
    expect(future.status).toBe(404);
    expect(bank.status).toBe(403);
  }, 60_000);
});

describe('Bank returns uploaded as a sheet', () => {
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  /** A workbook POSTed as the bank's client would, checked against /openapi.json like t.call. */
  async function upload(bank: string, month: string, owner: string, body: Uint8Array): Promise<Response> {
    const url = `${t.stack.baseUrl}/v1/monitoring/bank-returns/${month}/${owner}/workbook`;
    const res = await fetch(url, { method: 'POST', headers: { ...as(bank), 'content-type': xlsx }, body });
    const violation = await contractViolation('POST', url, res);
    if (violation) throw new Error(`Contract: ${violation}`);
    return res;
  }
  /** 工商银行's October in 元: all loans 100 亿, enterprise 45 亿, each category 1 亿 (10 borrowers). */
  const filled = (template: string[][], privateEnterpriseYuan: string, rate: string) =>
    template.map((cells, i) => {
      if (i === 0) return cells;
      const label = cells[0] ?? '';
      if (label === '各项贷款') return [label, '10000000000', '5000', '50000000.25', '40', '4.1'];
      if (label === '企业贷款') return [label, '4500000000', '1000', '', '', ''];
      if (label === '民营企业贷款') return [label, privateEnterpriseYuan, '900', '', '', rate];
      return [label, '100000000', '10', '', '', ''];
    });

  it('takes a filled-in template: a result per row, errors naming row and column, nothing stored until all are fine', async () => {
    // Prepare: the template as a bank downloads it.
    const templateRes = await t.call(
      undefined,
      'GET',
      '/v1/monitoring/bank-return-template',
      undefined,
      as('bank-gs'),
    );
    expect(templateRes.status).toBe(200);
    expect(templateRes.headers.get('content-type')).toBe(xlsx);
    const template = (await readXlsxSheet(new Uint8Array(await templateRes.arrayBuffer()))).map((r) => [
      ...r.cells,
    ]);
    expect(template[0]).toEqual([
      '项目',
      '余额(元)',
      '户数',
      '当月新发放(元)',
      '当月新发放笔数',
      '当月新发放加权平均利率(%)',
    ]);
    expect(template.map((r) => r[0])).toContain('普惠型小微企业贷款（单户授信1000万元(含)以下）');
    const sheetOf = async (rows: string[][]) => writeXlsx([{ name: '银行统计报表', header: true, rows }]);
    // Private-enterprise loans 50 亿 above enterprise loans' 45 亿, and a rate without new loans.
    const wrong = await sheetOf(filled(template, '5000000000', '3.9'));
    const right = await sheetOf(filled(template, '2100000000', ''));

    // Act
    const refused = await upload('bank-gs', '2026-10', 'bank-gs', wrong);
    const problem = (await refused.json()) as {
      errors: { path: string; message: string }[];
      rows: { row: number; line: string; status: string; errors: { column: string }[] }[];
    };
    const nothing = await t.call(
      undefined,
      'GET',
      '/v1/monitoring/bank-returns/2026-10/bank-gs',
      undefined,
      as('bank-gs'),
    );
    const stored = await upload('bank-gs', '2026-10', 'bank-gs', right);
    const body = (await stored.json()) as {
      version: {
        version: number;
        figures: { allLoans: unknown; categories: Record<string, { balanceFen: string }> };
      };
      rows: { status: string }[];
    };
    const again = await upload('bank-gs', '2026-10', 'bank-gs', right);
    const foreign = await upload('bank-gs', '2026-10', 'bank-city', right);

    // Assess: 民营企业贷款 is the template's row 4 (header, 各项贷款, 企业贷款 above it).
    expect(refused.status).toBe(422);
    expect(problem.errors.map((e) => e.path)).toEqual([
      'body.row.4.categories.privateEnterprise.newLoansRatePercent',
      'body.row.4.categories.privateEnterprise.balanceFen',
    ]);
    expect(problem.rows).toHaveLength(9);
    expect(
      problem.rows
        .filter((r) => r.status === 'error')
        .map((r) => [r.row, r.line, r.errors.map((e) => e.column)]),
    ).toEqual([[4, 'privateEnterprise', ['当月新发放加权平均利率(%)', '余额(元)']]]);
    expect(nothing.status).toBe(404);
    expect(stored.status).toBe(201);
    expect(body.version.version).toBe(1);
    expect(body.rows.every((r) => r.status === 'ok')).toBe(true);
    expect(body.version.figures.allLoans).toEqual({
      balanceFen: '1000000000000',
      borrowers: 5000,
      newLoansFen: '5000000025',
      newLoansCount: 40,
      newLoansRatePercent: '4.1',
    });
    expect(body.version.figures.categories.privateEnterprise?.balanceFen).toBe('210000000000');
    expect(again.status).toBe(200);
    expect(foreign.status).toBe(404);
  }, 60_000);

  it('takes the same sheet as JSON rows, and names an unreadable cell and a missing line', async () => {
    // Act
    const res = await t.call(
      undefined,
      'POST',
      '/v1/monitoring/bank-returns/2026-10/bank-city/workbook',
      {
        rows: [
          ['项目', '余额(元)', '户数', '当月新发放(元)', '当月新发放笔数', '当月新发放加权平均利率(%)'],
          ['各项贷款', '1.005', '10'],
        ],
      },
      as('bank-city'),
    );
    const problem = (await res.json()) as { errors: { path: string }[] };

    // Assess
    expect(res.status).toBe(422);
    expect(problem.errors.map((e) => e.path)).toEqual([
      'body.line.enterpriseLoans',
      'body.line.privateEnterprise',
      'body.line.inclusiveSmallMicro',
      'body.line.creditLoans',
      'body.line.firstLoanHouseholds',
      'body.line.renewalsWithoutRepayment',
      'body.line.individualBusinesses',
      'body.line.mediumEnterprises',
      'body.row.2.allLoans.balanceFen',
    ]);
  });
});
