import { addDays } from './business-dates.ts';
import {
  isPeriod,
  periodSpan,
  periodsDue,
  periodsOverdue,
  type ReportingCycle,
  type UpcomingPeriod,
} from './reporting-cycle.ts';

/**
 * The policy task ledger (抓落实清单, seed 003 attachments 2 and 3): the measures of the city's action plan,
 * each with its main task, responsible and co-operating units, deadline, detailed actions and yearly target,
 * in two lists — the comprehensive list (全面清单) and the key list (重点清单) — and the responsible units'
 * progress reports twice a month (双周进展情况).
 */

export const ledgerLists = ['comprehensive', 'key'] as const;
export type LedgerList = (typeof ledgerLists)[number];
export const ledgerListLabels: Record<LedgerList, string> = { comprehensive: '全面清单', key: '重点清单' };

export interface Measure {
  /** Stable id, e.g. `Q-13` (全面清单 13) or `Z-4` (重点清单 4). */
  id: string;
  list: LedgerList;
  /** 序号: the row number within its list. */
  seq: number;
  /** 工作要求: the heading the measure falls under. */
  requirement: string;
  /** 主要任务. */
  mainTask: string;
  /** 完成时限, as the plan writes it ("4月末前形成工作方案；6月末前完成"). */
  deadline: string;
  /** 细化举措. */
  actions: string;
  /** 年度目标和效果. */
  yearlyTarget: string;
  /** 责任单位: agency organisations of the city; each reports progress. */
  responsible: string[];
  /** 配合单位: organisations of the city or named units outside it (各银行机构). */
  cooperating: string[];
}

export interface LedgerInput {
  title: string;
  reporting: ReportingCycle & { reminderWorkingDays: number };
  measures: Measure[];
}

export interface StoredLedger extends LedgerInput {
  version: number;
  loadedAt: string;
  loadedBy: { clientId: string; orgId: string };
}

export type ProgressStatus = 'on-track' | 'delayed' | 'completed';
export const progressStatusLabels: Record<ProgressStatus, string> = {
  'on-track': '按计划推进',
  delayed: '滞后',
  completed: '已完成',
};

/** One version of a unit's report on a measure for a period. */
export interface ProgressReport {
  measureId: string;
  period: string;
  orgId: string;
  version: number;
  status: ProgressStatus;
  progress: string;
  submittedAt: string;
  /** Shanghai date of `submittedAt`: on time when on or before the period's due date. */
  reportedOn: string;
  submittedBy: { clientId: string; orgId: string; role: string };
}

/** The rules a ledger keeps beyond its shape, as issues with paths under `body`. */
export function ledgerIssues(
  ledger: LedgerInput,
  agencies: ReadonlySet<string>,
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const ids = new Set<string>();
  const seqs = new Set<string>();
  const days = ledger.reporting.daysOfMonth;
  days.forEach((d, i) => {
    if (i > 0 && d <= (days[i - 1] ?? 0))
      issues.push({ path: `body.reporting.daysOfMonth.${i}`, message: 'days in ascending order, each once' });
  });
  ledger.measures.forEach((m, i) => {
    if (ids.has(m.id)) issues.push({ path: `body.measures.${i}.id`, message: `${m.id} is listed twice` });
    ids.add(m.id);
    const seq = `${m.list}#${m.seq}`;
    if (seqs.has(seq))
      issues.push({
        path: `body.measures.${i}.seq`,
        message: `${ledgerListLabels[m.list]} ${m.seq} is listed twice`,
      });
    seqs.add(seq);
    m.responsible.forEach((org, j) => {
      if (!agencies.has(org))
        issues.push({
          path: `body.measures.${i}.responsible.${j}`,
          message: `${org} is not an agency of this city: a responsible unit reports progress with its own key`,
        });
      if (m.responsible.indexOf(org) !== j)
        issues.push({ path: `body.measures.${i}.responsible.${j}`, message: `${org} is listed twice` });
    });
  });
  return issues;
}

