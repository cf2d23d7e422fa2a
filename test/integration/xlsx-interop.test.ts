import { readXlsxSheet, writeXlsx } from '@sme/runtime';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

/**
 * The workbooks of imports, templates and exports against another implementation (exceljs): what it
 * writes as Excel would (rows that start lower, an empty first column, dates, rich text, formulas) our
 * reader numbers and reads as the cells show; what we write it opens with our sheets, header and text cells.
 */
describe('Integration: .xlsx files between the runtime and exceljs', () => {
  it('reads a workbook exceljs wrote: spreadsheet row numbers, dates, rich text, formula results, big numbers', async () => {
    // Prepare
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名录');
    workbook.addWorksheet('其他').getCell('A1').value = 'not read';
    sheet.getCell('B3').value = '统一社会信用代码';
    sheet.getCell('C3').value = '成立日期';
    sheet.getCell('D3').value = '企业名称';
    sheet.getCell('E3').value = '从业人员';
    sheet.getCell('B4').value = Number('913301001234567890'); // an all-digit code typed into a General cell
    sheet.getCell('C4').value = new Date(Date.UTC(2019, 2, 5));
    sheet.getCell('C4').numFmt = 'yyyy-mm-dd';
    sheet.getCell('D4').value = { richText: [{ text: '临山' }, { font: { bold: true }, text: '𠀀公司' }] };
    sheet.getCell('E4').value = { formula: '20+5', result: 25 };
    sheet.getCell('B6').value = '91999102MC0000010Y';
    sheet.getCell('E6').value = true;
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);

    // Act
    const rows = await readXlsxSheet(bytes);

    // Assess: rows 1, 2 and 5 are empty; an 18-digit number is what Excel made of it (for the USCC
    // check to refuse), never silently rounded into another valid code.
    expect(rows).toEqual([
      { row: 3, cells: ['', '统一社会信用代码', '成立日期', '企业名称', '从业人员'] },
      { row: 4, cells: ['', '913301001234568000', '2019-03-05', '临山𠀀公司', '25'] },
      { row: 6, cells: ['', '91999102MC0000010Y', '', '', 'true'] },
    ]);
  });

  it('writes a workbook exceljs opens: sheet names, frozen bold header, text-formatted code cells, numbers', async () => {
    // Act
    const bytes = await writeXlsx([
      {
        name: '企业名录 enterprises',
        header: true,
        widths: [22, 10],
        textColumns: [0],
        rows: [
          ['*统一社会信用代码 uscc', '从业人员 employees'],
          ['91999102MC0000010Y', 25],
        ],
      },
      { name: '填写说明 notes', rows: [['列 column']] },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    const first = workbook.worksheets[0];

    // Assess
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['企业名录 enterprises', '填写说明 notes']);
    expect(first?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(first?.getCell('A1').font?.bold).toBe(true);
    expect(first?.getCell('A2')).toMatchObject({ value: '91999102MC0000010Y', numFmt: '@' });
    expect(first?.getCell('B2').value).toBe(25);
    expect(first?.getColumn(1).width).toBe(22);
  });
});
