import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type BankFeedbackRecorded, bankFeedbackEventId } from '@sme/events';
import { demoUscc } from '@sme/local';
import { documentClient } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, opsCommand, startTestStack, type TestStack } from '../support/local-stack.ts';

let t: TestStack;
let sqs: SQSClient;

beforeAll(async () => {
  t = await startTestStack();
  sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
});
afterAll(async () => {
  sqs?.destroy();
  await t?.stack.stop();
});

const borrower = demoUscc('999101', 'MB0000001');

/**
 * The bank feedback API is still being built, so the test plays the bank's side: it puts the
 * `BankFeedbackRecorded` event on the subsidy service's subscription to the `bank-feedback` channel.
 */
async function deliver(event: BankFeedbackRecorded): Promise<void> {
  await sqs.send(
    new SendMessageCommand({
      QueueUrl: t.stack.queues['subsidy-bank-feedback']?.url,
      MessageBody: JSON.stringify(event),
    }),
  );
}

/** 5,000,000.00 CNY guaranteed by the city's guarantor at 0.8 %, approved 2025-03-01 for 12 months. */
function approval(pushId: string, guarantorId = 'ls-guarantee'): BankFeedbackRecorded {
  return {
    type: 'BankFeedbackRecorded',
    version: 1,
    eventId: bankFeedbackEventId(pushId, 3),
    occurredAt: '2025-03-01T08:00:00.000Z',
    pushId,
    batchId: 'pb-20250220-0000e2e1',
    uscc: borrower,
    bankId: 'bank-gs',
    seq: 3,
    stage: 'approved',
    on: '2025-03-01',
    approved: {
      amountFen: 500_000_000,
      annualRatePercent: '3.45',
      termMonths: 12,
      guaranteeType: 'guarantee',
      creditLoan: false,
      guarantee: { guarantorId, feeRatePercent: '0.8' },
    },
  };
}

interface Line {
  recordId: string;
  program: string;
  amountFen: number;
  status: string;
}
const figure = (ledger: { programs: { program: string }[] }, program: string) =>
  ledger.programs.find((p) => p.program === program);

async function auditActions(subject: string): Promise<string[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: t.stack.tables.audit,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': subject },
    }),
  );
  return (out.Items ?? []).map((i) => i.action as string);
}