/** JSON with object keys sorted at every level: equal values compare equal whatever order a store kept. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** What changed between two ledgers, by measure id, for the audit entry of a reload. */
export function ledgerChanges(before: LedgerInput | undefined, after: LedgerInput) {
  const old = new Map((before?.measures ?? []).map((m) => [m.id, canonical(m)]));
  const now = new Map(after.measures.map((m) => [m.id, canonical(m)]));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
    settingsChanged:
      before === undefined ||
      before.title !== after.title ||
      canonical(before.reporting) !== canonical(after.reporting),
  };
}

/** Why a report for `period` may not be filed on `today`, or undefined when it may. */
export function periodIssue(cycle: ReportingCycle, period: string, today: string): string | undefined {
  if (!isPeriod(cycle, period))
    return `not a reporting period: the ${cycle.daysOfMonth.join('th and ')}th of a month, from ${cycle.startsOn}`;
  const { opens } = periodSpan(cycle, period);
  if (today < opens) return `the period ${period} opens on ${opens}`;
  return undefined;
}

/** Where one unit stands on one measure for one period. */
export type ReportState = 'reported' | 'late' | 'overdue' | 'open';

export interface Obligation {
  measureId: string;
  list: LedgerList;
  seq: number;
  mainTask: string;
  orgId: string;
  period: string;
  state: ReportState;
  /** The latest report's day, when there is one. */
  reportedOn?: string;
  /** Days past the due date (overdue: as of today; late: when it was filed). */
  daysLate?: number;
}

const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The latest version of each (measure, unit, period) report. */
export function latestReports(reports: readonly ProgressReport[]): Map<string, ProgressReport> {
  const latest = new Map<string, ProgressReport>();
  for (const r of reports) {
    const key = `${r.measureId}#${r.orgId}#${r.period}`;
    const seen = latest.get(key);
    if (!seen || seen.version < r.version) latest.set(key, r);
  }
  return latest;
}

/**
 * Every (measure, responsible unit, period) obligation for the given periods with its state as of `asOf`:
 * reported on time, reported late, overdue (nothing filed and the due date passed), or open.
 */
export function obligations(
  measures: readonly Measure[],
  periods: readonly string[],
  reports: readonly ProgressReport[],
  asOf: string,
): Obligation[] {
  const latest = latestReports(reports);
  return periods.flatMap((period) =>
    measures.flatMap((m) =>
      m.responsible.map((orgId): Obligation => {
        const report = latest.get(`${m.id}#${orgId}#${period}`);
        const base = { measureId: m.id, list: m.list, seq: m.seq, mainTask: m.mainTask, orgId, period };
        if (report) {
          const late = report.reportedOn > period;
          return {
            ...base,
            state: late ? 'late' : 'reported',
            reportedOn: report.reportedOn,
            ...(late ? { daysLate: daysFrom(period, report.reportedOn) } : {}),
          };
        }
        return asOf > period
          ? { ...base, state: 'overdue', daysLate: daysFrom(period, asOf) }
          : { ...base, state: 'open' };
      }),
    ),
  );
}

/**
 * The overdue list as of `asOf`: every obligation of a period due before `asOf` with nothing filed, oldest
 * period first, then by list and row.
 */
export function overdueList(
  ledger: Pick<LedgerInput, 'reporting' | 'measures'>,
  reports: readonly ProgressReport[],
  asOf: string,
): Obligation[] {
  return obligations(ledger.measures, periodsOverdue(ledger.reporting, asOf), reports, asOf)
    .filter((o) => o.state === 'overdue')
    .sort(byPeriodListRow);
}

function byPeriodListRow(a: Obligation, b: Obligation): number {
  return (
    a.period.localeCompare(b.period) ||
    ledgerLists.indexOf(a.list) - ledgerLists.indexOf(b.list) ||
    a.seq - b.seq ||
    a.orgId.localeCompare(b.orgId)
  );
}

