import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
import {
  type BankFeedbackRecorded,
  bankFeedbackEventId,
  type CreditProfileChanged,
  creditProfileEventId,
  type EnterprisePushed,
  type PushDeadlineChanged,
  pushDeadlineEventId,
} from '@sme/events';
import { shanghaiDate } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { documentClient } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmByDepartments } from '../support/declarations.ts';
import { eventually, json, startTestStack, type TestStack } from '../support/local-stack.ts';

let t: TestStack;
let sqs: SQSClient;
let townshipKey = '';
const wan = (n: number) => n * 1_000_000; // 万元 → fen
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = shanghaiDate(new Date());
/** Last week, Monday to Sunday: the week the Monday bulletin covers. */
const weekStart = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) - 7);
const weekEnd = addDays(weekStart, 6);
const uscc = (n: number) => demoUscc('999101', `MT${String(n).padStart(7, '0')}`);
const [a, b, c, d, f] = [1, 2, 3, 4, 5].map(uscc) as [string, string, string, string, string];
const batchId = `pb-${weekStart.replaceAll('-', '')}-0000beef`;

beforeAll(async () => {
  t = await startTestStack();
  sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
  const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
  townshipKey = (
    await createApiClient(store, t.city, {
      orgId: 'ls-qingshi-tn',
      name: '青石镇',
      now: new Date().toISOString(),
    })
  ).apiKey;
});
afterAll(async () => {
  sqs?.destroy();
  await t?.stack.stop();
});

/** Sends events straight to one of monitoring's queues, as the channel would (other subscribers stay out of it). */
async function deliver(queue: string, events: { eventId: string; type: string }[]): Promise<void> {
  const url = t.stack.queues[queue]?.url;
  if (!url) throw new Error(`no queue ${queue}`);
  const out = await sqs.send(
    new SendMessageBatchCommand({
      QueueUrl: url,
      Entries: events.map((e, i) => ({ Id: String(i), MessageBody: JSON.stringify(e) })),
    }),
  );
  expect(out.Failed ?? []).toEqual([]);
}

async function register(
  code: string,
  township: string,
  industryCode: string,
  extra: Record<string, unknown> = {},
) {
  const res = await t.call('agency', 'PUT', `/v1/enterprises/${code}`, {
    name: `临山监测测试企业${code.slice(-6)}`,
    entityType: 'enterprise',
    township,
    industryCode,
    employees: 30,
    annualRevenueYuan: 5_000_000,
    hasFixedPremises: true,
    ...extra,
  });
  expect(res.status).toBe(201);
}

const pushedEvent = (pushId: string, code: string, bankId: string): EnterprisePushed => ({
  type: 'EnterprisePushed',
  version: 1,
  eventId: pushId,
  occurredAt: `${weekStart}T02:00:00.000Z`,
  pushId,
  batchId,
  uscc: code,
  bankId,
  creditAccessUntil: addDays(weekStart, 90),
});

function step(
  pushId: string,
  code: string,
  bankId: string,
  s: Pick<BankFeedbackRecorded, 'seq' | 'stage' | 'on'> & Partial<BankFeedbackRecorded>,
): BankFeedbackRecorded {
  return {
    type: 'BankFeedbackRecorded',
    version: 1,
    eventId: bankFeedbackEventId(pushId, s.seq),
    occurredAt: `${s.on}T03:00:00.000Z`,
    pushId,
    batchId,
    uscc: code,
    bankId,
    ...s,
  };
}

const approved = (amountFen: number, annualRatePercent: string, creditLoan: boolean) => ({
  amountFen,
  annualRatePercent,
  termMonths: 12,
  guaranteeType: creditLoan ? 'credit' : 'mortgage',
  creditLoan,
});

const breach = (pushId: string, code: string, bankId: string, due: string): PushDeadlineChanged => ({
  type: 'PushDeadlineChanged',
  version: 1,
  eventId: pushDeadlineEventId(pushId, 'breached'),
  occurredAt: `${addDays(due, 1)}T01:00:00.000Z`,
  pushId,
  batchId,
  uscc: code,
  bankId,
  kind: 'no-loan-5-working-days',
  due,
  status: 'breached',
});

const hardStop = (code: string): CreditProfileChanged => ({
  type: 'CreditProfileChanged',
  version: 1,
  eventId: creditProfileEventId(code, 9),
  occurredAt: new Date().toISOString(),
  uscc: code,
  profileVersion: 9,
  grade: 'D',
  score: 20,
  hardStop: true,
  flags: [],
  modelVersion: 'test',
});