describe('Guarantee and subsidy service over HTTP and SQS', () => {
  it('calculates over HTTP with the breakdown and policy version, and names the bad field', async () => {
    // Prepare: 10,000,000.00 at 1 % for the whole of 2025 (actual/actual: one year)
    const fee = {
      contractDate: '2025-01-01',
      periodStart: '2025-01-01',
      periodEnd: '2026-01-01',
      guaranteeAmount: '10000000.00',
      feeRate: '0.01',
      borrowerType: 'small-enterprise',
    };

    // Act
    const ok = await t.call('bank', 'POST', '/v1/calculations/guarantee-fee', fee);
    const negative = await t.call('guarantor', 'POST', '/v1/calculations/guarantee-fee', {
      ...fee,
      guaranteeAmount: '-1.00',
    });
    const ethnic = {
      contractDate: '2025-01-01',
      periodStart: '2025-06-01',
      periodEnd: '2025-12-01',
      principal: '1000000.00',
      loanRate: '0.04',
      designatedProducer: true,
    };
    const backwards = await t.call('finance', 'POST', '/v1/calculations/ethnic-trade-loan', {
      ...ethnic,
      periodEnd: '2025-05-01',
    });
    const above100 = await t.call('finance', 'POST', '/v1/calculations/ethnic-trade-loan', {
      ...ethnic,
      loanRate: '1.2',
    });
    const noPolicy = await t.call('bank', 'POST', '/v1/calculations/guarantee-fee', {
      ...fee,
      contractDate: '2021-06-01',
    });
    const overCap = await t.call('bank', 'POST', '/v1/calculations/guarantee-fee', {
      ...fee,
      feeRate: '0.0101',
    });
    const batch = await t.call('coordinator', 'POST', '/v1/calculations', {
      calculations: [
        { program: 'ethnic-trade-loan', input: { ...fee, principal: '1.00' } },
        { program: 'no-such-program', input: {} },
      ],
    });
    const ops = await t.call('ops', 'POST', '/v1/calculations/guarantee-fee', fee);

    // Assess
    expect(ok.status).toBe(200);
    const result = await json(ok);
    expect(result).toMatchObject({
      program: 'guarantee-fee',
      amountFen: '10000000',
      amount: '100000.00',
      compliant: true,
      capRate: '0.01',
      policyVersion: { versionId: 'linshan-guarantee-fee-2025', citation: { seed: '004', section: '(四)' } },
    });
    expect(result.breakdown.at(-1)).toEqual({
      step: 'feeFen',
      formula: 'round half-up to the fen',
      value: '10000000',
    });

    expect(negative.status).toBe(400);
    expect(negative.headers.get('content-type')).toContain('application/problem+json');
    expect((await json(negative)).errors).toEqual([
      { path: 'body.guaranteeAmount', message: 'must not be negative' },
    ]);
    expect(backwards.status).toBe(400);
    expect((await json(backwards)).errors).toEqual([
      { path: 'body.periodEnd', message: 'must not be before periodStart' },
    ]);
    expect(above100.status).toBe(400);
    expect((await json(above100)).errors).toEqual([
      { path: 'body.loanRate', message: 'must be at most 1 (100 %)' },
    ]);
    expect(noPolicy.status).toBe(400);
    expect((await json(noPolicy)).errors.map((e: { path: string }) => e.path)).toEqual(['body.contractDate']);
    expect(overCap.status).toBe(422);
    const refused = await json(overCap);
    expect(refused.errors).toEqual([
      { path: 'body.feeRate', message: 'effective rate 0.0101 exceeds the cap 0.01' },
    ]);
    expect(refused.calculation.compliant).toBe(false);
    expect(batch.status).toBe(400);
    expect((await json(batch)).errors.map((e: { path: string }) => e.path)).toEqual([
      'body.calculations.1.program',
    ]);
    expect(ops.status).toBe(403);
  });

  it('bank reports approval with guarantee → entitlement appears in finance’s ledger once, even when delivered twice', async () => {
    // Prepare: the registry describes the borrower (a small manufacturer, C3420)
    const registered = await t.call('agency', 'PUT', `/v1/enterprises/${borrower}`, {
      name: '临山补贴测试制造有限公司',
      entityType: 'enterprise',
      township: '999101002',
      industryCode: 'C3420',
      employees: 30,
      annualRevenueYuan: 5_000_000,
    });
    expect(registered.status).toBe(201);
    await t.stack.idle();

    // Act: the same approval three times — twice at once, once more after it was booked
    await Promise.all([deliver(approval('push-e2e-1')), deliver(approval('push-e2e-1'))]);
    await t.stack.idle();
    await deliver(approval('push-e2e-1'));
    await t.stack.idle();

    // Assess: one line per program and year, counted once in the totals
    const ledger = await json(t.call('finance', 'GET', '/v1/ledger/2025'));
    const lines: Line[] = ledger.lines.filter((l: Line) => l.recordId === 'g-push-e2e-1');
    expect(lines.map((l) => [l.program, l.amountFen, l.status])).toEqual([
      // 500,000,000 × (0.02 − 0.008) × 306 / 365 = 5,030,136.98…
      ['fee-subsidy', 5_030_137, 'accrued'],
      // 500,000,000 × 306 × 0.002 / 365 = 838,356.16… (2‰ until the end of 2025)
      ['risk-compensation', 838_356, 'accrued'],
    ]);
    expect(figure(ledger, 'fee-subsidy')).toMatchObject({ actualFen: 5_030_137 });
    expect(figure(ledger, 'risk-compensation')).toMatchObject({ actualFen: 838_356 });
    const next = await json(t.call('coordinator', 'GET', '/v1/ledger/2026?program=fee-subsidy'));
    // 6,000,000 × 59 / 365 = 969,863.01…
    expect(next.lines.map((l: Line) => [l.recordId, l.amountFen])).toEqual([['g-push-e2e-1', 969_863]]);
    expect(await auditActions('guarantee#g-push-e2e-1')).toEqual(['guarantee.booked']);

    const own = await json(t.call('guarantor', 'GET', '/v1/guarantees'));
    expect(own.items.map((g: { recordId: string }) => g.recordId)).toEqual(['g-push-e2e-1']);
    const detail = await json(t.call('finance', 'GET', '/v1/guarantees/g-push-e2e-1'));
    expect(detail).toMatchObject({
      status: 'ACTIVE',
      outstandingFen: 500_000_000,
      endDate: '2026-03-01',
      borrower: { borrowerType: 'small-enterprise', industryCode: 'C3420' },
    });
    expect(detail.entitlements).toHaveLength(4);
  });

  it('a guarantor reports repayments on its own guarantees only; the balance is released', async () => {
    // Prepare: a second guarantee, by a guarantor that is not ls-guarantee
    await deliver(approval('push-e2e-2', 'ls-other-guarantee'));
    await t.stack.idle();
    const repayment = { reportId: 'RPT-2025-0001', repaidOn: '2025-09-01', amountFen: 200_000_000 };

    // Act
    const reported = await t.call('guarantor', 'POST', '/v1/guarantees/g-push-e2e-1/repayments', repayment);
    const replayed = await t.call('guarantor', 'POST', '/v1/guarantees/g-push-e2e-1/repayments', repayment);
    const tooMuch = await t.call('guarantor', 'POST', '/v1/guarantees/g-push-e2e-1/repayments', {
      ...repayment,
      reportId: 'RPT-2025-0002',
      amountFen: 300_000_001,
    });
    const others = await t.call('guarantor', 'POST', '/v1/guarantees/g-push-e2e-2/repayments', repayment);
    const othersRead = await t.call('guarantor', 'GET', '/v1/guarantees/g-push-e2e-2');
    const byBank = await t.call('bank', 'POST', '/v1/guarantees/g-push-e2e-1/repayments', repayment);
    const unnamed = await t.call('finance', 'GET', '/v1/guarantees');

    // Assess
    expect(reported.status).toBe(200);
    expect(await json(reported)).toMatchObject({ outstandingFen: 300_000_000, version: 2 });
    expect((await json(replayed)).version).toBe(2);
    expect(tooMuch.status).toBe(422);
    expect((await json(tooMuch)).errors.map((e: { path: string }) => e.path)).toEqual(['body.amountFen']);
    expect(others.status).toBe(404);
    expect(othersRead.status).toBe(404);
    expect(byBank.status).toBe(403);
    expect(unnamed.status).toBe(400);
    expect((await json(unnamed)).errors.map((e: { path: string }) => e.path)).toEqual(['query.guarantorId']);
    const ledger = await json(t.call('finance', 'GET', '/v1/ledger/2025?program=risk-compensation'));
    // (200,000,000 × 184 + 300,000,000 × 306) × 0.002 / 365 = 704,657.53…; the other guarantor gets nothing
    expect(ledger.lines.map((l: Line) => [l.recordId, l.amountFen, l.status])).toEqual([
      ['g-push-e2e-1', 704_658, 'accrued'],
      ['g-push-e2e-2', 0, 'not-eligible'],
    ]);
    expect(figure(ledger, 'risk-compensation')).toMatchObject({ actualFen: 704_658 });
    expect(await auditActions('guarantee#g-push-e2e-1')).toContain('guarantee.repayment-reported');
  });

  it('finance pre-allocates, proposes and approves the settlement once; others may not', async () => {
    // Act
    const preAllocated = await t.call('finance', 'PUT', '/v1/ledger/2025/pre-allocations', {
      allocations: { 'fee-subsidy': 5_000_000, 'risk-compensation': 2_000_000 },
    });
    const thisYear = await t.call('finance', 'POST', '/v1/ledger/2099/settlement-proposal', {});
    const proposed = await t.call('finance', 'POST', '/v1/ledger/2025/settlement-proposal', {});
    const byCoordinator = await t.call('coordinator', 'POST', '/v1/ledger/2025/approval', {});
    const stale = await t.call('finance', 'POST', '/v1/ledger/2025/approval', {}, { 'if-match': '"1"' });
    const approved = await t.call('finance', 'POST', '/v1/ledger/2025/approval', { note: '财政局审批通过' });
    const again = await t.call('finance', 'POST', '/v1/ledger/2025/approval', {});
    const lateChange = await t.call('finance', 'PUT', '/v1/ledger/2025/pre-allocations', { allocations: {} });

    // Assess
    expect(preAllocated.status).toBe(200);
    expect(thisYear.status).toBe(422);
    expect((await json(thisYear)).errors.map((e: { path: string }) => e.path)).toEqual(['path.year']);
    expect(proposed.status).toBe(200);
    expect(byCoordinator.status).toBe(403);
    expect(stale.status).toBe(412);
    expect(approved.status).toBe(200);
    const ledger = await json(approved);
    expect(ledger).toMatchObject({ state: 'APPROVED', version: 3 });
    // settlement = actual − pre-allocated: 5,030,137 − 5,000,000 and 704,658 − 2,000,000
    expect(figure(ledger, 'fee-subsidy')).toMatchObject({ settlementFen: 30_137 });
    expect(figure(ledger, 'risk-compensation')).toMatchObject({ settlementFen: -1_295_342 });
    expect(ledger.approval.figures.totals).toEqual({
      preAllocatedFen: 7_000_000,
      actualFen: 5_734_795,
      settlementFen: -1_265_205,
    });
    expect(again.status).toBe(409);
    expect((await json(again)).detail).toContain('APPROVED');
    expect(lateChange.status).toBe(409);
    expect(await auditActions('subsidy-ledger#2025')).toEqual([
      'ledger.pre-allocation-set',
      'ledger.settlement-proposed',
      'ledger.settlement-approved',
    ]);
  });
});

