import { demoUscc } from '@sme/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestStack, type TestStack } from '../support/local-stack.ts';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => {
  await t?.stack.stop();
});

const uscc = (n: number) => demoUscc('999102', `MC${String(n).padStart(7, '0')}`);
const row = (n: number, over: Record<string, unknown> = {}) => ({
  uscc: uscc(n),
  name: `临山导入企业${n}`,
  entityType: 'enterprise',
  township: '999102001',
  industryCode: 'F5211',
  employees: 12,
  annualRevenueYuan: 1_500_000,
  ...over,
});

async function waitForJob(jobId: string, role = 'agency') {
  for (let i = 0; i < 100; i++) {
    const job = await json(t.call(role, 'GET', `/v1/imports/${jobId}`));
    if (job.status === 'completed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${jobId} did not complete`);
}

describe('Bulk import over HTTP and SQS', () => {
  it('accepts good rows and rejects bad ones with row numbers and field paths (JSON)', async () => {
    // Prepare: rows 1, 2 and 5 are good; 3 has a bad check character, 4 an unknown township,
    // 6 repeats row 1's code, 7 has a wrong type.
    const bad = uscc(3).slice(0, 17) + (uscc(3).endsWith('0') ? '1' : '0');
    const rows = [
      row(1),
      row(2),
      { ...row(3), uscc: bad },
      row(4, { township: '999109009' }),
      row(5),
      row(1),
      row(7, { employees: -3 }),
    ];
    // Act
    const res = await t.call('agency', 'POST', '/v1/enterprises/imports', { rows });
    // Assess
    expect(res.status).toBe(202);
    const started = await json(res);
    expect(started).toMatchObject({ status: 'queued', totalRows: 7 });
    const job = await waitForJob(started.jobId);
    expect(job).toMatchObject({ totalRows: 7, processedRows: 7, acceptedRows: 3, rejectedRows: 4 });
    const results = await json(t.call('agency', 'GET', `/v1/imports/${started.jobId}/rows`));
    expect(results.items.map((r: { row: number; outcome: string }) => [r.row, r.outcome])).toEqual([
      [1, 'registered'],
      [2, 'registered'],
      [3, 'rejected'],
      [4, 'rejected'],
      [5, 'registered'],
      [6, 'rejected'],
      [7, 'rejected'],
    ]);
    const errors = Object.fromEntries(
      results.items
        .filter((r: { errors?: unknown }) => r.errors)
        .map((r: { row: number; errors: { path: string; message: string }[] }) => [r.row, r.errors]),
    );
    expect(errors[3][0].path).toBe('uscc');
    expect(errors[4][0]).toMatchObject({
      path: 'township',
      message: expect.stringContaining('unknown township'),
    });
    expect(errors[6][0]).toEqual({ path: 'uscc', message: 'duplicate of row 1' });
    expect(errors[7][0].path).toBe('employees');
    const stored = await json(t.call('agency', 'GET', `/v1/enterprises/${uscc(5)}`));
    expect(stored.size.sizeClass).toBe('small'); // retail: 12 ≥ 10 employees and 150 万元 ≥ 100 万元
  });

  it('imports CSV, and a re-submission with the same Idempotency-Key does not import twice', async () => {
    const csv = [
      'uscc,name,entityType,township,industryCode,employees,annualRevenueYuan,tags,lendingBanks',
      `${uscc(20)},临山CSV企业甲,enterprise,999102001,C3420,30,5000000,noLoanHousehold;keyIndustryChain=新能源汽车,bank-gs`,
      `${uscc(21)},临山CSV企业乙,individual-business,999102001,F5211,3,200000,,`,
      `${uscc(22)},临山CSV企业丙,enterprise,999102001,C3420,many,5000000,,`,
    ].join('\n');
    const headers = { 'content-type': 'text/csv', 'idempotency-key': 'csv-import-1' };
    const first = await t.call('agency', 'POST', '/v1/enterprises/imports', csv, headers);
    const second = await t.call('agency', 'POST', '/v1/enterprises/imports', csv, headers);
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    const a = await json(first);
    const b = await json(second);
    expect(b.jobId).toBe(a.jobId);
    const job = await waitForJob(a.jobId);
    expect(job).toMatchObject({ acceptedRows: 2, rejectedRows: 1 });
    const reused = await t.call('agency', 'POST', '/v1/enterprises/imports', `${csv}\n`, headers);
    expect(reused.status).toBe(422);
    expect((await json(reused)).type).toBe('/problems/idempotency-key-reused');
    const tagged = await json(t.call('agency', 'GET', `/v1/enterprises/${uscc(20)}`));
    expect(tagged.tags).toEqual({ noLoanHousehold: true, keyIndustryChain: { chain: '新能源汽车' } });
    expect(tagged.lendingBankCount).toBe(1);
  });

  it('a second import of the same rows reports them unchanged and another organisation cannot see the job', async () => {
    const rows = [row(30), row(31)];
    const first = await json(t.call('agency', 'POST', '/v1/enterprises/imports', { rows }));
    await waitForJob(first.jobId);
    const second = await json(
      t.call('agency', 'POST', '/v1/enterprises/imports', { rows: [row(30), row(31, { employees: 13 })] }),
    );
    await waitForJob(second.jobId);
    const results = await json(t.call('agency', 'GET', `/v1/imports/${second.jobId}/rows`));
    expect(results.items.map((r: { outcome: string }) => r.outcome)).toEqual(['unchanged', 'updated']);
    expect((await t.call('bank', 'GET', `/v1/imports/${second.jobId}`)).status).toBe(403);
    expect((await t.call('coordinator', 'GET', `/v1/imports/${second.jobId}`)).status).toBe(200);
  });

  it('refuses an empty import and more than 10,000 rows', async () => {
    const empty = await t.call('agency', 'POST', '/v1/enterprises/imports', { rows: [] });
    expect(empty.status).toBe(400);
    expect((await json(empty)).errors[0].path).toBe('body.rows');
    const tooMany = await t.call('agency', 'POST', '/v1/enterprises/imports', {
      rows: Array.from({ length: 10_001 }, () => ({})),
    });
    expect(tooMany.status).toBe(400);
  });
});
