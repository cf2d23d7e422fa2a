import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { deadlineFor } from '@sme/delivery';
import { calendarStatus, shanghaiDate } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { documentClient } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import notice2016 from '../fixtures/holiday-year-2016.json' with { type: 'json' };
import { recommendedDeclaration } from '../support/declarations.ts';
import {
  apiKeysFor,
  type DrainedMessage,
  drainQueue,
  eventually,
  json,
  opsCommand,
  startTestStack,
  type TestStack,
} from '../support/local-stack.ts';
import { confirmAndWait } from '../support/push-batches.ts';

/**
 * What a bank needs to act on a push (the 对接 package), end to end over HTTP on the local stack: the
 * push card for the pushed banks only, audited; thin channel messages whose link leads to it; the
 * deadlines on read (overdue the same day, provisional across a missing calendar year); and ops
 * loading a holiday year with the command.
 */

let t: TestStack;
let sqs: SQSClient;
const keys: Record<string, string> = {};
const today = shanghaiDate(new Date());
const daysAgo = (n: number) => shanghaiDate(new Date(Date.now() - n * 86_400_000));

beforeAll(async () => {
  t = await startTestStack();
  sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
  Object.assign(
    keys,
    await apiKeysFor(t, ['bank-gs', 'bank-nh', 'bank-ls-rural', 'bank-city', 'ls-qingshi-tn']),
  );
}, 60_000);
afterAll(async () => {
  sqs?.destroy();
  await t?.stack.stop();
});

const bankCall = (org: string, method: string, path: string, body?: unknown) =>
  t.call(undefined, method, path, body, { 'x-api-key': keys[org] ?? '' });
const observed = (queue: string) => drainQueue(t.stack, t.stack.queues[queue]?.url ?? '');
/** A response's JSON body, shape asserted by the test. */
const bodyOf = (response: Response): Promise<DrainedMessage['body']> => response.json();
let serial = 0;
const nextUscc = () => demoUscc('999101', `BP${String(++serial).padStart(7, '0')}`);

async function auditEntries(pk: string) {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: t.stack.tables.audit,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    }),
  );
  return out.Items ?? [];
}

/** Pushes as EnterprisePushed would announce them, dated `pushedDaysAgo` days back (a push made earlier). */
async function injectPushes(
  bankId: string,
  options: {
    pushedDaysAgo?: number;
    pushedAt?: string;
    creditAccessUntil: string;
    card?: unknown;
    uscc?: string;
  },
): Promise<string> {
  const pushId = `p${Date.now().toString(16).padStart(12, '0')}${String(++serial).padStart(12, '0')}`;
  const event = {
    type: 'EnterprisePushed',
    version: 1,
    eventId: pushId,
    occurredAt:
      options.pushedAt ?? new Date(Date.now() - (options.pushedDaysAgo ?? 0) * 86_400_000).toISOString(),
    pushId,
    batchId: 'pb-20261101-0000bp00',
    uscc: options.uscc ?? nextUscc(),
    bankId,
    creditAccessUntil: options.creditAccessUntil,
    ...(options.card ? { card: options.card } : {}),
  };
  await sqs.send(
    new SendMessageBatchCommand({
      QueueUrl: t.stack.queues['delivery-enterprise-pushed']?.url,
      Entries: [{ Id: '0', MessageBody: JSON.stringify(event) }],
    }),
  );
  await t.stack.idle();
  return pushId;
}

