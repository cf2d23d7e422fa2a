import { readFileSync } from 'node:fs';
import { DomainError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { enterpriseInputSchema } from '../contracts.ts';
import {
  cellsToInput,
  columnLetter,
  columnOf,
  enterpriseCells,
  enterpriseColumns,
  headerRow,
  sheetToRows,
  tagsCell,
} from './spreadsheet.ts';

const uscc = '91999102MC0000010Y';

describe('Function: columnOf', () => {
  it('maps Chinese, English and combined header cells to their column', () => {
    // Act
    const mapped = Object.fromEntries(
      [
        '统一社会信用代码',
        '*统一社会信用代码 uscc',
        'uscc',
        'USCC',
        '企业名称',
        '主体类型',
        '所属乡镇(街道)代码',
        '所属乡镇（街道）代码',
        '行业代码',
        '从业人员',
        '营业收入(元)',
        '营业收入（元）\nannualRevenueYuan',
        '资产总额(元)(totalAssetsYuan)',
        '经营状态',
        '地址',
        '有固定经营场所',
        '成立日期',
        '标签',
        '贷款银行',
        ' 企 业 名 称 ',
      ].map((h) => [h, columnOf(h)]),
    );

    // Assess
    expect(mapped).toEqual({
      统一社会信用代码: 'uscc',
      '*统一社会信用代码 uscc': 'uscc',
      uscc: 'uscc',
      USCC: 'uscc',
      企业名称: 'name',
      主体类型: 'entityType',
      '所属乡镇(街道)代码': 'township',
      '所属乡镇（街道）代码': 'township',
      行业代码: 'industryCode',
      从业人员: 'employees',
      '营业收入(元)': 'annualRevenueYuan',
      '营业收入（元）\nannualRevenueYuan': 'annualRevenueYuan',
      '资产总额(元)(totalAssetsYuan)': 'totalAssetsYuan',
      经营状态: 'status',
      地址: 'address',
      有固定经营场所: 'hasFixedPremises',
      成立日期: 'establishedOn',
      标签: 'tags',
      贷款银行: 'lendingBanks',
      ' 企 业 名 称 ': 'name',
    });
  });

  it('names no column for an unknown header or 万元, and a conflict for two names of different columns', () => {
    expect(columnOf('备注')).toBeUndefined();
    expect(columnOf('营业收入(万元)')).toBeUndefined();
    expect(columnOf('企业名称 uscc')).toBe('conflict');
  });

  it('reads every header cell the template writes back to its own column', () => {
    expect(headerRow().map(columnOf)).toEqual(enterpriseColumns.map((c) => c.key));
    expect(headerRow()[0]).toBe('*统一社会信用代码 uscc');
  });
});

describe('Function: cellsToInput', () => {
  it('reads Chinese values, Excel-formatted numbers and dates, tags and banks', () => {
    // Act
    const row = cellsToInput({
      uscc,
      name: '临山示例有限公司',
      entityType: '个体工商户',
      status: '存续',
      employees: '1,200',
      annualRevenueYuan: '1500000.00',
      totalAssetsYuan: 'many',
      hasFixedPremises: '否',
      establishedOn: '2019年3月5日',
      tags: '无贷户；重点产业链＝新能源汽车；smePark=临山小微企业园(一期)：3；green=false',
      lendingBanks: 'bank-gs、bank-nh',
    });

    // Assess: what cannot be read stays text, for the schema to reject naming the field.
    expect(row).toEqual({
      uscc,
      name: '临山示例有限公司',
      entityType: 'individual-business',
      status: 'normal',
      employees: 1200,
      annualRevenueYuan: 1_500_000,
      totalAssetsYuan: 'many',
      hasFixedPremises: false,
      establishedOn: '2019-03-05',
      tags: {
        noLoanHousehold: true,
        keyIndustryChain: { chain: '新能源汽车' },
        smePark: { name: '临山小微企业园(一期)', starLevel: 3 },
        green: false,
      },
      lendingBanks: ['bank-gs', 'bank-nh'],
    });
  });

  it('reads the codes as written: entity types, statuses, flags, ISO and slash dates', () => {
    // Act
    const row = cellsToInput({
      entityType: 'farmers-cooperative',
      status: 'deregistered',
      hasFixedPremises: 'true',
      establishedOn: '2019/3/5',
      tags: 'specialisedNew;cultivationPool',
    });

    // Assess
    expect(row).toEqual({
      entityType: 'farmers-cooperative',
      status: 'deregistered',
      hasFixedPremises: true,
      establishedOn: '2019-03-05',
      tags: { specialisedNew: true, cultivationPool: true },
    });
  });
});

describe('Function: enterpriseCells', () => {
  it('writes an enterprise so that reading the row back gives the same input', () => {
    // Prepare
    const input = enterpriseInputSchema.parse({
      name: '临山示例有限公司',
      entityType: 'enterprise',
      township: '999102001',
      industryCode: 'C3420',
      employees: 0,
      annualRevenueYuan: 3_000_000,
      status: 'abnormal',
      address: '临山县城关镇建设路88号',
      hasFixedPremises: false,
      establishedOn: '2019-03-05',
      tags: {
        keyIndustryChain: { chain: '新能源汽车' },
        smePark: { name: '园区:一期', starLevel: 4 },
        noLoanHousehold: true,
        green: false,
      },
      lendingBanks: ['bank-gs', 'bank-city'],
    });

    // Act
    const cells = enterpriseCells({ ...input, uscc } as Parameters<typeof enterpriseCells>[0]);
    const back = cellsToInput(
      Object.fromEntries(
        enterpriseColumns.flatMap((c, i) => {
          const cell = cells[i];
          return cell === undefined ? [] : [[c.key, String(cell)]];
        }),
      ),
    );

    // Assess
    expect(tagsCell(input.tags)).toBe(
      'keyIndustryChain=新能源汽车;smePark=园区:一期:4;green=false;noLoanHousehold',
    );
    expect(cells[enterpriseColumns.findIndex((c) => c.key === 'totalAssetsYuan')]).toBeUndefined();
    expect(enterpriseInputSchema.extend({ uscc: z.string() }).parse(back)).toEqual({
      ...input,
      uscc,
    });
  });
});

describe('Function: sheetToRows', () => {
  it('maps the header, skips empty rows and keeps each row its spreadsheet number', () => {
    // Act
    const { rows, rowNumbers } = sheetToRows([
      { row: 1, cells: [] },
      { row: 2, cells: ['统一社会信用代码', '企业名称', '主体类型', '所属乡镇(街道)代码', '行业代码', ''] },
      { row: 3, cells: [uscc, '临山示例有限公司', '企业', '999102001', 'C3420'] },
      { row: 4, cells: ['', '', ''] },
      { row: 5, cells: [uscc, '临山示例二号', 'enterprise', '999102001', 'C3420', ''] },
    ]);

    // Assess
    expect(rowNumbers).toEqual([3, 5]);
    expect(rows[0]).toEqual({
      uscc,
      name: '临山示例有限公司',
      entityType: 'enterprise',
      township: '999102001',
      industryCode: 'C3420',
    });
  });

  it('refuses a header with an unknown, a repeated or a missing required column, naming the cell', () => {
    // Prepare
    const refusal = (header: string[]) => {
      try {
        sheetToRows([{ row: 1, cells: header }]);
      } catch (error) {
        if (error instanceof DomainError) return error.issues;
      }
      return undefined;
    };
    const required = ['uscc', 'name', 'entityType', 'township', 'industryCode'];

    // Act
    const unknown = refusal([...required, '备注']);
    const repeated = refusal([...required, '企业名称']);
    const missing = refusal(['uscc', 'name', 'entityType', 'township']);

    // Assess
    expect(unknown).toEqual([
      { path: 'body.header.F', message: expect.stringContaining("unknown column '备注'") },
    ]);
    expect(repeated).toEqual([
      { path: 'body.header.F', message: expect.stringContaining('repeats column B') },
    ]);
    expect(missing).toEqual([
      { path: 'body.header', message: expect.stringContaining('行业代码 (industryCode)') },
    ]);
  });

  it('keeps a value outside the header under its column letter, so the row is rejected', () => {
    const { rows } = sheetToRows([
      { row: 1, cells: ['uscc', 'name', 'entityType', 'township', 'industryCode'] },
      { row: 2, cells: [uscc, 'n', 'enterprise', '999102001', 'C3420', 'stray'] },
    ]);
    expect(rows[0]).toMatchObject({ 'column F': 'stray' });
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(26)).toBe('AA');
  });
});

describe('Document: docs/imports.md', () => {
  it('lists every column with its Chinese and English name, in order', () => {
    // Prepare
    const doc = readFileSync(new URL('../../../../docs/imports.md', import.meta.url), 'utf8');
    const tableRows = doc
      .split('\n')
      .filter((l) => /^\| [A-Z] /.test(l))
      .map((l) => l.split('|').map((c) => c.trim()));

    // Assess
    expect(tableRows.map((r) => [r[2], r[3]])).toEqual(enterpriseColumns.map((c) => [c.zh, `\`${c.key}\``]));
  });
});
