import { describe, expect, it } from 'vitest';
import type { MonthlyNotice } from '../use-cases/monthly-notice.ts';
import type { GroupLabels } from './dimensions.ts';
import { approval, declarationChanged, feedback, pushed, wan } from './events.fixture.ts';
import { declarationFacts, type EnterpriseDimensions, feedbackFacts, pushFacts } from './facts.ts';
import {
  dailyTrend,
  type MonthlyReport,
  monthlyReportCharts,
  monthlyReportHtml,
  monthRange,
  targetBars,
} from './monthly-report.ts';
import { summarise } from './summary.ts';
import type { Check } from './targets.ts';

const labels: GroupLabels = { township: { '999101002': '青石镇' }, bank: { 'bank-gs': '工商银行临山分行' } };
const dims: EnterpriseDimensions = { township: '999101002', industry: 'C', noLoanHousehold: false };
const facts = [
  ...declarationFacts(declarationChanged('d1', 'E1', 1, 'DECLARED', '2026-11-02T01:00:00.000Z'), dims),
  ...pushFacts(pushed('p1', 'E1', 'bank-gs', '2026-11-03T01:00:00.000Z'), dims),
  ...feedbackFacts(
    feedback('p1', 'E1', 'bank-gs', {
      seq: 1,
      stage: 'approved',
      on: '2026-11-03',
      approved: approval(wan(150), '3.45', false),
    }),
    dims,
  ),
  // Outside the range: not in any point.
  ...pushFacts(pushed('p2', 'E2', 'bank-gs', '2026-10-31T01:00:00.000Z'), dims),
];

const check = (
  target: Check['target'],
  value: string | null,
  threshold: string,
  status: Check['status'],
): Check => ({
  target,
  citation: { seed: '000', section: '§三' },
  value,
  comparison: '≥',
  threshold,
  status,
});
const notice: MonthlyNotice = {
  month: '2026-11',
  baseMonth: '2025-12',
  targets: null,
  banks: [
    {
      rank: 1,
      bankId: 'bank-gs',
      name: '工商银行临山分行',
      category: 'state-owned-large',
      version: 1,
      indicators: {} as never,
      checks: [
        check('credit-loan-share', '19.00', '18', 'met'),
        check('inclusive-growth', '32.00', '30', 'met'),
      ],
      met: 2,
      missed: [],
    },
    {
      rank: 2,
      bankId: 'bank-city',
      name: '临山市商业银行',
      category: 'local-legal-person',
      version: 2,
      indicators: {} as never,
      checks: [
        check('credit-loan-share', '10.00', '18', 'missed'),
        check('inclusive-growth', '40.00', '32', 'met'),
      ],
      met: 1,
      missed: ['credit-loan-share'],
    },
  ],
  city: null,
  missing: ['bank-nh'],
};

describe('Function: monthRange', () => {
  it('runs from the 1st to the last day, capped at today; February of a leap year has 29', () => {
    expect(monthRange('2026-11', '2026-12-05')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2026-12', '2026-12-05')).toEqual({ from: '2026-12-01', to: '2026-12-05' });
    expect(monthRange('2028-02', '2028-12-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});

describe('Function: dailyTrend', () => {
  it('gives every day of the range, zeros included, counting each day as the summary would', () => {
    // Act
    const trend = dailyTrend(facts, '2026-11-01', '2026-11-04');

    // Assess
    expect(trend).toEqual([
      { on: '2026-11-01', declared: 0, recommended: 0, pushed: 0, approved: 0, approvedAmountFen: '0' },
      { on: '2026-11-02', declared: 1, recommended: 0, pushed: 0, approved: 0, approvedAmountFen: '0' },
      {
        on: '2026-11-03',
        declared: 0,
        recommended: 0,
        pushed: 1,
        approved: 1,
        approvedAmountFen: String(wan(150)),
      },
      { on: '2026-11-04', declared: 0, recommended: 0, pushed: 0, approved: 0, approvedAmountFen: '0' },
    ]);
  });
});

describe('Function: targetBars', () => {
  it('draws one bar per bank with a value, missed in red; a target line only when every bank has the same one', () => {
    expect(targetBars(notice, 'credit-loan-share')).toEqual({
      bars: [
        { label: '工商银行临山分行', value: 19, missed: false },
        { label: '临山市商业银行', value: 10, missed: true },
      ],
      threshold: '≥18',
    });
    // Local banks' bar is the state-owned banks' growth: two thresholds, no single line.
    expect(targetBars(notice, 'inclusive-growth').threshold).toBeNull();
    expect(targetBars(notice, 'two-increases-borrowers').bars).toEqual([]);
  });
});

describe('Function: monthlyReportHtml', () => {
  const report: MonthlyReport = {
    month: '2026-11',
    from: '2026-11-01',
    to: '2026-11-30',
    generatedAt: '2026-12-05T01:00:00.000Z',
    trend: dailyTrend(facts, '2026-11-01', '2026-11-30'),
    activity: summarise(facts, { from: '2026-11-01', to: '2026-11-30', groupBy: 'bank' }, labels),
    notice,
    missingBanks: [{ bankId: 'bank-nh', name: '农业银行临山分行' }],
  };

  it('prints the trend, approvals per bank and each assessed target as SVG, then the tables', () => {
    // Act
    const charts = monthlyReportCharts(report);
    const html = monthlyReportHtml(report);

    // Assess: trend + approvals + credit share + inclusive growth.
    expect(charts).toHaveLength(4);
    expect(charts[0]).toContain('>11-03</text>');
    expect(charts[1]).toContain('>150</text>'); // 150 万元 at the end of the bar
    expect(charts[2]).toContain('>目标 ≥18</text>');
    expect(html).toContain('<title>小微企业融资协调工作机制月报(2026年11月)</title>');
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html).toContain('<td>10.00(未达标)</td>');
    expect(html).toContain('未报送统计报表的银行:农业银行临山分行');
    expect(html).not.toContain('<script');
  });
});