describe('The push card: pushed banks act on it, nobody else sees it', () => {
  let pushes: Record<string, string> = {};
  let uscc = '';
  let declarationId = '';
  let card: Record<string, unknown> = {};

  beforeAll(async () => {
    uscc = nextUscc();
    await observed('observe-enterprise-pushed');
    declarationId = await recommendedDeclaration(t, {
      uscc,
      name: '临山青石精密机械有限公司',
      townshipKey: keys['ls-qingshi-tn'] ?? '',
      preferredBankIds: ['bank-gs', 'bank-ls-rural'],
      tags: { keyIndustryChain: { chain: '新能源装备' }, noLoanHousehold: true },
    });
    await t.stack.idle();
    const batch = await json(
      t.call('coordinator', 'POST', '/v1/push-batches', { declarationIds: [declarationId] }),
    );
    expect((await confirmAndWait(t, batch.batchId)).accepted.status).toBe(202);
    await t.stack.idle();
    const pushed = await observed('observe-enterprise-pushed');
    pushes = Object.fromEntries(pushed.map((m) => [m.body.bankId, m.body.pushId]));
  }, 90_000);

  it('gives each pushed bank the card filled from the registry and the declaration', async () => {
    // Prepare: the wished banks first; the rules may add a third (at most 3, seed 001 §三(一)).
    const banks = Object.keys(pushes);
    expect(banks).toEqual(expect.arrayContaining(['bank-gs', 'bank-ls-rural']));
    expect(banks).not.toContain('bank-nh');
    expect(banks.length).toBeLessThanOrEqual(3);

    for (const bankId of banks) {
      // Act
      const response = await bankCall(
        bankId,
        'GET',
        `/v1/bank/pushes/${pushes[bankId]}/card?purpose=contact-enterprise`,
      );

      // Assess
      expect(response.status).toBe(200);
      const body = await bodyOf(response);
      card = body.card;
      expect(body).toMatchObject({ pushId: pushes[bankId], bankId, status: 'PUSHED', overdue: false });
      expect(body.card).toMatchObject({
        declarationId,
        enterprise: {
          uscc,
          name: '临山青石精密机械有限公司',
          entityType: 'enterprise',
          township: { code: '999101002', name: '青石镇' },
          industryCode: 'C3420',
          sizeClass: 'small',
          keyIndustryChain: { marked: true, chain: '新能源装备' },
        },
        contact: { name: '李娜', phone: '13800138000' },
        demand: {
          amountFen: 200_000_000,
          termMonths: 12,
          purpose: 'working-capital',
          purposeDetail: '采购原材料',
          guaranteeType: 'mortgage',
          preferredBankIds: ['bank-gs', 'bank-ls-rural'],
          wishes: '希望两周内放款，联系请提前电话预约',
          creditApplication: true,
        },
        referral: {
          kind: 'agency-visit',
          orgId: 'ls-market',
          visit: { visitedBy: '青石镇金融专员 王敏', visitedOn: today, place: '企业生产车间' },
        },
        match: { banksInBatch: banks.length },
      });
      expect(body.card.referral.orgName).not.toBe('ls-market');
      if (bankId !== 'bank-city') {
        expect(body.card.match.reasons.map((r: { code: string }) => r.code)).toContain('wished-bank');
      }
      expect(
        body.card.screening.map((c: { criterion: string; outcome: string }) => [c.criterion, c.outcome]),
      ).toEqual([
        ['compliant-operation', 'pass'],
        ['fixed-premises', 'pass'],
        ['genuine-need', 'pass'],
        ['good-credit', 'pass'],
        ['lawful-purpose', 'pass'],
      ]);
      expect(JSON.stringify(body.card)).not.toMatch(/recordId|credit-profile:/);
      // The no-loan household's reply clock runs from the push (the declaration is the application).
      const expected = deadlineFor({
        kind: 'no-loan-5-working-days',
        from: today,
        config: {
          decisionCalendarDays: 30,
          noLoanReplyWorkingDays: 5,
          holidayCalendar: t.city.holidayCalendar,
        },
      });
      expect(body.deadlines).toEqual([
        { kind: 'no-loan-5-working-days', from: today, ...expected, overdue: false },
      ]);
    }
  });

  it('answers 404 to a bank that was not pushed the enterprise, and 403 to every other role', async () => {
    // Act
    const foreign = await bankCall(
      'bank-nh',
      'GET',
      `/v1/bank/pushes/${pushes['bank-gs']}/card?purpose=contact-enterprise`,
    );
    const office = await t.call(
      'coordinator',
      'GET',
      `/v1/bank/pushes/${pushes['bank-gs']}/card?purpose=contact-enterprise`,
    );
    const noPurpose = await bankCall('bank-gs', 'GET', `/v1/bank/pushes/${pushes['bank-gs']}/card`);
    const enterprise = await bankCall('bank-nh', 'GET', `/v1/enterprises/${uscc}`);

    // Assess
    expect(foreign.status).toBe(404);
    expect(office.status).toBe(403);
    expect(noPurpose.status).toBe(400);
    expect((await bodyOf(noPurpose)).errors).toEqual([expect.objectContaining({ path: 'query.purpose' })]);
    expect(enterprise.status).not.toBe(200);
  });

  it('audits every read with its purpose, and every refused attempt, by role or by push', async () => {
    // Act
    const gs = await auditEntries(`push-card#${pushes['bank-gs']}`);

    // Assess
    expect(gs.filter((e) => e.action === 'push-card.read')).toEqual([
      expect.objectContaining({ orgId: 'bank-gs', purpose: 'contact-enterprise', detail: { uscc } }),
    ]);
    // Refused: the bank that was not pushed it (by the handler), and the office (by role, before any handler).
    const refused = gs.filter((e) => e.action === 'push-card.read-refused');
    expect(refused).toHaveLength(2);
    expect(refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ orgId: 'bank-nh', detail: { reason: 'not-pushed-to-caller' } }),
        expect.objectContaining({
          orgId: 'ls-office',
          purpose: 'contact-enterprise',
          detail: { reason: 'role', role: 'coordinator', permission: 'bank-push:card' },
        }),
      ]),
    );
  });

  it('keeps the channel messages thin, and their link leads to the card', async () => {
    // Act
    const messages = await eventually(async () => {
      const got = await drainQueue(t.stack, t.stack.bankQueues['bank-gs'] ?? '');
      expect(got.filter((m) => m.body.type === 'push.created')).toHaveLength(1);
      return got;
    });
    const sqsNotice = messages.find((m) => m.body.type === 'push.created')?.body;
    const webhookNotice = await eventually(async () => {
      const accepted = t.stack.bankReceiver
        .log('bank-ls-rural')
        .accepted.filter(
          (n) =>
            n.type === 'push.created' && (n.data as { pushId: string }).pushId === pushes['bank-ls-rural'],
        );
      expect(accepted).toHaveLength(1);
      return accepted[0];
    });

    // Assess: ids, the reply date and links; no name, contact or demand.
    for (const data of [sqsNotice?.data, webhookNotice?.data]) {
      expect(Object.keys(data ?? {}).sort()).toEqual(['batchId', 'links', 'pushId', 'replyBy', 'uscc']);
      expect(JSON.stringify(data)).not.toMatch(/李娜|13800138000|临山青石/);
    }
    const link = sqsNotice?.data.links.card as string;
    expect(link).toBe(`/v1/bank/pushes/${pushes['bank-gs']}/card`);
    const followed = await bankCall('bank-gs', 'GET', `${link}?purpose=push-follow-up`);
    expect(followed.status).toBe(200);
    expect((await bodyOf(followed)).card).toMatchObject({ declarationId, enterprise: card.enterprise });
  });

  it('refuses a contact dated before the push (422), and an answer stops the reply clock', async () => {
    // Act
    const early = await bankCall('bank-gs', 'POST', `/v1/bank/pushes/${pushes['bank-gs']}/progress`, {
      type: 'contacted',
      contactedOn: daysAgo(1),
    });
    const future = await bankCall('bank-gs', 'POST', `/v1/bank/pushes/${pushes['bank-gs']}/progress`, {
      type: 'contacted',
      contactedOn: shanghaiDate(new Date(Date.now() + 2 * 86_400_000)),
    });
    const rejected = await bankCall(
      'bank-ls-rural',
      'POST',
      `/v1/bank/pushes/${pushes['bank-ls-rural']}/progress`,
      {
        type: 'rejected',
        rejectedOn: today,
        reasonCodes: ['insufficient-cash-flow'],
        reasonText: '近六个月经营流水不足以覆盖月供',
        repairSuggestions: ['补充近六个月流水'],
      },
    );

    // Assess
    expect(early.status).toBe(422);
    expect((await bodyOf(early)).errors).toEqual([expect.objectContaining({ path: 'body.contactedOn' })]);
    expect(future.status).toBe(422);
    expect(rejected.status).toBe(200);
    expect((await bodyOf(rejected)).deadlines).toEqual([]);
  });
});

