import { shanghaiDate } from '@sme/kernel';
import type { CellInput, SheetSpec } from '@sme/runtime';
import type { Declaration } from './declaration.ts';

/**
 * The export for the upper-level mechanism (上级工作机制报送): a month's 申报清单 (declarations recorded
 * in the month), 推荐清单 (declarations signed off into the recommendation list in the month) and the
 * loans banks approved in the month on pushes of the list, with a summary sheet. The layout is fixed and
 * documented in docs/reports.md; changing a header or its order is a change of that document.
 */

/** One declaration as the two lists show it; stored once per (list, month), replaced by newer versions. */
export interface DeclarationReportRow {
  declarationId: string;
  version: number;
  uscc: string;
  /** Registered name; absent until the registry described the enterprise. */
  name?: string;
  township?: string;
  industryCode?: string;
  keyIndustryChain: boolean;
  keyIndustryChainName?: string;
  amountFen: number;
  termMonths: number;
  purpose: string;
  guaranteeType: string;
  source: string;
  visitedOn?: string;
  contactName?: string;
  /** Masked as every list of the platform shows it (138****8000). */
  contactPhone?: string;
  createdAt: string;
  state: string;
  signedOffAt?: string;
  pushBatchId?: string;
  pushedBankIds: string[];
}

/** One bank approval (授信) on a push: every pushed enterprise was on the recommendation list. */
export interface LoanReportRow {
  pushId: string;
  seq: number;
  batchId: string;
  bankId: string;
  uscc: string;
  name?: string;
  declarationId?: string;
  approvedOn: string;
  amountFen: number;
  annualRatePercent: string;
  termMonths: number;
  guaranteeType: string;
  creditLoan: boolean;
}

/** The figures an export is made from, archived with it. */
export interface UpperLevelFigures {
  month: string;
  generatedAt: string;
  declarations: DeclarationReportRow[];
  recommendations: DeclarationReportRow[];
  loans: LoanReportRow[];
}

/** Business month (Asia/Shanghai) of an instant: the partition a row is filed under. */
export const businessMonth = (iso: string): string => shanghaiDate(new Date(iso)).slice(0, 7);

/**
 * The row of a declaration version for the lists; the phone is masked by the caller's masker so the
 * stored row never holds the full number.
 *
 * @example
 * declarationReportRow(d, maskPhone).contactPhone; // '138****8000'
 */
export function declarationReportRow(d: Declaration, maskPhone: (p: string) => string): DeclarationReportRow {
  const r = d.facts.registry;
  return {
    declarationId: d.id,
    version: d.version,
    uscc: d.uscc,
    ...(r?.name ? { name: r.name } : {}),
    ...(r ? { township: r.township, industryCode: r.industryCode } : {}),
    keyIndustryChain: r?.keyIndustryChain ?? false,
    ...(r?.keyIndustryChainName ? { keyIndustryChainName: r.keyIndustryChainName } : {}),
    amountFen: d.demand.amountFen,
    termMonths: d.demand.termMonths,
    purpose: d.demand.purpose,
    guaranteeType: d.demand.guaranteeType,
    source: d.source.kind,
    ...(d.visit ? { visitedOn: d.visit.visitedOn } : {}),
    ...(d.contact ? { contactName: d.contact.name, contactPhone: maskPhone(d.contact.phone) } : {}),
    createdAt: d.createdAt,
    state: d.state,
    ...(d.signOff ? { signedOffAt: d.signOff.at } : {}),
    ...(d.push ? { pushBatchId: d.push.batchId } : {}),
    pushedBankIds: d.push?.banks.map((b) => b.bankId) ?? [],
  };
}

/** The lists a declaration version belongs to, by month: declared in its creation month, recommended in its sign-off month. */
export function reportPartitions(
  row: DeclarationReportRow,
): { list: 'DECLARED' | 'RECOMMENDED'; month: string }[] {
  return [
    { list: 'DECLARED', month: businessMonth(row.createdAt) },
    ...(row.signedOffAt ? [{ list: 'RECOMMENDED' as const, month: businessMonth(row.signedOffAt) }] : []),
  ];
}

