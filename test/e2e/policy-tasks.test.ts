import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { shanghaiDate } from '@sme/kernel';
import {
  addDays,
  currentPeriod,
  dueOnOrAfter,
  type LedgerInput,
  periodsDue,
  periodsOverdue,
} from '@sme/monitoring';
import { documentClient, readXlsxWorkbook, xlsxMediaType } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeysFor, startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * The policy task ledger over HTTP (issue 18): the office loads the demo city's file with `./dev ops ledger
 * load`, then a copy whose reporting started 60 days ago (so, whatever day this runs, periods are past); a
 * responsible unit reports its own measure (another's is a 403), the overdue list and the reminder follow,
 * the ledger comes back as .xlsx in seed 003's columns, and every write is in the audit trail. Dates are
 * relative to the real clock: the functions take today from it.
 */
let t: TestStack;
let keys: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestStack();
  keys = await apiKeysFor(t, ['ls-econ', 'ls-donghu-st']);
}, 120_000);
afterAll(async () => {
  await t?.stack.stop();
});

const root = join(import.meta.dirname, '..', '..');
const cityLedger = JSON.parse(
  readFileSync(join(root, 'cities', 'linshan.policy-tasks.json'), 'utf8'),
) as LedgerInput;
const as = (orgId: string) => ({ 'x-api-key': keys[orgId] ?? '' });
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;

function ledgerCommand(...args: string[]) {
  return promisify(execFile)(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      join(root, 'packages/local/src/cli/ops.ts'),
      'ledger',
      ...args,
      '--url',
      t.stack.baseUrl,
      '--key',
      t.clients.coordinator?.apiKey ?? '',
    ],
    { timeout: 60_000 },
  );
}

interface Obligation {
  measureId: string;
  orgId: string;
  period: string;
  state: string;
}

describe('Policy task ledger over HTTP', () => {
  it('loads, scopes, reports, lists overdue, reminds and exports, each write audited', async () => {
    // Prepare: the city file as the office, then the same measures owed from 60 days ago
    const loadedFile = await ledgerCommand('load', join(root, 'cities', 'linshan.policy-tasks.json'));
    const unchangedFile = await ledgerCommand('load', join(root, 'cities', 'linshan.policy-tasks.json'));
    const today = shanghaiDate(new Date());
    const startsOn = addDays(today, -60);
    const reloaded = await t.call('coordinator', 'PUT', '/v1/policy-tasks/ledger', {
      ...cityLedger,
      reporting: { ...cityLedger.reporting, startsOn },
    });
    const cycle = { daysOfMonth: [10, 25], startsOn };
    const due = periodsDue(cycle, today);
    const latest = due.at(-1) ?? '';
    const earliest = due[0] ?? '';
    // The period after the one being reported for now: it opens after today
    const next = dueOnOrAfter(cycle, addDays(currentPeriod(cycle, today), 1));

    // Act
    const bankRead = await t.call('bank', 'GET', '/v1/policy-tasks/ledger');
    const bankReport = await t.call('bank', 'PUT', `/v1/policy-tasks/measures/Z-2/progress/${latest}`, {
      status: 'on-track',
      progress: 'x',
    });
    const notMine = await t.call(
      undefined,
      'PUT',
      `/v1/policy-tasks/measures/Z-4/progress/${latest}`,
      {
        status: 'on-track',
        progress: '不是我的任务',
      },
      as('ls-econ'),
    );
    const first = await t.call(
      undefined,
      'PUT',
      `/v1/policy-tasks/measures/Z-2/progress/${latest}`,
      {
        status: 'on-track',
        progress: '首贷中心选址已确定，联系人电话13800138000。',
      },
      as('ls-econ'),
    );
    const same = await t.call(
      undefined,
      'PUT',
      `/v1/policy-tasks/measures/Z-2/progress/${latest}`,
      {
        status: 'on-track',
        progress: '首贷中心选址已确定，联系人电话13800138000。',
      },
      as('ls-econ'),
    );
    const corrected = await t.call(
      undefined,
      'PUT',
      `/v1/policy-tasks/measures/Z-2/progress/${latest}`,
      {
        status: 'delayed',
        progress: '首贷中心选址已确定，装修滞后。',
      },
      as('ls-econ'),
    );
    const notOpen = await t.call(
      undefined,
      'PUT',
      `/v1/policy-tasks/measures/Z-2/progress/${next}`,
      { status: 'on-track', progress: 'x' },
      as('ls-econ'),
    );
    const econView = await json<{ period: string; measures: { id: string; progress: Obligation[] }[] }>(
      await t.call(undefined, 'GET', `/v1/policy-tasks/ledger?period=${latest}`, undefined, as('ls-econ')),
    );
    const townView = await json<{ measures: { id: string }[] }>(
      await t.call(undefined, 'GET', '/v1/policy-tasks/ledger', undefined, as('ls-donghu-st')),
    );
    const officeOverdue = await json<{ asOf: string; items: Obligation[] }>(
      await t.call('coordinator', 'GET', '/v1/policy-tasks/overdue'),
    );
    const econOverdue = await json<{ items: Obligation[] }>(
      await t.call(undefined, 'GET', '/v1/policy-tasks/overdue', undefined, as('ls-econ')),
    );
    const workbook = await t.call(
      'coordinator',
      'GET',
      `/v1/policy-tasks/ledger?period=${latest}&format=xlsx`,
    );
    const book = await readXlsxWorkbook(new Uint8Array(await workbook.arrayBuffer()));
    await t.stack.trigger('monitoring-policy-task-reminders');
    const stored = await json<{ asOf: string; generatedAt?: string; workingDays: number }>(
      await t.call('coordinator', 'GET', `/v1/policy-tasks/reminders/${today}`),
    );
    const dayBefore = addDays(next, -1);
    const onDemand = await json<{
      generatedAt?: string;
      periods: { period: string; outstanding: unknown[] }[];
    }>(await t.call(undefined, 'GET', `/v1/policy-tasks/reminders/${dayBefore}`, undefined, as('ls-econ')));
    const audit = async (pk: string) =>
      (
        await documentClient().send(
          new QueryCommand({
            TableName: t.stack.tables.audit,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
          }),
        )
      ).Items ?? [];
    const ledgerAudit = await audit('policy-ledger#ledger');
    const progressAudit = await audit(`policy-task-progress#Z-2/ls-econ/${latest}`);

    // Assess: the ledger file, loaded once
    expect(loadedFile.stdout).toContain(`Loaded ledger version 1: ${cityLedger.measures.length} measures`);
    expect(unchangedFile.stdout).toContain('unchanged (version 1)');
    expect(reloaded.status).toBe(201);
    expect(ledgerAudit.map((a) => [a.action, a.orgId, a.detail?.version])).toEqual([
      ['policy-ledger.loaded', 'ls-office', 1],
      ['policy-ledger.reloaded', 'ls-office', 2],
    ]);
    // Roles: banks see nothing; a unit reports and reads its own measures only
    expect([bankRead.status, bankReport.status, notMine.status]).toEqual([403, 403, 403]);
    expect([first.status, same.status, corrected.status, notOpen.status]).toEqual([201, 200, 201, 422]);
    const report = await json<{ version: number; progress: string }>(corrected.clone());
    expect(report.version).toBe(2);
    expect((await json<{ progress: string }>(first)).progress).toContain('138****8000');
    expect(econView.measures.every((m) => m.id !== 'Z-4' && m.id !== 'Z-1')).toBe(true);
    expect(econView.measures.find((m) => m.id === 'Z-2')?.progress.map((p) => p.state)).toEqual([
      latest === today ? 'reported' : 'late',
    ]);
    expect(townView.measures.map((m) => m.id)).toEqual(['Z-1', 'Q-8']);
    expect(progressAudit.map((a) => [a.action, a.orgId, a.changes?.status])).toEqual([
      ['policy-task.progress-reported', 'ls-econ', undefined],
      ['policy-task.progress-corrected', 'ls-econ', { from: 'on-track', to: 'delayed' }],
    ]);
    // Overdue: every period due before today with nothing filed; the unit sees its own only
    const overdue = periodsOverdue(cycle, today);
    expect(officeOverdue.asOf).toBe(today);
    expect(new Set(officeOverdue.items.map((o) => o.period))).toEqual(new Set(overdue));
    expect(officeOverdue.items.some((o) => o.measureId === 'Z-2' && o.period === latest)).toBe(false);
    expect(
      officeOverdue.items.some(
        (o) => o.measureId === 'Z-4' && o.orgId === 'ls-market' && o.period === earliest,
      ),
    ).toBe(true);
    expect(econOverdue.items.length).toBeGreaterThan(0);
    expect(econOverdue.items.every((o) => o.orgId === 'ls-econ')).toBe(true);
    // The workbook: one sheet per list, seed 003's columns in Chinese, the unit's report in 双周进展情况
    expect(workbook.headers.get('content-type')).toBe(xlsxMediaType);
    expect(book.map((s) => s.sheet)).toEqual(['全面清单', '重点清单']);
    const key = book.find((s) => s.sheet === '重点清单')?.rows.map((r) => r.cells) ?? [];
    expect(key[0]).toEqual([
      '序号',
      '工作要求',
      '主要任务',
      '完成时限',
      '细化举措',
      '年度目标和效果',
      '双周进展情况',
      '责任单位',
      '配合单位',
    ]);
    const z2 = key.find((r) => r[0] === '2') ?? [];
    expect(z2[6]).toContain('【临山市经济和信息化局】滞后：首贷中心选址已确定，装修滞后。');
    expect(z2[7]).toBe('临山市经济和信息化局');
    expect(key).toHaveLength(1 + cityLedger.measures.filter((m) => m.list === 'key').length);
    // Reminders: the schedule stored today's; another day is built on demand, scoped to the unit
    expect(stored).toMatchObject({ asOf: today, workingDays: 3 });
    expect(stored.generatedAt).toBeDefined();
    expect(onDemand.generatedAt).toBeUndefined();
    expect(onDemand.periods.length).toBeGreaterThan(0);
    expect(
      onDemand.periods.every((p) =>
        (p.outstanding as { orgId: string }[]).every((o) => o.orgId === 'ls-econ'),
      ),
    ).toBe(true);
  }, 180_000);
});
