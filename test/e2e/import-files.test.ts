import { demoUscc } from '@sme/local';
import { readXlsxSheet, toCsv } from '@sme/runtime';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../support/gb18030.ts';
import { eventually, json, startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * Issue 14, "Imports that never garble": the same enterprises sent as UTF-8, UTF-8 with BOM, GBK (what
 * Excel saves as CSV in China) and .xlsx are stored alike; bytes that decode to nothing are refused with
 * their line; Chinese headers are read; the template and the export come back in unchanged. Everything
 * goes over HTTP through the local gateway, which hands binary bodies over base64-encoded as API
 * Gateway does.
 */

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
}, 60_000);
afterAll(async () => {
  await t?.stack.stop();
});

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const bom = Buffer.from([0xef, 0xbb, 0xbf]);
const uscc = (n: number) => demoUscc('999102', `MF${String(n).padStart(7, '0')}`);

const chineseHeader = [
  '统一社会信用代码',
  '企业名称',
  '主体类型',
  '所属乡镇(街道)代码',
  '行业代码',
  '从业人员',
  '营业收入(元)',
  '资产总额(元)',
  '经营状态',
  '地址',
  '有固定经营场所',
  '成立日期',
  '标签',
  '贷款银行',
];

/** 50 enterprises as an agency's sheet has them: Chinese values, full-width brackets, a CJK Extension B name, quoted addresses. */
const sheet: string[][] = Array.from({ length: 50 }, (_, i) => {
  const n = i + 1;
  return [
    uscc(n),
    n % 7 === 0
      ? `临山𠀀${n}号农场`
      : n % 5 === 0
        ? `临山（西岭）商贸${n}号有限公司`
        : `临山西岭${n}号制造有限公司`,
    n % 7 === 0 ? '家庭农场' : n % 3 === 0 ? '个体工商户' : n % 2 === 0 ? 'enterprise' : '企业',
    n % 2 === 0 ? '999102001' : '999102002',
    n % 3 === 0 ? 'F5211' : 'C3420',
    String(5 + n),
    String(100_000 * n),
    n % 4 === 0 ? '' : String(250_000 * n),
    n % 11 === 0 ? '经营异常' : '正常',
    n % 6 === 0 ? `临山市西岭区建设路${n}号, 三楼\n（东门）` : `临山市西岭区云溪路${n}号`,
    n % 2 === 0 ? '是' : '否',
    `20${String(10 + (n % 15)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`,
    n % 4 === 0
      ? '无贷户；重点产业链＝新能源汽车'
      : n % 9 === 0
        ? 'specialisedNew;smePark=西岭小微企业园:3'
        : '',
    n % 5 === 0 ? 'bank-gs;bank-nh' : '',
  ];
});
const csvText = toCsv([chineseHeader, ...sheet]);

async function post(body: Uint8Array | string, contentType: string): Promise<Response> {
  return fetch(`${t.stack.baseUrl}/v1/enterprises/imports`, {
    method: 'POST',
    headers: { 'x-api-key': t.clients.agency?.apiKey ?? '', 'content-type': contentType },
    body,
  });
}

async function get(path: string): Promise<Response> {
  return fetch(`${t.stack.baseUrl}${path}`, { headers: { 'x-api-key': t.clients.agency?.apiKey ?? '' } });
}