describe('Push grants and deadlines on read', () => {
  it('refuses the card once the push grant has ended (403), and audits the refusal', async () => {
    // Prepare: a push whose grant ended yesterday, with a card.
    const pushId = await injectPushes('bank-gs', {
      pushedDaysAgo: 91,
      creditAccessUntil: daysAgo(1),
      card: {
        declarationId: 'd-expired',
        enterprise: {
          uscc: nextUscc(),
          name: '过期测试企业',
          entityType: 'enterprise',
          township: { code: '999101002', name: '青石镇' },
          industryCode: 'C3420',
          keyIndustryChain: { marked: false },
        },
        demand: {
          amountFen: 100_000_000,
          termMonths: 12,
          purpose: 'working-capital',
          purposeDetail: '周转',
          guaranteeType: 'credit',
          creditLoanWanted: true,
          preferredBankIds: [],
          preferredProductNames: [],
          creditApplication: true,
        },
        match: { rank: 1, banksInBatch: 1, existingLender: false, products: [], reasons: [] },
        referral: { kind: 'coordination-office', orgId: 'ls-office', orgName: '临山市融资协调办公室' },
        screening: [],
      },
    });

    // Act
    const response = await bankCall('bank-gs', 'GET', `/v1/bank/pushes/${pushId}/card?purpose=loan-review`);

    // Assess
    expect(response.status).toBe(403);
    expect((await bodyOf(response)).detail).toMatch(/ended on/);
    const entries = await auditEntries(`push-card#${pushId}`);
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'push-card.read-refused',
        purpose: 'loan-review',
        detail: expect.objectContaining({ reason: 'grant-ended' }),
      }),
    ]);
  });

  it('shows a decision past 30 days as overdue on read and on the list the same day, before any sweep', async () => {
    // Prepare: pushed 45 days ago, materials complete 40 days ago → due 10 days ago.
    const pushId = await injectPushes('bank-nh', { pushedDaysAgo: 45, creditAccessUntil: daysAgo(-45) });
    const step = (body: unknown) => bankCall('bank-nh', 'POST', `/v1/bank/pushes/${pushId}/progress`, body);
    expect((await step({ type: 'contacted', contactedOn: daysAgo(41) })).status).toBe(200);
    expect((await step({ type: 'materials-complete', completedOn: daysAgo(40) })).status).toBe(200);

    // Act
    const push = await json(bankCall('bank-nh', 'GET', `/v1/bank/pushes/${pushId}`));
    const overdue = await json(t.call('coordinator', 'GET', '/v1/overdue-pushes?bankId=bank-nh'));

    // Assess
    expect(push).toMatchObject({
      overdue: true,
      deadlines: [
        { kind: 'decision-30-days', from: daysAgo(40), due: daysAgo(10), provisional: false, overdue: true },
      ],
    });
    expect(overdue.items.find((p: { pushId: string }) => p.pushId === pushId)).toMatchObject({
      overdueSince: daysAgo(9),
    });
  });
});