/** Names the export shows instead of ids. */
export interface ExportLabels {
  townships: Record<string, string>;
  banks: Record<string, string>;
}

const purposeLabels: Record<string, string> = {
  'working-capital': '流动资金',
  equipment: '设备购置',
  'technology-upgrade': '技术改造',
  expansion: '扩大生产',
  'agricultural-production': '农业生产',
  'trade-settlement': '贸易结算',
  other: '其他',
};
const guaranteeLabels: Record<string, string> = {
  credit: '信用',
  guarantee: '保证',
  'government-guarantee': '政府性融资担保',
  mortgage: '抵押',
  pledge: '质押',
};
const sourceLabels: Record<string, string> = {
  'agency-visit': '走访摸排',
  'bank-referral': '银行推荐',
  'coordination-office': '工作机制办公室',
};
const stateLabels: Record<string, string> = {
  DECLARED: '已申报',
  SCREENED: '已初筛',
  REVIEWED: '已审核',
  RECOMMENDED: '已列入推荐清单',
  PUSHED: '已推送银行',
  CREDITED: '已授信',
  REJECTED: '银行未通过',
  REPAIRING: '辅导修复中',
  REMOVED: '已移出',
};

/** Sheet names and headers, in order: the documented layout (docs/reports.md). */
export const exportLayout = {
  summary: { name: '汇总', headers: ['项目', '户数(笔数)', '金额(万元)'] },
  declarations: {
    name: '申报清单',
    headers: [
      '序号',
      '申报编号',
      '企业名称',
      '统一社会信用代码',
      '所属乡镇(街道)',
      '行业代码',
      '重点产业链',
      '融资需求(万元)',
      '期限(月)',
      '贷款用途',
      '担保方式',
      '来源',
      '走访日期',
      '联系人',
      '联系电话',
      '申报日期',
      '当前状态',
    ],
  },
  recommendations: {
    name: '推荐清单',
    headers: [
      '序号',
      '申报编号',
      '企业名称',
      '统一社会信用代码',
      '所属乡镇(街道)',
      '重点产业链',
      '融资需求(万元)',
      '期限(月)',
      '担保方式',
      '签字确认日期',
      '推送批次',
      '推送银行',
      '当前状态',
    ],
  },
  loans: {
    name: '贷款清单',
    headers: [
      '序号',
      '企业名称',
      '统一社会信用代码',
      '申报编号',
      '贷款银行',
      '授信日期',
      '授信金额(万元)',
      '年利率(%)',
      '期限(月)',
      '担保方式',
      '信用贷款',
      '推送批次',
      '推送编号',
    ],
  },
} as const;

/** Fen → 万元 as a number of the sheet: exact to the fen (at most 6 decimals), so sums in Excel agree. */
export const wanYuan = (fen: number): number => Number((fen / 1_000_000).toFixed(6));

const dateOf = (iso: string | undefined) => (iso ? shanghaiDate(new Date(iso)) : undefined);
const chain = (r: DeclarationReportRow) =>
  r.keyIndustryChain ? (r.keyIndustryChainName ? `是(${r.keyIndustryChainName})` : '是') : '否';
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The summary lines: count and amount of each list (declared demand, recommended demand, approved loans). */
export function exportTotals(f: Pick<UpperLevelFigures, 'declarations' | 'recommendations' | 'loans'>) {
  return {
    declared: { count: f.declarations.length, amountFen: sum(f.declarations.map((r) => r.amountFen)) },
    recommended: {
      count: f.recommendations.length,
      amountFen: sum(f.recommendations.map((r) => r.amountFen)),
    },
    loans: {
      count: f.loans.length,
      enterprises: new Set(f.loans.map((l) => l.uscc)).size,
      amountFen: sum(f.loans.map((l) => l.amountFen)),
    },
  };
}

/**
 * The workbook's sheets from the figures, in the documented order: 汇总, 申报清单, 推荐清单, 贷款清单.
 * Rows keep the order of the figures (by date, then id); codes are text cells so Excel keeps them as typed.
 */
