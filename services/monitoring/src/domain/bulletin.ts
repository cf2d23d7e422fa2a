import { barChartSvg } from './charts.ts';
import type { Grouping } from './dimensions.ts';
import type { Measures, Summary } from './summary.ts';

/** A gap list's size per group, at the moment the bulletin was generated. */
export interface GapCount {
  key: string;
  label: string;
  count: number;
}

/**
 * The weekly bulletin (周通报, seed 001 §六(一)): last week's figures per township, industry and
 * bank, and how long the two gap lists were when it was generated. Its id is its week's Monday.
 */
export interface Bulletin {
  weekStart: string;
  weekEnd: string;
  generatedAt: string;
  summaries: Record<Grouping, Summary>;
  gaps: {
    shouldBeIn: { total: number; byTownship: GapCount[] };
    shouldBeLent: { total: number; byBank: GapCount[] };
  };
}

/** Assembles a bulletin; gap groups with nothing in them are left out. */
export function buildBulletin(args: {
  weekStart: string;
  weekEnd: string;
  generatedAt: string;
  summaries: Record<Grouping, Summary>;
  shouldBeInByTownship: GapCount[];
  shouldBeLentByBank: GapCount[];
}): Bulletin {
  const nonEmpty = (counts: GapCount[]) => counts.filter((c) => c.count > 0);
  const total = (counts: GapCount[]) => counts.reduce((sum, c) => sum + c.count, 0);
  return {
    weekStart: args.weekStart,
    weekEnd: args.weekEnd,
    generatedAt: args.generatedAt,
    summaries: args.summaries,
    gaps: {
      shouldBeIn: {
        total: total(args.shouldBeInByTownship),
        byTownship: nonEmpty(args.shouldBeInByTownship),
      },
      shouldBeLent: { total: total(args.shouldBeLentByBank), byBank: nonEmpty(args.shouldBeLentByBank) },
    },
  };
}

/** Columns of a bulletin table, in order: header (Chinese, as the office reads it) and value. */
export const columns: [string, (m: Measures) => string | number][] = [
  ['申报', (m) => m.declared],
  ['推荐', (m) => m.recommended],
  ['推送', (m) => m.pushed],
  ['对接', (m) => m.contacted],
  ['授信笔数', (m) => m.approved.count],
  ['授信金额(万元)', (m) => wan(m.approved.amountFen)],
  ['拒绝', (m) => m.rejected],
  ['放款笔数', (m) => m.disbursed.count],
  ['放款金额(万元)', (m) => wan(m.disbursed.amountFen)],
  ['首贷户', (m) => m.firstLoanHouseholds],
  ['信用贷款占比(%,按金额)', (m) => m.creditLoan.sharePercentOfAmount ?? '-'],
  ['加权平均利率(%)', (m) => m.averageRatePercent.amountWeighted ?? '-'],
  ['简单平均利率(%)', (m) => m.averageRatePercent.simpleMean ?? '-'],
  ['超期未反馈', (m) => m.deadlineBreaches],
];

/** Integer fen → 万元 with 2 places, exactly (10⁶ fen = 1 万元), for printed tables. */
export function wan(amountFen: string): string {
  const fen = BigInt(amountFen);
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  // Round half up on the hundredths of 万元 (10⁴ fen each).
  const hundredths = (abs + 5_000n) / 10_000n;
  const text = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

const groupingTitles: Record<Grouping, string> = {
  township: '分乡镇(街道)',
  industry: '分行业',
  bank: '分银行',
};
const order: Grouping[] = ['township', 'industry', 'bank'];

function rowsOf(summary: Summary): [string, Measures][] {
  return [...summary.groups.map((g): [string, Measures] => [g.label, g.measures]), ['合计', summary.totals]];
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The bulletin as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as
 * mojibake), CRLF line ends, one table per grouping, then the gap counts.
 */
export function bulletinCsv(b: Bulletin): string {
  const lines: (string | number)[][] = [[`小微企业融资协调工作机制周通报 ${b.weekStart} 至 ${b.weekEnd}`]];
  for (const grouping of order) {
    lines.push([], [groupingTitles[grouping], ...columns.map(([h]) => h)]);
    for (const [label, m] of rowsOf(b.summaries[grouping]))
      lines.push([label, ...columns.map(([, v]) => v(m))]);
  }
  lines.push([], ['应进未进(按乡镇)', '户数']);
  for (const c of b.gaps.shouldBeIn.byTownship) lines.push([c.label, c.count]);
  lines.push(['合计', b.gaps.shouldBeIn.total], [], ['应贷未贷(按银行)', '笔数']);
  for (const c of b.gaps.shouldBeLent.byBank) lines.push([c.label, c.count]);
  lines.push(['合计', b.gaps.shouldBeLent.total], [], ['生成时间', b.generatedAt]);
  return `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export const escapeHtml = (value: string | number) =>
  String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

export function htmlTable(head: string[], rows: (string | number)[][]): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** The bulletin's charts as inline SVG: declarations per township, approvals per bank, the "should be lent" gap per bank. */
export function bulletinCharts(b: Bulletin): string[] {
  return [
    barChartSvg({
      title: '本周分乡镇(街道)申报(户)',
      bars: b.summaries.township.groups.map((g) => ({ label: g.label, value: g.measures.declared })),
    }),
    barChartSvg({
      title: '本周分银行授信金额(万元)',
      bars: b.summaries.bank.groups.map((g) => ({
        label: g.label,
        value: Number(wan(g.measures.approved.amountFen)),
      })),
    }),
    barChartSvg({
      title: '应贷未贷(按银行,笔)',
      bars: b.gaps.shouldBeLent.byBank.map((c) => ({ label: c.label, value: c.count })),
    }),
  ];
}

/** The bulletin as a self-contained printable page (A4 landscape, charts as inline SVG, no scripts, no external assets). */
export function bulletinHtml(b: Bulletin): string {
  const title = `小微企业融资协调工作机制周通报(${b.weekStart} 至 ${b.weekEnd})`;
  const sections = order.map((grouping) => {
    const rows = rowsOf(b.summaries[grouping]).map(([label, m]) => [label, ...columns.map(([, v]) => v(m))]);
    return `<h2>${escapeHtml(groupingTitles[grouping])}</h2>\n${htmlTable(['', ...columns.map(([h]) => h)], rows)}`;
  });
  const gapIn = htmlTable(
    ['乡镇(街道)', '户数'],
    [...b.gaps.shouldBeIn.byTownship.map((c) => [c.label, c.count]), ['合计', b.gaps.shouldBeIn.total]],
  );
  const gapLent = htmlTable(
    ['银行', '笔数'],
    [...b.gaps.shouldBeLent.byBank.map((c) => [c.label, c.count]), ['合计', b.gaps.shouldBeLent.total]],
  );
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
th:first-child, td:first-child { text-align: left; }
tbody tr:last-child { font-weight: bold; }
figure { margin: 0 0 6mm; page-break-inside: avoid; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${bulletinCharts(b)
  .map((svg) => `<figure>${svg}</figure>`)
  .join('\n')}
${sections.join('\n')}
<h2>应进未进(生成时)</h2>
${gapIn}
<h2>应贷未贷(生成时)</h2>
${gapLent}
<p>生成时间:${escapeHtml(b.generatedAt)}</p>
</body>
</html>
`;
}