/** A reminder: the periods due within the ledger's working days, and what each unit still owes for them. */
export interface Reminder {
  asOf: string;
  workingDays: number;
  periods: (UpcomingPeriod & { outstanding: { measureId: string; orgId: string; mainTask: string }[] })[];
}

export function reminderFor(
  ledger: Pick<LedgerInput, 'measures'>,
  upcoming: readonly UpcomingPeriod[],
  reports: readonly ProgressReport[],
  asOf: string,
  workingDays: number,
): Reminder {
  return {
    asOf,
    workingDays,
    periods: upcoming.map((p) => ({
      ...p,
      outstanding: obligations(ledger.measures, [p.period], reports, asOf)
        .filter((o) => o.state === 'open')
        .sort(byPeriodListRow)
        .map(({ measureId, orgId, mainTask }) => ({ measureId, orgId, mainTask })),
    })),
  };
}

/** The measures a caller may see: the office every one, an agency those it is responsible for. */
export function visibleMeasures(measures: readonly Measure[], caller: { role: string; orgId: string }) {
  return caller.role === 'agency'
    ? measures.filter((m) => m.responsible.includes(caller.orgId))
    : [...measures];
}

/**
 * The period an export shows by default: the latest one due on or before `today`, or the first period when
 * none is due yet.
 */
export function defaultExportPeriod(cycle: ReportingCycle, today: string): string {
  return periodsDue(cycle, today).at(-1) ?? periodsDue(cycle, addDays(cycle.startsOn, 40)).at(0) ?? '';
}

/** The columns of the ledger sheets: seed 003 attachments 2–3 in their order, then the units. */
export const ledgerHeader = [
  '序号',
  '工作要求',
  '主要任务',
  '完成时限',
  '细化举措',
  '年度目标和效果',
  '双周进展情况',
  '责任单位',
  '配合单位',
] as const;
export const ledgerColumnWidths = [6, 16, 40, 28, 32, 28, 48, 24, 24] as const;

/**
 * The two sheets of the ledger as the attachments lay them out, for one period: one row per measure in its
 * list's order; 工作要求 written on the first row of a run of measures under the same heading (the attachments
 * merge those cells); 双周进展情况 each responsible unit's latest report for the period, or what is missing.
 */
export function ledgerSheets(
  ledger: Pick<LedgerInput, 'measures'>,
  reports: readonly ProgressReport[],
  period: string,
  asOf: string,
  names: Readonly<Record<string, string>>,
): { list: LedgerList; name: string; rows: (string | number)[][] }[] {
  const latest = latestReports(reports);
  const nameOf = (org: string) => names[org] ?? org;
  return ledgerLists.flatMap((list) => {
    const measures = ledger.measures.filter((m) => m.list === list).sort((a, b) => a.seq - b.seq);
    if (measures.length === 0) return [];
    let heading: string | undefined;
    const rows = measures.map((m): (string | number)[] => {
      const progress = m.responsible
        .map((org) => {
          const r = latest.get(`${m.id}#${org}#${period}`);
          if (!r) return `【${nameOf(org)}】${asOf > period ? '逾期未报送' : '未报送'}`;
          const late = r.reportedOn > period ? '，逾期报送' : '';
          return `【${nameOf(org)}】${progressStatusLabels[r.status]}：${r.progress}（${r.reportedOn}报送${late}）`;
        })
        .join('\n');
      const requirement = m.requirement === heading ? '' : m.requirement;
      heading = m.requirement;
      return [
        m.seq,
        requirement,
        m.mainTask,
        m.deadline,
        m.actions,
        m.yearlyTarget,
        `${period}：\n${progress}`,
        m.responsible.map(nameOf).join('、'),
        m.cooperating.map(nameOf).join('、'),
      ];
    });
    return [{ list, name: ledgerListLabels[list], rows: [[...ledgerHeader], ...rows] }];
  });
}
