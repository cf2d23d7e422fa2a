import { describe, expect, it } from 'vitest';
import { categoryLabels } from './bank-returns.ts';
import {
  lineKeys,
  parseReturnSheet,
  sheetProblemIssues,
  templateRows,
  yuanToFen,
} from './return-workbook.ts';

const header = ['项目', '余额(元)', '户数', '当月新发放(元)', '当月新发放笔数', '当月新发放加权平均利率(%)'];
/** A consistent sheet: all loans 100 亿元, each part 1 亿 with 10 borrowers, no new loans but on all loans. */
function sheet(): { row: number; cells: string[] }[] {
  return [
    { row: 1, cells: header },
    { row: 2, cells: ['各项贷款', '10000000000', '5000', '50000000.5', '40', '4.1'] },
    ...lineKeys
      .slice(1)
      .map((k, i) => ({ row: i + 3, cells: [categoryLabels[k], '100,000,000', '10', '', '', ''] })),
  ];
}

describe('Function: yuanToFen', () => {
  it('reads 元 exactly to the fen, with or without thousands commas; more than 2 decimals is not an amount', () => {
    expect(['0', '1', '1.5', '1,500,000.05', '9999999999999999.99'].map(yuanToFen)).toEqual([
      '0',
      '100',
      '150',
      '150000005',
      '999999999999999999',
    ]);
    expect(['1.005', '-1', '1e6', 'abc', ''].map(yuanToFen)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('Function: parseReturnSheet', () => {
  it('turns a filled-in sheet into the return, every row ok; blanks are 0 and a blank rate is null', () => {
    // Act
    const parse = parseReturnSheet(sheet());

    // Assess
    expect(parse.sheetIssues).toEqual([]);
    expect(parse.results.map((r) => [r.row, r.line, r.status])).toEqual(
      lineKeys.map((k, i) => [i + 2, k, 'ok']),
    );
    expect(parse.figures?.allLoans).toEqual({
      balanceFen: '1000000000000',
      borrowers: 5000,
      newLoansFen: '5000000050',
      newLoansCount: 40,
      newLoansRatePercent: '4.1',
    });
    expect(parse.figures?.categories.inclusiveSmallMicro).toEqual({
      balanceFen: '10000000000',
      borrowers: 10,
      newLoansFen: '0',
      newLoansCount: 0,
      newLoansRatePercent: null,
    });
  });

  it('names the row and column of each unreadable cell, and of an unknown or repeated line', () => {
    // Prepare
    const rows = sheet();
    rows[2] = { row: 3, cells: ['企业贷款', '1.005', 'many', '', '', ''] };
    rows.push({ row: 20, cells: ['其他贷款', '1'] }, { row: 21, cells: ['信用贷款', '1'] });

    // Act
    const parse = parseReturnSheet(rows);

    // Assess
    expect(parse.figures).toBeUndefined();
    const bad = parse.results.filter((r) => r.status === 'error');
    expect(bad.map((r) => [r.row, r.line, r.errors.map((e) => [e.column, e.path])])).toEqual([
      [
        3,
        'enterpriseLoans',
        [
          ['余额(元)', 'enterpriseLoans.balanceFen'],
          ['户数', 'enterpriseLoans.borrowers'],
        ],
      ],
      [20, null, [['项目', 'line']]],
      [21, 'creditLoans', [['项目', 'categories.creditLoans']]],
    ]);
    expect(sheetProblemIssues(parse).map((i) => i.path)).toEqual([
      'body.row.3.enterpriseLoans.balanceFen',
      'body.row.3.enterpriseLoans.borrowers',
      'body.row.20.line',
      'body.row.21.categories.creditLoans',
    ]);
  });

  it('puts a part above its total on the part’s row and column', () => {
    // Prepare: private-enterprise balance 2 亿 above enterprise loans' 1 亿.
    const rows = sheet();
    rows[3] = { row: 4, cells: ['民营企业贷款', '200000000', '10', '', '', ''] };

    // Act
    const parse = parseReturnSheet(rows);

    // Assess
    expect(parse.results.find((r) => r.status === 'error')).toEqual({
      row: 4,
      line: 'privateEnterprise',
      status: 'error',
      errors: [
        {
          column: '余额(元)',
          path: 'categories.privateEnterprise.balanceFen',
          message: 'exceeds enterpriseLoans.balanceFen',
        },
      ],
    });
  });

  it('refuses a sheet without the header, and names each missing line', () => {
    expect(parseReturnSheet([{ row: 2, cells: ['项目', '余额'] }]).sheetIssues).toEqual([
      { path: 'body.row.2', message: expect.stringContaining('the header row must be: 项目 | 余额(元)') },
    ]);
    const parse = parseReturnSheet(sheet().slice(0, 3));
    expect(parse.sheetIssues.map((i) => i.path)).toEqual(lineKeys.slice(2).map((k) => `body.line.${k}`));
  });

  it('takes its own template back: the labels name the lines', () => {
    const rows = templateRows().map((cells, i) => ({ row: i + 1, cells }));
    const parse = parseReturnSheet(rows);
    expect(parse.results.map((r) => r.line)).toEqual([...lineKeys]);
  });
});