describe('Holiday calendar: status and the ops command', () => {
  const run = (...args: string[]) => opsCommand(t, ...args);

  it('reports how long the calendar covers, warning within 60 days of its end', async () => {
    // Act
    const status = await json(bankCall('bank-gs', 'GET', '/v1/holiday-calendar'));

    // Assess: the same reading as the rule computed here (the demo file holds 2026 only).
    const expected = calendarStatus(t.city.holidayCalendar, today);
    expect(status).toMatchObject({ warning: expected.warning, coveredUntil: expected.coveredUntil });
    expect(status.years.map((y: { year: string; source: string }) => [y.year, y.source])).toContainEqual([
      '2026',
      'city-file',
    ]);
  });

  it('makes a no-loan reply crossing into a year with no calendar provisional, exact once `./dev ops calendar load` loads it', async () => {
    // Prepare: 2016 loaded from its notice, 2017 not; a no-loan household pushed on Wed 28 Dec 2016.
    expect((await t.call('ops', 'PUT', '/v1/holiday-calendar/2016', notice2016)).status).toBe(200);
    const uscc = nextUscc();
    const registered = await t.call('agency', 'PUT', `/v1/enterprises/${uscc}`, {
      name: '临山首贷测试商行',
      entityType: 'enterprise',
      township: '999101002',
      industryCode: 'F5211',
      employees: 8,
      annualRevenueYuan: 1_200_000,
      tags: { noLoanHousehold: true },
    });
    expect(registered.status).toBe(201);
    await t.stack.idle();
    const pushId = await injectPushes('bank-gs', {
      pushedAt: '2016-12-28T02:00:00.000Z',
      creditAccessUntil: daysAgo(-30),
      uscc,
    });
    const reply = async () =>
      (await json(bankCall('bank-gs', 'GET', `/v1/bank/pushes/${pushId}`))).deadlines as {
        due: string;
        provisional: boolean;
      }[];

    // Act 1 + Assess: Thu 29 (1), Fri 30 (2), then 2017 by weekends only: Mon 2 (3), Tue 3 (4), Wed 4 Jan (5).
    expect(await reply()).toEqual([
      expect.objectContaining({ kind: 'no-loan-5-working-days', due: '2017-01-04', provisional: true }),
    ]);

    // Act 2: ops load 2017 (元旦: 1月1日放假，1月2日（星期一）补休); a file for the wrong year is refused.
    const loaded = await run('calendar', 'load', '2017', 'test/fixtures/holiday-year-2017.json');
    const bad = await run('calendar', 'load', '2018', 'test/fixtures/holiday-year-2017.json').catch(
      (error: { code: number; stderr: string }) => error,
    );

    // Assess: Mon 2 Jan 2017 is off → Tue 3 (3), Wed 4 (4), Thu 5 Jan (5), exact.
    expect(loaded.stdout).toMatch(/Loaded 2017/);
    expect(await reply()).toEqual([
      expect.objectContaining({ kind: 'no-loan-5-working-days', due: '2017-01-05', provisional: false }),
    ]);
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toMatch(/body\.holidays\.0: must be a date in 2018/);
    const status = await json(t.call('ops', 'GET', '/v1/holiday-calendar'));
    expect(status.years.find((y: { year: string }) => y.year === '2017')).toMatchObject({
      source: 'loaded',
      holidays: expect.arrayContaining(['2017-01-02', '2017-10-08']),
      makeUpWorkdays: ['2017-01-22', '2017-02-04', '2017-04-01', '2017-05-27', '2017-09-30'],
    });
    expect((await auditEntries('holiday-calendar#2017')).map((e) => e.action)).toEqual([
      'holiday-year.loaded',
    ]);
    expect(
      (await t.call('bank', 'PUT', '/v1/holiday-calendar/2017', { holidays: [], makeUpWorkdays: [] })).status,
    ).toBe(403);
  }, 30_000);
});