async function allPages(path: string): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  const items: Record<string, unknown>[] = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res = await t.call(
      'coordinator',
      'GET',
      `${path}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status).toBe(200);
    const page = await json(res);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor);
  return { items, pages };
}

describe('Monitoring over HTTP, SQS and streams', () => {
  it('registry and matching feed "should be in"; pushes and bank steps feed the figures, "should be lent" and the bulletin', async () => {
    // Prepare: A (key industry chain, no-loan household), B and D in 青石镇; C in 柳塘乡 (retail);
    // D is listed abnormal; F is normal but gets a credit hard-stop.
    await register(a, '999101002', 'C3420', {
      tags: { keyIndustryChain: { chain: '新能源汽车' }, noLoanHousehold: true },
    });
    await register(b, '999101002', 'C3420');
    await register(c, '999101003', 'F5211');
    await register(d, '999101002', 'C3420', { status: 'abnormal' });
    await register(f, '999101002', 'C3420');
    await t.stack.idle();
    await deliver('monitoring-credit-events', [hardStop(f)]);
    await t.stack.idle();

    // Assess 1: 青石镇 lists A (key industry chain first) and B; not D (abnormal) nor F (hard-stop).
    const before = await eventually(async () => {
      const page = await json(t.call('coordinator', 'GET', '/v1/monitoring/should-be-in?township=999101002'));
      expect(page.items.map((e: { uscc: string }) => e.uscc)).toEqual([a, b]);
      return page;
    });
    expect(before.items[0]).toMatchObject({
      uscc: a,
      township: '999101002',
      industry: 'C',
      industryCode: 'C3420',
      keyIndustryChain: true,
      noLoanHousehold: true,
    });

    // Act 2: the township declares A; the matching stream announces it, and the coordinator signs it off.
    const declaration = await json(
      t.call('agency', 'POST', '/v1/declarations', {
        uscc: a,
        demand: {
          amountFen: wan(200),
          termMonths: 12,
          purpose: 'working-capital',
          purposeDetail: '采购原材料',
          guaranteeType: 'mortgage',
        },
        visit: { visitedBy: '青石镇金融专员 王敏', visitedOn: today, place: '企业生产车间' },
        wishes: '希望一个月内放款',
      }),
    );
    const reviewed = await t.call(
      undefined,
      'POST',
      `/v1/declarations/${declaration.id}/reviews`,
      {
        opinions: [
          { criterion: 'genuine-need', outcome: 'confirmed' },
          { criterion: 'lawful-purpose', outcome: 'confirmed' },
        ],
      },
      { 'x-api-key': townshipKey },
    );
    expect(reviewed.status).toBe(200);
    await confirmByDepartments(t, declaration.id);
    expect((await t.call('convenor', 'POST', `/v1/declarations/${declaration.id}/sign-off`, {})).status).toBe(
      200,
    );

    // Assess 2: A is "in" now; across all townships (one per page) only B and C remain.
    await eventually(async () => {
      const page = await json(t.call('coordinator', 'GET', '/v1/monitoring/should-be-in?township=999101002'));
      expect(page.items.map((e: { uscc: string }) => e.uscc)).toEqual([b]);
    });
    const everywhere = await allPages('/v1/monitoring/should-be-in?limit=1');
    expect(everywhere.items.map((e) => e.uscc)).toEqual([b, c]);
    expect(everywhere.pages).toBeGreaterThan(1);

    // Act 3: last week A was pushed to bank-gs (p1) and bank-nh (p2), C to bank-gs (p3) and bank-nh (p4).
    // p1: approved 200万 at 3.45% (credit loan; the approval is delivered twice), disbursed 200万;
    // p3: approved 100万 at 4.35% on mortgage; p4: rejected with reasons; p2: unanswered, breached.
    await deliver('monitoring-enterprise-pushed', [
      pushedEvent('p1', a, 'bank-gs'),
      pushedEvent('p2', a, 'bank-nh'),
      pushedEvent('p3', c, 'bank-gs'),
      pushedEvent('p4', c, 'bank-nh'),
    ]);
    const p1Approval = step('p1', a, 'bank-gs', {
      seq: 2,
      stage: 'approved',
      on: addDays(weekStart, 3),
      approved: approved(wan(200), '3.45', true),
    });
    await deliver('monitoring-bank-feedback', [
      step('p1', a, 'bank-gs', { seq: 1, stage: 'contacted', on: addDays(weekStart, 1) }),
      p1Approval,
      p1Approval,
      step('p1', a, 'bank-gs', {
        seq: 3,
        stage: 'disbursed',
        on: addDays(weekStart, 4),
        disbursed: { amountFen: wan(200) },
      }),
      step('p3', c, 'bank-gs', {
        seq: 1,
        stage: 'approved',
        on: addDays(weekStart, 4),
        approved: approved(wan(100), '4.35', false),
      }),
      step('p4', c, 'bank-nh', {
        seq: 1,
        stage: 'rejected',
        on: addDays(weekStart, 2),
        rejected: {
          reasonCodes: ['high-leverage'],
          reasonText: '资产负债率过高',
          repairSuggestions: ['补充担保'],
        },
      }),
    ]);
    await deliver('monitoring-push-deadlines', [breach('p2', a, 'bank-nh', addDays(weekStart, 1))]);
    await t.stack.idle();

    // Assess 3: only p2 waits for a decision, 2 days after due.
    const lent = await eventually(async () => {
      const page = await json(t.call('coordinator', 'GET', '/v1/monitoring/should-be-lent'));
      expect(page.items.map((e: { pushId: string }) => e.pushId)).toEqual(['p2']);
      return page;
    });
    expect(lent.items[0]).toMatchObject({
      bankId: 'bank-nh',
      uscc: a,
      township: '999101002',
      pushedOn: weekStart,
      latestStage: 'pushed',
      rejectedWithoutReason: false,
      deadline: { status: 'breached', due: addDays(weekStart, 1) },
    });
    expect(lent.items[0].daysSincePush).toBe(
      Math.round((Date.parse(today) - Date.parse(weekStart)) / 86_400_000),
    );
    expect(
      (await json(t.call('coordinator', 'GET', '/v1/monitoring/should-be-lent?bankId=bank-gs'))).items,
    ).toEqual([]);

    // Act 4: the figures from last Monday to today, by bank.
    const summary = await eventually(async () => {
      const res = await json(
        t.call('coordinator', 'GET', `/v1/monitoring/summary?from=${weekStart}&to=${today}&groupBy=bank`),
      );
      expect(res.totals.approved.count).toBe(2);
      return res;
    });

    // Assess 4: 300万 approved (200万 of it credit loans: 66.67%); weighted (200 × 3.45 + 100 × 4.35) / 300 = 3.75.
    expect(summary.totals).toEqual({
      declared: 1,
      recommended: 1,
      pushed: 4,
      contacted: 1,
      approved: { count: 2, amountFen: '300000000' },
      rejected: 1,
      disbursed: { count: 1, amountFen: '200000000' },
      firstLoanHouseholds: 1,
      creditLoan: {
        count: 1,
        amountFen: '200000000',
        sharePercentOfCount: '50.00',
        sharePercentOfAmount: '66.67',
      },
      averageRatePercent: { amountWeighted: '3.7500', simpleMean: '3.9000' },
      deadlineBreaches: 1,
    });
    expect(
      summary.groups.map((g: { key: string; label: string; measures: Record<string, unknown> }) => [
        g.key,
        g.label,
        g.measures.pushed,
        g.measures.deadlineBreaches,
      ]),
    ).toEqual([
      ['bank-gs', t.city.banks.find((x) => x.id === 'bank-gs')?.name, 2, 0],
      ['bank-nh', t.city.banks.find((x) => x.id === 'bank-nh')?.name, 2, 1],
      ['unattributed', '未归属', 0, 0],
    ]);
    const byTownship = await json(
      t.call('coordinator', 'GET', `/v1/monitoring/summary?from=${weekStart}&to=${today}&groupBy=township`),
    );
    expect(
      byTownship.groups.map((g: { key: string; measures: { pushed: number } }) => [g.key, g.measures.pushed]),
    ).toEqual([
      ['999101002', 2],
      ['999101003', 2],
    ]);

    // Act 5: the Monday schedule fires; then the bulletin is read in every format.
    await t.stack.trigger('monitoring-weekly-bulletin');
    const bulletin = await t.call('coordinator', 'GET', `/v1/monitoring/bulletins/${weekStart}`);
    const html = await t.call('finance', 'GET', `/v1/monitoring/bulletins/${weekStart}?format=html`);
    const csv = await t.call('coordinator', 'GET', `/v1/monitoring/bulletins/${weekStart}?format=csv`);

    // Assess 5: last week has the bank steps but not today's declaration; gaps as they stand now.
    expect(bulletin.status).toBe(200);
    const body = await json(bulletin);
    expect(body).toMatchObject({ weekStart, weekEnd });
    expect(body.summaries.bank.totals).toMatchObject({
      declared: 0,
      pushed: 4,
      approved: { count: 2 },
      deadlineBreaches: 1,
    });
    expect(body.summaries.industry.groups.map((g: { key: string }) => g.key)).toEqual(['C', 'F']);
    expect(body.gaps.shouldBeIn).toMatchObject({ total: 2 });
    expect(body.gaps.shouldBeLent).toEqual({
      total: 1,
      byBank: [{ key: 'bank-nh', label: t.city.banks.find((x) => x.id === 'bank-nh')?.name, count: 1 }],
    });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain(`周通报(${weekStart} 至 ${weekEnd})`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect([...new Uint8Array(await csv.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    // Act 5b: this week, which no schedule has archived yet, is built on demand from the facts so far.
    const thisMonday = addDays(weekStart, 7);
    const current = await t.call('coordinator', 'GET', `/v1/monitoring/bulletins/${thisMonday}`);
    const soFar = await json(
      t.call('coordinator', 'GET', `/v1/monitoring/summary?from=${thisMonday}&to=${today}&groupBy=township`),
    );

    // Assess 5b: the same figures as the summary of the week so far, and the gaps as they stand now.
    expect(current.status).toBe(200);
    const currentBody = await json(current);
    expect(currentBody).toMatchObject({ weekStart: thisMonday, weekEnd: addDays(thisMonday, 6) });
    expect(currentBody.summaries.township.totals).toEqual(soFar.totals);
    expect(currentBody.gaps).toEqual(body.gaps);

    // Act 5c: the daily dispatch (日调度) of the push day and of today, built on demand.
    const dispatch = async (day: string) =>
      [
        await json(t.call('finance', 'GET', `/v1/monitoring/daily-dispatch?date=${day}`)),
        await json(
          t.call('coordinator', 'GET', `/v1/monitoring/summary?from=${day}&to=${day}&groupBy=township`),
        ),
        await json(t.call('coordinator', 'GET', `/v1/monitoring/summary?from=${day}&to=${day}&groupBy=bank`)),
      ] as const;
    const [pushDay, pushDayByTownship, pushDayByBank] = await dispatch(weekStart);
    const [todays] = await dispatch(today);
    const tomorrow = await json(
      t.call('coordinator', 'GET', `/v1/monitoring/daily-dispatch?date=${addDays(today, 1)}`),
    );

    // Assess 5c: the day's figures are the day's summaries; the gaps are the bulletin's, as they stand
    expect(pushDay.byTownship).toEqual(pushDayByTownship);
    expect(pushDay.byBank).toEqual(pushDayByBank);
    expect(pushDay.byBank.totals.pushed).toBeGreaterThan(0);
    expect(pushDay.gaps).toEqual(body.gaps);
    expect(todays.date).toBe(today);
    expect([tomorrow.status, tomorrow.errors?.[0]?.path]).toEqual([400, 'query.date']);

    // Act 6: generating the same week again replaces the bulletin under the same id.
    await t.stack.trigger('monitoring-weekly-bulletin');
    const again = await json(t.call('coordinator', 'GET', `/v1/monitoring/bulletins/${weekStart}`));

    // Assess 6
    expect(again.weekStart).toBe(weekStart);
    expect(again.summaries.bank.totals).toEqual(body.summaries.bank.totals);
    expect(again.generatedAt >= body.generatedAt).toBe(true);
  });

  it('names the bad parameter with 400, answers 404 for a week not yet begun and 403 to a bank', async () => {
    // Act
    const reversed = await json(
      t.call('coordinator', 'GET', '/v1/monitoring/summary?from=2026-03-10&to=2026-03-01'),
    );
    const badGrouping = await json(
      t.call('coordinator', 'GET', '/v1/monitoring/summary?from=2026-03-01&to=2026-03-10&groupBy=product'),
    );
    const noFrom = await json(t.call('coordinator', 'GET', '/v1/monitoring/summary?to=2026-03-10'));
    const unknownTownship = await t.call(
      'coordinator',
      'GET',
      '/v1/monitoring/should-be-in?township=999199999',
    );
    const unknownBank = await json(
      t.call('coordinator', 'GET', '/v1/monitoring/should-be-lent?bankId=bank-nowhere'),
    );
    const tuesday = await t.call('coordinator', 'GET', `/v1/monitoring/bulletins/${addDays(weekStart, 1)}`);
    const nextWeek = await t.call('coordinator', 'GET', `/v1/monitoring/bulletins/${addDays(weekStart, 14)}`);
    const bank = await t.call('bank', 'GET', `/v1/monitoring/summary?from=${weekStart}&to=${weekEnd}`);

    // Assess
    const paths = (problem: { errors?: { path: string }[] }) => (problem.errors ?? []).map((e) => e.path);
    expect([reversed.status, paths(reversed)]).toEqual([400, ['query.to']]);
    expect([badGrouping.status, paths(badGrouping)]).toEqual([400, ['query.groupBy']]);
    expect([noFrom.status, paths(noFrom)]).toEqual([400, ['query.from']]);
    expect(unknownTownship.status).toBe(400);
    expect(paths(await json(unknownTownship))).toEqual(['query.township']);
    expect([unknownBank.status, paths(unknownBank)]).toEqual([400, ['query.bankId']]);
    expect(tuesday.status).toBe(400);
    expect(paths(await json(tuesday))).toEqual(['path.weekStart']);
    expect(nextWeek.status).toBe(404);
    expect(bank.status).toBe(403);
  });
});
