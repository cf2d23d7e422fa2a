import { ForbiddenError, NotFoundError, ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import {
  type LedgerInput,
  ledgerHeader,
  ledgerSheets,
  type ProgressReport,
  type StoredLedger,
} from '../domain/policy-ledger.ts';
import {
  listOverdue,
  loadLedger,
  readLedger,
  readReminder,
  reportProgress,
  sendReminder,
} from './policy-tasks.ts';
import type { PolicyTaskAudit, PolicyTaskStore, StoredReminder } from './ports.ts';

/** An in-memory PolicyTaskStore that keeps every audit entry written with a version. */
function fakeStore() {
  const ledgers: StoredLedger[] = [];
  const reports: ProgressReport[] = [];
  const reminders = new Map<string, StoredReminder>();
  const audit: PolicyTaskAudit[] = [];
  const store: PolicyTaskStore = {
    currentLedger: async () => ledgers.at(-1),
    addLedger: async (ledger, entry) => {
      if (ledgers.some((l) => l.version === ledger.version)) return false;
      ledgers.push(ledger);
      audit.push(entry);
      return true;
    },
    reports: async (from, to) =>
      reports
        .filter((r) => r.period >= from && r.period <= to)
        .sort((a, b) =>
          `${a.period}${a.measureId}${a.orgId}${a.version}`.localeCompare(
            `${b.period}${b.measureId}${b.orgId}${b.version}`,
          ),
        ),
    reportVersions: async (measureId, orgId, period) =>
      reports.filter((r) => r.measureId === measureId && r.orgId === orgId && r.period === period),
    addReport: async (report, entry) => {
      reports.push(report);
      audit.push(entry);
      return true;
    },
    putReminder: async (r) => {
      reminders.set(r.asOf, r);
    },
    reminder: async (asOf) => reminders.get(asOf),
  };
  return { store, audit, reports };
}

const ledger: LedgerInput = {
  title: '临山市强化市场主体倍增金融业要素服务保障行动计划',
  reporting: { daysOfMonth: [10, 25], startsOn: '2026-12-01', reminderWorkingDays: 3 },
  measures: [
    {
      id: 'Z-1',
      list: 'key',
      seq: 1,
      requirement: '开展首贷户拓展专项行动',
      mainTask: '建立无贷户名单，推送银行业机构。',
      deadline: '6月末前完成',
      actions: '',
      yearlyTarget: '',
      responsible: ['ls-donghu-st', 'ls-qingshi-tn'],
      cooperating: ['ls-office', '各银行机构'],
    },
    {
      id: 'Z-2',
      list: 'key',
      seq: 2,
      requirement: '开展首贷户拓展专项行动',
      mainTask: '设立首贷中心。',
      deadline: '9月末前完成',
      actions: '',
      yearlyTarget: '',
      responsible: ['ls-econ'],
      cooperating: [],
    },
    {
      id: 'Q-3',
      list: 'comprehensive',
      seq: 3,
      requirement: '提高信用贷款占比',
      mainTask: '推广银税互动。',
      deadline: '',
      actions: '',
      yearlyTarget: '',
      responsible: ['ls-tax'],
      cooperating: [],
    },
  ],
};
const agencies = new Set(['ls-donghu-st', 'ls-qingshi-tn', 'ls-econ', 'ls-tax', 'ls-market']);
const office = { clientId: 'c-office', orgId: 'ls-office', role: 'coordinator' };
const unit = (orgId: string) => ({ clientId: `c-${orgId}`, orgId, role: 'agency' });
const at = (today: string) => ({
  now: `${today}T02:00:00.000Z`,
  today,
  requestId: `r-${today}-${Math.random()}`,
});

async function loaded() {
  const f = fakeStore();
  await loadLedger(
    ledger,
    { caller: office, now: '2026-12-01T01:00:00.000Z', requestId: 'r0', agencies, today: '2026-12-01' },
    f.store,
  );
  return f;
}

describe('Function: loadLedger', () => {
  it('stores version 1 with an audit entry, nothing for the same file again, version 2 naming what changed', async () => {
    // Prepare
    const f = await loaded();

    // Act
    const again = await loadLedger(
      ledger,
      { caller: office, now: 'x', requestId: 'r1', agencies, today: '2026-12-01' },
      f.store,
    );
    const changed = await loadLedger(
      {
        ...ledger,
        measures: [
          ...ledger.measures.slice(0, 2),
          { ...ledger.measures[2], mainTask: '推广银税互动、信易贷。' } as never,
        ],
      },
      { caller: office, now: '2026-12-02T01:00:00.000Z', requestId: 'r2', agencies, today: '2026-12-02' },
      f.store,
    );

    // Assess
    expect(again.created).toBe(false);
    expect(changed.ledger.version).toBe(2);
    expect(f.audit.map((a) => [a.action, a.detail?.changed])).toEqual([
      ['policy-ledger.loaded', []],
      ['policy-ledger.reloaded', ['Q-3']],
    ]);
  });

  it('refuses a responsible unit that is no agency of the city, naming the field', async () => {
    // Prepare
    const bad = { ...ledger, measures: [{ ...ledger.measures[0], responsible: ['bank-gs'] } as never] };

    // Act & Assess
    await expect(
      loadLedger(
        bad,
        { caller: office, now: 'x', requestId: 'r', agencies, today: '2026-12-01' },
        fakeStore().store,
      ),
    ).rejects.toMatchObject({
      issues: [{ path: 'body.measures.0.responsible.0' }],
    });
  });
});

describe('Bounds of the cycle walked', () => {
  it('refuses reporting that starts more than two years back, and an overdue list more than a year ahead', async () => {
    // Prepare
    const old = { ...ledger, reporting: { ...ledger.reporting, startsOn: '2024-11-29' } };
    const f = await loaded();

    // Act & Assess
    await expect(
      loadLedger(old, { caller: office, now: 'x', requestId: 'r', agencies, today: '2026-12-01' }, f.store),
    ).rejects.toMatchObject({
      issues: [{ path: 'body.reporting.startsOn', message: 'at most two years back: 2024-11-30 or later' }],
    });
    await expect(listOverdue('2027-12-03', '2026-12-01', office, f.store)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(listOverdue('2027-12-02', '2026-12-01', office, f.store)).resolves.toHaveLength(24 * 4);
  });
});

describe('Function: reportProgress', () => {
  it("lets a responsible unit report its own measure, refuses another unit's (403) and a period not open yet (422)", async () => {
    // Prepare
    const f = await loaded();

    // Act
    const own = await reportProgress(
      { measureId: 'Z-1', period: '2026-12-10', status: 'on-track', progress: '名单已归集。' },
      { caller: unit('ls-donghu-st'), ...at('2026-12-09') },
      f.store,
    );
    const other = reportProgress(
      { measureId: 'Z-2', period: '2026-12-10', status: 'on-track', progress: 'x' },
      { caller: unit('ls-donghu-st'), ...at('2026-12-09') },
      f.store,
    );
    const early = reportProgress(
      { measureId: 'Z-1', period: '2027-01-10', status: 'on-track', progress: 'x' },
      { caller: unit('ls-donghu-st'), ...at('2026-12-20') },
      f.store,
    );
    const notAPeriod = reportProgress(
      { measureId: 'Z-1', period: '2026-12-11', status: 'on-track', progress: 'x' },
      { caller: unit('ls-donghu-st'), ...at('2026-12-20') },
      f.store,
    );

    // Assess
    expect(own.created).toBe(true);
    expect(own.report).toMatchObject({ version: 1, reportedOn: '2026-12-09', orgId: 'ls-donghu-st' });
    await expect(other).rejects.toBeInstanceOf(ForbiddenError);
    await expect(early).rejects.toThrow('opens on 2026-12-26');
    await expect(notAPeriod).rejects.toBeInstanceOf(ValidationError);
    await expect(
      reportProgress(
        { measureId: 'Z-9', period: '2026-12-10', status: 'on-track', progress: 'x' },
        { caller: unit('ls-econ'), ...at('2026-12-09') },
        f.store,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('stores a correction as version 2 with the changes audited, and nothing for the same report again', async () => {
    // Prepare
    const f = await loaded();
    const input = {
      measureId: 'Z-2',
      period: '2026-12-25',
      status: 'on-track' as const,
      progress: '选址中。',
    };
    await reportProgress(input, { caller: unit('ls-econ'), ...at('2026-12-24') }, f.store);

    // Act
    const same = await reportProgress(input, { caller: unit('ls-econ'), ...at('2026-12-24') }, f.store);
    const corrected = await reportProgress(
      { ...input, status: 'delayed' },
      { caller: unit('ls-econ'), ...at('2026-12-28') },
      f.store,
    );

    // Assess
    expect(same.created).toBe(false);
    expect(corrected.report).toMatchObject({ version: 2, reportedOn: '2026-12-28' });
    expect(f.audit.at(-1)).toMatchObject({
      action: 'policy-task.progress-corrected',
      subjectId: 'Z-2/ls-econ/2026-12-25',
      changes: { status: { from: 'on-track', to: 'delayed' } },
      detail: { version: 2, late: true },
    });
  });
});

describe('Function: listOverdue', () => {
  it('lists what is owed for periods due before the date, the office every unit, an agency its own', async () => {
    // Prepare: 10 Dec reported by 东湖 (on time) and 税务 (late, on the 11th); 25 Dec reported by nobody
    const f = await loaded();
    await reportProgress(
      { measureId: 'Z-1', period: '2026-12-10', status: 'on-track', progress: 'a' },
      { caller: unit('ls-donghu-st'), ...at('2026-12-10') },
      f.store,
    );
    await reportProgress(
      { measureId: 'Q-3', period: '2026-12-10', status: 'on-track', progress: 'b' },
      { caller: unit('ls-tax'), ...at('2026-12-11') },
      f.store,
    );

    // Act
    const onTheDay = await listOverdue('2026-12-25', '2026-12-25', office, f.store);
    const after = await listOverdue('2026-12-26', '2026-12-26', office, f.store);
    const tax = await listOverdue('2026-12-26', '2026-12-26', unit('ls-tax'), f.store);

    // Assess
    expect(onTheDay.map((o) => `${o.period} ${o.measureId} ${o.orgId} ${o.daysLate}`)).toEqual([
      '2026-12-10 Z-1 ls-qingshi-tn 15',
      '2026-12-10 Z-2 ls-econ 15',
    ]);
    expect(after.map((o) => `${o.period} ${o.measureId} ${o.orgId}`)).toEqual([
      '2026-12-10 Z-1 ls-qingshi-tn',
      '2026-12-10 Z-2 ls-econ',
      '2026-12-25 Q-3 ls-tax', // comprehensive list before the key list within a period
      '2026-12-25 Z-1 ls-donghu-st',
      '2026-12-25 Z-1 ls-qingshi-tn',
      '2026-12-25 Z-2 ls-econ',
    ]);
    expect(tax.map((o) => o.period)).toEqual(['2026-12-25']);
  });
});

describe('Function: readLedger / ledgerSheets', () => {
  it("scopes an agency to its measures and lays the sheets out as seed 003's attachments", async () => {
    // Prepare
    const f = await loaded();
    await reportProgress(
      { measureId: 'Z-1', period: '2026-12-10', status: 'completed', progress: '名单已推送4家银行。' },
      { caller: unit('ls-donghu-st'), ...at('2026-12-11') },
      f.store,
    );

    // Act
    const forUnit = await readLedger({ period: '2026-12-10', today: '2026-12-12' }, unit('ls-econ'), f.store);
    const all = await readLedger({ today: '2026-12-12' }, office, f.store);
    const sheets = ledgerSheets(all.ledger, all.reports, all.period, '2026-12-12', {
      'ls-donghu-st': '东湖街道办事处',
      'ls-qingshi-tn': '青石镇人民政府',
    });

    // Assess
    expect(forUnit.measures.map((m) => m.id)).toEqual(['Z-2']);
    expect(all.period).toBe('2026-12-10');
    expect(all.measures.find((m) => m.id === 'Z-1')?.progress.map((p) => p.state)).toEqual([
      'late',
      'overdue',
    ]);
    expect(sheets.map((s) => s.name)).toEqual(['全面清单', '重点清单']);
    const key = sheets[1]?.rows ?? [];
    expect(key[0]).toEqual([...ledgerHeader]);
    expect(key[0]?.slice(0, 7)).toEqual([
      '序号',
      '工作要求',
      '主要任务',
      '完成时限',
      '细化举措',
      '年度目标和效果',
      '双周进展情况',
    ]);
    expect(key[1]?.slice(0, 2)).toEqual([1, '开展首贷户拓展专项行动']);
    expect(key[2]?.slice(0, 2)).toEqual([2, '']); // the same heading: blank, as the merged cells
    expect(key[1]?.[6]).toBe(
      '2026-12-10：\n【东湖街道办事处】已完成：名单已推送4家银行。（2026-12-11报送，逾期报送）\n【青石镇人民政府】逾期未报送',
    );
    expect(key[1]?.[8]).toBe('ls-office、各银行机构');
  });
});

describe('Function: sendReminder / readReminder', () => {
  it('stores the day’s reminder of what is still owed; an agency reads its own part', async () => {
    // Prepare: Monday 21 Dec 2026, 3 working days ahead reach Thursday 24 Dec: nothing; Tuesday 22 reaches Fri 25
    const f = await loaded();
    const calendar = { calendar: async () => ({}) };
    await reportProgress(
      { measureId: 'Z-2', period: '2026-12-25', status: 'on-track', progress: 'x' },
      { caller: unit('ls-econ'), ...at('2026-12-21') },
      f.store,
    );

    // Act
    const monday = await sendReminder('2026-12-21', 'g1', { store: f.store, calendar });
    const tuesday = await sendReminder('2026-12-22', 'g2', { store: f.store, calendar });
    const tax = await readReminder('2026-12-22', unit('ls-tax'), { store: f.store, calendar });

    // Assess
    expect(monday?.periods).toEqual([]);
    expect(
      tuesday?.periods.map((p) => [p.period, p.outstanding.map((o) => `${o.measureId} ${o.orgId}`)]),
    ).toEqual([['2026-12-25', ['Q-3 ls-tax', 'Z-1 ls-donghu-st', 'Z-1 ls-qingshi-tn']]]);
    expect(tax.generatedAt).toBe('g2');
    expect(tax.periods[0]?.outstanding.map((o) => o.measureId)).toEqual(['Q-3']);
  });
});
