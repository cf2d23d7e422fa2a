import { describe, expect, it } from 'vitest';
import { maskPhone } from '../handlers/views.ts';
import { declared, facts, registryFacts, USCC } from './declaration.fixture.ts';
import {
  businessMonth,
  declarationReportRow,
  exportLayout,
  exportSheets,
  exportTotals,
  orderFigures,
  reportPartitions,
  type UpperLevelFigures,
  wanYuan,
} from './upper-level-export.ts';

const labels = { townships: { '999101002': '青石镇' }, banks: { 'bank-gs': '工商银行临山分行' } };

describe('Function: businessMonth', () => {
  it('files an instant under its Shanghai month: 16:00 UTC on the last day is already next month', () => {
    expect(businessMonth('2026-11-30T15:59:59.999Z')).toBe('2026-11');
    expect(businessMonth('2026-11-30T16:00:00.000Z')).toBe('2026-12');
  });
});

describe('Function: declarationReportRow', () => {
  it('keeps the list columns with the phone masked, and files a signed-off version under both months', () => {
    // Prepare: declared on the last evening of November (Shanghai), signed off in December.
    const d = declared({
      createdAt: '2026-11-30T12:00:00.000Z',
      state: 'PUSHED',
      version: 7,
      facts: facts({
        registry: registryFacts({
          name: '临山机械',
          keyIndustryChain: true,
          keyIndustryChainName: '新能源装备',
        }),
      }),
      contact: { name: '李娜', phone: '13800138000' },
      signOff: { clientId: 'c', orgId: 'ls-gov', at: '2026-12-01T01:00:00.000Z' },
      push: {
        batchId: 'pb-20261201-0000abcd',
        at: '2026-12-01T02:00:00.000Z',
        banks: [{ bankId: 'bank-gs', pushId: 'p1', rank: 1 }],
      },
    });

    // Act
    const row = declarationReportRow(d, maskPhone);

    // Assess
    expect(row).toMatchObject({
      declarationId: d.id,
      version: 7,
      uscc: USCC,
      name: '临山机械',
      township: '999101002',
      keyIndustryChainName: '新能源装备',
      contactPhone: '138****8000',
      pushedBankIds: ['bank-gs'],
    });
    expect(JSON.stringify(row)).not.toContain('13800138000');
    expect(reportPartitions(row)).toEqual([
      { list: 'DECLARED', month: '2026-11' },
      { list: 'RECOMMENDED', month: '2026-12' },
    ]);
    expect(reportPartitions({ ...row, signedOffAt: undefined } as never)).toEqual([
      { list: 'DECLARED', month: '2026-11' },
    ]);
  });
});

describe('Function: exportSheets', () => {
  const row = declarationReportRow(
    declared({
      createdAt: '2026-11-03T02:00:00.000Z',
      facts: facts({ registry: registryFacts({ name: '临山机械' }) }),
    }),
    maskPhone,
  );
  const figures: UpperLevelFigures = {
    month: '2026-11',
    generatedAt: '2026-12-01T17:00:00.000Z',
    declarations: [
      { ...row, declarationId: 'd-2', createdAt: '2026-11-05T00:00:00.000Z', amountFen: 123_456_789 },
      { ...row, declarationId: 'd-1' },
    ],
    recommendations: [],
    loans: [
      {
        pushId: 'p1',
        seq: 3,
        batchId: 'pb-1',
        bankId: 'bank-gs',
        uscc: USCC,
        approvedOn: '2026-11-20',
        amountFen: 1_500_000_01,
        annualRatePercent: '3.45',
        termMonths: 12,
        guaranteeType: 'credit',
        creditLoan: true,
      },
    ],
  };

  it('writes the documented sheets in order, headers first, rows ordered by date and numbered', () => {
    // Act
    const sheets = exportSheets(orderFigures(figures), labels);

    // Assess
    expect(sheets.map((s) => s.name)).toEqual(['汇总', '申报清单', '推荐清单', '贷款清单']);
    expect(sheets[1]?.rows[0]).toEqual(exportLayout.declarations.headers);
    expect(sheets[1]?.rows.slice(1).map((r) => [r[0], r[1], r[4], r[7]])).toEqual([
      [1, 'd-1', '青石镇', 200],
      [2, 'd-2', '青石镇', 123.456789],
    ]);
    expect(sheets[2]?.rows).toEqual([exportLayout.recommendations.headers]);
    expect(sheets[3]?.rows[1]).toEqual([
      1,
      undefined,
      USCC,
      undefined,
      '工商银行临山分行',
      '2026-11-20',
      150.000001,
      '3.45',
      12,
      '信用',
      '是',
      'pb-1',
      'p1',
    ]);
  });

  it('sums each list exactly in fen; 万元 cells carry every fen', () => {
    expect(exportTotals(figures)).toEqual({
      declared: { count: 2, amountFen: 123_456_789 + 200_000_000 },
      recommended: { count: 0, amountFen: 0 },
      loans: { count: 1, enterprises: 1, amountFen: 150_000_001 },
    });
    expect(wanYuan(1)).toBe(0.000001);
    expect(wanYuan(200_000_000)).toBe(200);
  });
});