export function exportSheets(f: UpperLevelFigures, labels: ExportLabels): SheetSpec[] {
  const township = (code: string | undefined) => (code ? (labels.townships[code] ?? code) : undefined);
  const bank = (id: string) => labels.banks[id] ?? id;
  const totals = exportTotals(f);
  const summaryRows: CellInput[][] = [
    [...exportLayout.summary.headers],
    ['报送月份', f.month, undefined],
    ['申报清单', totals.declared.count, wanYuan(totals.declared.amountFen)],
    ['推荐清单', totals.recommended.count, wanYuan(totals.recommended.amountFen)],
    ['授信贷款', totals.loans.count, wanYuan(totals.loans.amountFen)],
    ['授信企业(户)', totals.loans.enterprises, undefined],
    ['生成时间', f.generatedAt, undefined],
  ];
  const declarationRows = f.declarations.map((r, i): CellInput[] => [
    i + 1,
    r.declarationId,
    r.name,
    r.uscc,
    township(r.township),
    r.industryCode,
    chain(r),
    wanYuan(r.amountFen),
    r.termMonths,
    purposeLabels[r.purpose] ?? r.purpose,
    guaranteeLabels[r.guaranteeType] ?? r.guaranteeType,
    sourceLabels[r.source] ?? r.source,
    r.visitedOn,
    r.contactName,
    r.contactPhone,
    dateOf(r.createdAt),
    stateLabels[r.state] ?? r.state,
  ]);
  const recommendationRows = f.recommendations.map((r, i): CellInput[] => [
    i + 1,
    r.declarationId,
    r.name,
    r.uscc,
    township(r.township),
    chain(r),
    wanYuan(r.amountFen),
    r.termMonths,
    guaranteeLabels[r.guaranteeType] ?? r.guaranteeType,
    dateOf(r.signedOffAt),
    r.pushBatchId,
    r.pushedBankIds.map(bank).join('、') || undefined,
    stateLabels[r.state] ?? r.state,
  ]);
  const loanRows = f.loans.map((l, i): CellInput[] => [
    i + 1,
    l.name,
    l.uscc,
    l.declarationId,
    bank(l.bankId),
    l.approvedOn,
    wanYuan(l.amountFen),
    l.annualRatePercent,
    l.termMonths,
    guaranteeLabels[l.guaranteeType] ?? l.guaranteeType,
    l.creditLoan ? '是' : '否',
    l.batchId,
    l.pushId,
  ]);
  return [
    { name: exportLayout.summary.name, header: true, widths: [16, 12, 14], rows: summaryRows },
    {
      name: exportLayout.declarations.name,
      header: true,
      widths: [6, 26, 28, 22, 14, 10, 14, 14, 8, 10, 14, 14, 12, 10, 14, 12, 14],
      textColumns: [1, 3, 5],
      rows: [[...exportLayout.declarations.headers], ...declarationRows],
    },
    {
      name: exportLayout.recommendations.name,
      header: true,
      widths: [6, 26, 28, 22, 14, 14, 14, 8, 14, 12, 24, 30, 14],
      textColumns: [1, 3, 10],
      rows: [[...exportLayout.recommendations.headers], ...recommendationRows],
    },
    {
      name: exportLayout.loans.name,
      header: true,
      widths: [6, 28, 22, 26, 20, 12, 14, 10, 8, 14, 8, 24, 20],
      textColumns: [2, 3, 7, 11, 12],
      rows: [[...exportLayout.loans.headers], ...loanRows],
    },
  ];
}

/** Rows in the order the sheets list them: by their date, then id (stable across regenerations). */
export function orderFigures(f: UpperLevelFigures): UpperLevelFigures {
  const byDate =
    (key: (r: DeclarationReportRow) => string) => (a: DeclarationReportRow, b: DeclarationReportRow) =>
      key(a).localeCompare(key(b)) || a.declarationId.localeCompare(b.declarationId);
  return {
    ...f,
    declarations: [...f.declarations].sort(byDate((r) => r.createdAt)),
    recommendations: [...f.recommendations].sort(byDate((r) => r.signedOffAt ?? '')),
    loans: [...f.loans].sort(
      (a, b) => a.approvedOn.localeCompare(b.approvedOn) || a.pushId.localeCompare(b.pushId) || a.seq - b.seq,
    ),
  };
}