/** Starts an import, waits for it, and answers each row's [row, outcome]. */
async function imported(body: Uint8Array | string, contentType: string): Promise<[number, string][]> {
  const res = await post(body, contentType);
  const started = await json(res);
  expect(res.status, JSON.stringify(started)).toBe(202);
  for (let i = 0; i < 200; i++) {
    const job = await json(get(`/v1/imports/${started.jobId}`));
    if (job.status === 'completed') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const outcomes: [number, string][] = [];
  let cursor: string | undefined;
  do {
    const page = await json(
      get(`/v1/imports/${started.jobId}/rows${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`),
    );
    for (const r of page.items as { row: number; outcome: string; errors?: unknown }[]) {
      outcomes.push([r.row, r.errors ? `${r.outcome} ${JSON.stringify(r.errors)}` : r.outcome]);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return outcomes;
}

const all = (outcome: string, rows = 50, first = 2) =>
  Array.from({ length: rows }, (_, i): [number, string] => [first + i, outcome]);

async function stored(count = 50) {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => json(get(`/v1/enterprises/${uscc(i + 1)}`))),
  );
}

describe('Bulk import of files (issue 14)', () => {
  it('stores the same 50 rows alike from UTF-8, UTF-8 with BOM, GBK and .xlsx, Chinese headers and values read', async () => {
    // Prepare
    const utf8 = Buffer.from(csvText, 'utf8');
    const gbk = encodeGb18030(csvText);
    // The workbook as Excel keeps it, written by another implementation (exceljs): numbers as numbers,
    // the founding date as a date cell.
    const excel = new ExcelJS.Workbook();
    const worksheet = excel.addWorksheet('Sheet1');
    worksheet.addRow(chineseHeader);
    for (const cells of sheet) {
      const row = worksheet.addRow(
        cells.map((c, i) => {
          if (c === '') return null;
          if ([5, 6, 7].includes(i)) return Number(c);
          if (i === 11) return new Date(`${c}T00:00:00Z`);
          return c;
        }),
      );
      row.getCell(12).numFmt = 'yyyy-mm-dd';
    }
    const workbook = new Uint8Array((await excel.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    expect(gbk.equals(utf8)).toBe(false);

    // Act
    const fromUtf8 = await imported(utf8, 'text/csv');
    const first = await stored();
    const fromBom = await imported(Buffer.concat([bom, utf8]), 'text/csv');
    const fromGbk = await imported(gbk, 'text/csv');
    const fromDeclaredGbk = await imported(gbk, 'text/csv; charset=gbk');
    const fromXlsx = await imported(workbook, xlsx);
    const last = await stored();

    // Assess: the first registers all 50 (rows numbered as the spreadsheet does: 2–51); every other
    // file is the very same content, so every row is unchanged and no version moved.
    expect(fromUtf8).toEqual(all('registered'));
    expect(fromBom).toEqual(all('unchanged'));
    expect(fromGbk).toEqual(all('unchanged'));
    expect(fromDeclaredGbk).toEqual(all('unchanged'));
    expect(fromXlsx).toEqual(all('unchanged'));
    expect(last).toEqual(first);
    expect(first[6]).toMatchObject({
      name: '临山𠀀7号农场',
      entityType: 'family-farm',
      township: '999102002',
      employees: 12,
      annualRevenueYuan: 700_000,
      totalAssetsYuan: 1_750_000,
      status: 'normal',
      hasFixedPremises: false,
      establishedOn: '2017-08-17',
      version: 1,
    });
    expect(first[4]).toMatchObject({
      name: '临山（西岭）商贸5号有限公司',
      lendingBanks: ['bank-gs', 'bank-nh'],
    });
    expect(first[11]).toMatchObject({
      entityType: 'individual-business',
      address: '临山市西岭区建设路12号, 三楼\n（东门）',
      tags: { noLoanHousehold: true, keyIndustryChain: { chain: '新能源汽车' } },
    });
    expect(first[10]).toMatchObject({ status: 'abnormal' });
    expect(first[8]).toMatchObject({
      tags: { specialisedNew: true, smePark: { name: '西岭小微企业园', starLevel: 3 } },
    });
  }, 120_000);

  it('refuses a file with bytes that are not text, naming the line, and stores nothing of it', async () => {
    // Prepare: rows 60–69 in GBK; line 7 gets a GBK lead byte with no trail byte.
    const lines = [
      chineseHeader.slice(0, 5).join(','),
      ...Array.from({ length: 10 }, (_, i) => `${uscc(60 + i)},临山损坏${i}号有限公司,企业,999102001,C3420`),
    ];
    const broken = Buffer.concat(
      lines.map((line, i) =>
        Buffer.concat([
          encodeGb18030(line),
          i === 6 ? Buffer.from([0xb9]) : Buffer.alloc(0),
          Buffer.from('\r\n'),
        ]),
      ),
    );

    // Act
    const detected = await post(broken, 'text/csv');
    const declaredUtf8 = await post(encodeGb18030(lines.join('\r\n')), 'text/csv; charset=utf-8');
    const unknownCharset = await post(Buffer.from(lines.join('\r\n')), 'text/csv; charset=big5');

    // Assess
    expect(detected.status).toBe(400);
    expect((await json(detected)).errors).toEqual([
      { path: 'body.line.7', message: expect.stringContaining('GB18030') },
    ]);
    expect(declaredUtf8.status).toBe(400);
    expect((await json(declaredUtf8)).errors[0].path).toBe('body.line.1');
    expect(unknownCharset.status).toBe(415);
    expect((await get(`/v1/enterprises/${uscc(60)}`)).status).toBe(404);
  });

  it('refuses a header naming an unknown column, and an .xls file, before any row is read', async () => {
    // Act
    const unknown = await post(`统一社会信用代码,企业名称,备注\r\n${uscc(70)},临山,x\r\n`, 'text/csv');
    const xls = await post(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), xlsx);

    // Assess
    expect(unknown.status).toBe(400);
    expect((await json(unknown)).errors[0]).toMatchObject({ path: 'body.header.C' });
    expect(xls.status).toBe(400);
    expect((await json(xls)).detail).toContain('.xls');
  });

  it('takes the template back as downloaded and filled in, CSV and .xlsx', async () => {
    // Prepare
    const csvTemplate = await get('/v1/enterprises/imports/template?format=csv');
    const xlsxTemplate = await get('/v1/enterprises/imports/template?format=xlsx');
    const csvBytes = Buffer.from(await csvTemplate.arrayBuffer());
    const xlsxBytes = Buffer.from(await xlsxTemplate.arrayBuffer());
    const filledCsv = Buffer.concat([
      csvBytes,
      Buffer.from(
        `${uscc(80)},临山模板甲有限公司,企业,999102001,C3420,12,1500000,,,,,,无贷户,\r\n` +
          `${uscc(81)},临山模板乙个体户,个体工商户,999102002,F5211,2,,,,,,,,\r\n`,
        'utf8',
      ),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxBytes as never);
    const first = workbook.worksheets[0];
    first?.addRow([uscc(82), '临山模板丙有限公司', '企业', '999102001', 'C3420', 30, 5_000_000]);
    first?.addRow([uscc(83), '临山模板丁合作社', '农民专业合作社', '999102002', 'F5211', 8]);
    const filledXlsx = new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);

    // Act
    const fromCsv = await imported(filledCsv, 'text/csv');
    const fromXlsx = await imported(filledXlsx, xlsx);

    // Assess: the CSV template is UTF-8 with BOM and both headers; the .xlsx has the notes sheet.
    expect(csvTemplate.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csvTemplate.headers.get('content-disposition')).toContain('enterprise-import-template.csv');
    expect(csvBytes.subarray(0, 3)).toEqual(bom);
    expect(csvBytes.subarray(3).toString('utf8')).toMatch(/^\*统一社会信用代码 uscc,\*企业名称 name,/);
    expect(xlsxTemplate.headers.get('content-type')).toBe(xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['企业名录 enterprises', '填写说明 notes']);
    expect(fromCsv).toEqual(all('registered', 2));
    expect(fromXlsx).toEqual(all('registered', 2));
    expect(await json(get(`/v1/enterprises/${uscc(83)}`))).toMatchObject({
      name: '临山模板丁合作社',
      entityType: 'farmers-cooperative',
      employees: 8,
    });
  });

  it('exports the list by its filters in the import columns, and importing the export changes nothing', async () => {
    // Prepare: everything of township 999102001 the list pages through.
    const listed: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await json(
        get(
          `/v1/enterprises?township=999102001&limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        ),
      );
      listed.push(...page.items.map((e: { uscc: string }) => e.uscc));
      cursor = page.nextCursor;
    } while (cursor);

    // Act
    const csvExport = await get('/v1/enterprises/export?township=999102001');
    const csvBytes = Buffer.from(await csvExport.arrayBuffer());
    const xlsxExport = await get('/v1/enterprises/export?township=999102001&format=xlsx');
    const xlsxBytes = new Uint8Array(await xlsxExport.arrayBuffer());
    const xlsxRows = await readXlsxSheet(xlsxBytes);
    const before = await json(get(`/v1/enterprises/${uscc(12)}`));
    const fromCsv = await imported(csvBytes, 'text/csv');
    const fromXlsx = await imported(xlsxBytes, xlsx);
    const after = await json(get(`/v1/enterprises/${uscc(12)}`));

    // Assess: one row per listed enterprise under the template's header; nothing changed on import.
    const csvLines = csvBytes.subarray(3).toString('utf8');
    expect(csvExport.headers.get('content-disposition')).toMatch(
      /enterprises-linshan-\d{4}-\d{2}-\d{2}\.csv/,
    );
    expect(csvLines.split('\r\n')[0]).toBe(xlsxRows[0]?.cells.join(','));
    expect(
      xlsxRows
        .slice(1)
        .map((r) => r.cells[0])
        .sort(),
    ).toEqual([...listed].sort());
    expect(csvLines).toContain('"临山市西岭区建设路12号, 三楼\n（东门）"');
    expect(csvLines).toContain('keyIndustryChain=新能源汽车;noLoanHousehold');
    expect(fromCsv).toEqual(all('unchanged', listed.length));
    expect(fromXlsx).toEqual(all('unchanged', listed.length));
    expect(after).toEqual(before);
  }, 120_000);

  it('exports by tag as the list filters by it', async () => {
    // Act: the tag index is kept by the stream consumer, so it may lag the import a moment.
    const rows = await eventually(async () => {
      const res = await get('/v1/enterprises/export?tag=no-loan-household&format=xlsx');
      expect(res.status).toBe(200);
      const read = await readXlsxSheet(new Uint8Array(await res.arrayBuffer()));
      expect(read.length).toBeGreaterThan(13);
      return read;
    });

    // Assess: rows 4, 8, …, 48 of the sheet, and the template's row 80.
    expect(
      rows
        .slice(1)
        .map((r) => r.cells[0])
        .sort(),
    ).toEqual([...Array.from({ length: 12 }, (_, i) => uscc(4 * (i + 1))), uscc(80)].sort());
    expect(rows.slice(1).every((r) => r.cells[12]?.includes('noLoanHousehold'))).toBe(true);
  });
});
