import type { MonthlyNotice } from '../use-cases/monthly-notice.ts';
import { columns, escapeHtml, htmlTable, wan } from './bulletin.ts';
import { addDays, daysBetween } from './business-dates.ts';
import { type Bar, barChartSvg, lineChartSvg } from './charts.ts';
import type { Fact } from './facts.ts';
import { measure, type Summary } from './summary.ts';
import type { TargetId } from './targets.ts';

/** One day of the month's activity, for the trend. */
export interface TrendPoint {
  on: string;
  declared: number;
  recommended: number;
  pushed: number;
  approved: number;
  approvedAmountFen: string;
}

/**
 * The monthly report (月报): the month's activity per bank and day from the facts, and the monthly
 * notice from the banks' returns (indicators, targets per bank, ranking). Built on demand for any month.
 */
export interface MonthlyReport {
  month: string;
  /** First day of the month. */
  from: string;
  /** Last day of the month, or today for the current month. */
  to: string;
  generatedAt: string;
  trend: TrendPoint[];
  activity: Summary;
  notice: MonthlyNotice;
  /** The banks without a return for the month, named. */
  missingBanks: { bankId: string; name: string }[];
}

/** First and last day of a `yyyy-mm` month, the last capped at `today`. */
export function monthRange(month: string, today: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
  return { from: `${month}-01`, to: last < today ? last : today };
}

/** One point per day of [from, to], every day present (a day without facts is zeros), in one pass over the facts. */
export function dailyTrend(facts: readonly Fact[], from: string, to: string): TrendPoint[] {
  const byDay = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.on < from || f.on > to) continue;
    const day = byDay.get(f.on);
    if (day) day.push(f);
    else byDay.set(f.on, [f]);
  }
  const points: TrendPoint[] = [];
  for (let i = 0; i <= daysBetween(from, to); i++) {
    const on = addDays(from, i);
    const m = measure(byDay.get(on) ?? []);
    points.push({
      on,
      declared: m.declared,
      recommended: m.recommended,
      pushed: m.pushed,
      approved: m.approved.count,
      approvedAmountFen: m.approved.amountFen,
    });
  }
  return points;
}

const targetTitles: Record<TargetId, string> = {
  'private-enterprise-share': '民营企业贷款占比(%)',
  'credit-loan-share': '信用贷款占比(%)',
  'inclusive-growth': '普惠型小微企业贷款增速(%)',
  'two-increases-growth': '“两增”:普惠小微贷款增速(%)',
  'two-increases-borrowers': '“两增”:普惠小微贷款户数较年初增加(户)',
};
const statusText = { met: '达标', missed: '未达标', 'not-assessed': '不考核' } as const;

/**
 * Per-bank bars of one target's indicator from the notice, missed bars in red; the target line is drawn
 * when every bank has the same threshold (the large/small bank shares differ, so theirs has none).
 */
export function targetBars(
  notice: MonthlyNotice,
  target: TargetId,
): { bars: Bar[]; threshold: string | null } {
  const bars: Bar[] = [];
  const thresholds = new Set<string>();
  for (const bank of notice.banks) {
    const check = bank.checks.find((c) => c.target === target);
    if (!check || check.value === null) continue;
    bars.push({ label: bank.name, value: Number(check.value), missed: check.status === 'missed' });
    if (check.threshold !== null) thresholds.add(`${check.comparison}${check.threshold}`);
  }
  return { bars, threshold: thresholds.size === 1 ? ([...thresholds][0] ?? null) : null };
}

/** The charts of the report, in print order: the daily trend, approvals per bank, then one per target. */
export function monthlyReportCharts(r: MonthlyReport): string[] {
  const trend = lineChartSvg({
    title: `${r.month} 每日申报、推送、授信(笔)`,
    labels: r.trend.map((p) => p.on.slice(5)),
    series: [
      { name: '申报', values: r.trend.map((p) => p.declared) },
      { name: '推送', values: r.trend.map((p) => p.pushed) },
      { name: '授信', values: r.trend.map((p) => p.approved) },
    ],
  });
  const approvals = barChartSvg({
    title: '本月分银行授信金额(万元)',
    bars: r.activity.groups.map((g) => ({
      label: g.label,
      value: Number(wan(g.measures.approved.amountFen)),
    })),
  });
  const targets = (Object.keys(targetTitles) as TargetId[]).flatMap((target) => {
    const { bars, threshold } = targetBars(r.notice, target);
    if (bars.length === 0) return [];
    const value = threshold === null ? undefined : Number(threshold.slice(1));
    return [
      barChartSvg({
        title: `${targetTitles[target]}(红色为未达标)`,
        bars,
        ...(value === undefined ? {} : { target: { value, label: `目标 ${threshold}` } }),
      }),
    ];
  });
  return [trend, approvals, ...targets];
}

/** The report as a self-contained printable page: charts as inline SVG, no scripts, no external assets. */
export function monthlyReportHtml(r: MonthlyReport): string {
  const [year, month] = r.month.split('-');
  const title = `小微企业融资协调工作机制月报(${year}年${Number(month)}月)`;
  const activityRows = [
    ...r.activity.groups.map((g) => [g.label, ...columns.map(([, v]) => v(g.measures))]),
    ['合计', ...columns.map(([, v]) => v(r.activity.totals))],
  ];
  const targetIds = Object.keys(targetTitles) as TargetId[];
  const noticeRows = r.notice.banks.map((b) => [
    b.rank,
    b.name,
    ...targetIds.map((t) => {
      const c = b.checks.find((x) => x.target === t);
      return c ? `${c.value ?? '-'}(${statusText[c.status]})` : '-';
    }),
    b.met,
    b.missed.length,
  ]);
  const cityRow = r.notice.city
    ? [
        [
          '',
          `全市(${r.notice.city.banks}家)`,
          ...targetIds.map((t) => {
            const c = r.notice.city?.checks.find((x) => x.target === t);
            return c ? `${c.value ?? '-'}(${statusText[c.status]})` : '-';
          }),
          r.notice.city.checks.filter((c) => c.status === 'met').length,
          r.notice.city.checks.filter((c) => c.status === 'missed').length,
        ],
      ]
    : [];
  const charts = monthlyReportCharts(r)
    .map((svg) => `<figure>${svg}</figure>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "SimSun", "Songti SC", serif; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8mm; page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 2px 4px; text-align: right; }
th:first-child, td:first-child, td:nth-child(2) { text-align: left; }
figure { margin: 0 0 6mm; page-break-inside: avoid; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>统计期间:${escapeHtml(r.from)} 至 ${escapeHtml(r.to)}</p>
${charts}
<h2>本月工作情况(分银行)</h2>
${htmlTable(['银行', ...columns.map(([h]) => h)], activityRows)}
<h2>按月通报:银行统计指标与目标(基期 ${escapeHtml(r.notice.baseMonth)})</h2>
${htmlTable(['排名', '银行', ...targetIds.map((t) => targetTitles[t]), '达标项', '未达标项'], [...noticeRows, ...cityRow])}
<p>未报送统计报表的银行:${escapeHtml(r.missingBanks.map((b) => b.name).join('、') || '无')}</p>
<p>生成时间:${escapeHtml(r.generatedAt)}</p>
</body>
</html>
`;
}
