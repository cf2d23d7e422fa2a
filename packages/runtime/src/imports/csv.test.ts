import { describe, expect, it } from 'vitest';
import { readCsvSheet, toCsv } from './csv.ts';

describe('Function: readCsvSheet', () => {
  it('numbers rows as a spreadsheet does: a quoted multi-line cell is one row, an empty line is a row', () => {
    // Act
    const rows = readCsvSheet('uscc,address\r\n1,"临山县\r\n建设路88号"\r\n\r\n2, 城关镇 ,extra\r\n');

    // Assess
    expect(rows).toEqual([
      { row: 1, cells: ['uscc', 'address'] },
      { row: 2, cells: ['1', '临山县\r\n建设路88号'] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['2', '城关镇', 'extra'] },
    ]);
  });

  it('refuses text that is not CSV, naming the line', () => {
    // Act
    const read = () => readCsvSheet('a,b\n1,"unclosed\n');

    // Assess
    expect(read).toThrowError(expect.objectContaining({ type: 'malformed-request' }));
  });
});

describe('Function: toCsv', () => {
  it('quotes what needs it, defuses formulas, and reads back to the same cells', () => {
    // Prepare
    const cells = ['=HYPERLINK("x")', '临山, 有限公司', 'say "hi"', '+86', 'plain', 12, true, undefined];

    // Act
    const csv = toCsv([cells]);

    // Assess
    expect(csv).toBe(`"'=HYPERLINK(""x"")","临山, 有限公司","say ""hi""",'+86,plain,12,true,\r\n`);
    expect(readCsvSheet(csv)[0]?.cells).toEqual([
      '=HYPERLINK("x")',
      '临山, 有限公司',
      'say "hi"',
      '+86',
      'plain',
      '12',
      'true',
      '',
    ]);
  });
});