type Problem = { errors: { path: string }[] };

describe('Subsidy policy published at run time (no redeploy)', () => {
  const ops = (...args: string[]) => opsCommand(t, ...args);
  // Relative to the real clock, so the test never expires: the first of next month, and the day before.
  const now = new Date(Date.now() + 8 * 3_600_000);
  const firstOfNext = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
    .toISOString()
    .slice(0, 10);
  const lastOfThis = new Date(Date.parse(firstOfNext) - 86_400_000).toISOString().slice(0, 10);
  const fee = (contractDate: string) =>
    t.call('guarantor', 'POST', '/v1/calculations/guarantee-fee', {
      contractDate,
      guaranteeAmount: '3000000.00',
      feeRate: '0.009',
      periodStart: contractDate,
      periodEnd: `${Number(contractDate.slice(0, 4)) + 1}${contractDate.slice(4)}`,
      borrowerType: 'small-enterprise',
      industryCode: 'C3484',
      business: 'guarantee',
    });

  it('a version published with ./dev ops takes effect on its date: 0.9 % is within the cap the day before, refused from it', async () => {
    // Prepare: the 2025 version (cap 1 %) with the first tier's cap cut to 0.8 %.
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const file = join(dir, 'version.json');
    writeFileSync(
      file,
      JSON.stringify({
        program: 'guarantee-fee',
        id: `linshan-guarantee-fee-${firstOfNext}`,
        effectiveFrom: firstOfNext,
        citation: { seed: '004', section: '(四)' },
        params: {
          tiers: [{ upTo: '10000000.00', maxRate: '0.008' }, { maxRate: '0.015' }],
          affectedSectors: [],
          affectedSectorFeeFactor: '0.5',
          reGuaranteeFeeWaiver: {
            borrowerTypes: ['individual-business'],
            amountLimit: { amount: '500000.00', inclusive: true },
          },
        },
      }),
    );
    const beforePublishing = await fee(firstOfNext);

    // Act
    const published = await ops('policy', 'publish', file);
    const dayBefore = await fee(lastOfThis);
    const fromDate = await fee(firstOfNext);
    const backDated = await t.call('finance', 'POST', '/v1/subsidy-policy/program-versions', {
      ...JSON.parse(readFileSync(file, 'utf8')),
      id: 'linshan-guarantee-fee-backdated',
      effectiveFrom: '2026-01-01',
    });
    const byBank = await t.call('bank', 'POST', '/v1/subsidy-policy/program-versions', {});
    const shown = await ops('policy', 'show');

    // Assess
    expect(beforePublishing.status).toBe(200);
    expect(published.stdout).toContain(`in force from ${firstOfNext}`);
    expect(dayBefore.status).toBe(200);
    expect(
      ((await dayBefore.json()) as { policyVersion: { versionId: string } }).policyVersion.versionId,
    ).toBe('linshan-guarantee-fee-2025');
    expect(fromDate.status).toBe(422);
    expect(((await fromDate.json()) as Problem).errors[0]?.path).toBe('body.feeRate');
    expect(backDated.status).toBe(422);
    expect(((await backDated.json()) as Problem).errors[0]?.path).toBe('body.effectiveFrom');
    expect(byBank.status).toBe(403);
    expect(shown.stdout).toMatch(new RegExp(`linshan-guarantee-fee-2025 +2025-01-01 … ${lastOfThis}`));
    expect(shown.stdout).toContain('1 publication(s) since the city file');
    const audit = await documentClient().send(
      new QueryCommand({
        TableName: t.stack.tables.audit,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `subsidy-policy#linshan-guarantee-fee-${firstOfNext}` },
      }),
    );
    expect(audit.Items?.map((i) => [i.action, i.orgId])).toEqual([
      ['subsidy-policy.version-published', 'ops'],
    ]);
  });
});
