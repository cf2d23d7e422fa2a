import { DynamoDBClient, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
import { deliveryIdOf, generateWebhookSecret } from '@sme/delivery';
import { shanghaiDate } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { documentClient } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendedDeclaration } from '../support/declarations.ts';
import {
  apiKeysFor,
  drainQueue,
  eventually,
  json,
  opsCommand,
  startTestStack,
  type TestStack,
  withShortRetries,
} from '../support/local-stack.ts';
import { confirmAndWait } from '../support/push-batches.ts';

/**
 * Bank delivery end to end: real HTTP through the gateway, DynamoDB Local, fauxqs queues (the banks'
 * SQS inboxes) and the demo webhook receiver, which verifies signatures with `standardwebhooks`.
 */

let t: TestStack;
let sqs: SQSClient;
const keys: Record<string, string> = {};
/** A second ops client: the same Idempotency-Key from another client is another request. */
let opsKey2 = '';
const wan = (n: number) => n * 1_000_000; // 万元 → fen
const today = shanghaiDate(new Date());
const daysAgo = (n: number) => shanghaiDate(new Date(Date.now() - n * 86_400_000));

beforeAll(async () => {
  // Short retries so retry, parking and replay take seconds (the real schedule spans > 24 h).
  t = await startTestStack({ city: withShortRetries });
  sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
  Object.assign(
    keys,
    await apiKeysFor(t, ['bank-gs', 'bank-nh', 'bank-ls-rural', 'bank-city', 'ls-qingshi-tn']),
  );
  const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
  opsKey2 = (
    await createApiClient(store, t.city, {
      orgId: 'ops',
      role: 'ops',
      name: 'ops 2',
      now: new Date().toISOString(),
    })
  ).apiKey;
}, 60_000);
afterAll(async () => {
  sqs?.destroy();
  await t?.stack.stop();
});

const as = (org: string) => ({ 'x-api-key': keys[org] ?? '' });
const bankCall = (
  org: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => t.call(undefined, method, path, body, { ...as(org), ...headers });
const inbox = (bankId: string) => drainQueue(t.stack, t.stack.bankQueues[bankId] ?? '');
const observed = (queue: string) => drainQueue(t.stack, t.stack.queues[queue]?.url ?? '');

let serial = 0;
const nextUscc = () => demoUscc('999101', `DL${String(++serial).padStart(7, '0')}`);

/** An enterprise of 青石镇 declared, reviewed and signed off: RECOMMENDED. */
async function recommended(code: string, preferredBankIds: string[]): Promise<string> {
  return recommendedDeclaration(t, {
    uscc: code,
    name: `临山投放测试企业${code.slice(-6)}`,
    townshipKey: keys['ls-qingshi-tn'] ?? '',
    preferredBankIds,
  });
}

/** Creates and confirms a batch of the given declarations; returns push id by bank. */
async function pushBatch(declarationIds: string[]): Promise<Record<string, string>> {
  const batch = await json(t.call('coordinator', 'POST', '/v1/push-batches', { declarationIds }));
  const { accepted } = await confirmAndWait(t, batch.batchId);
  expect(accepted.status).toBe(202);
  await t.stack.idle();
  const pushed = await observed('observe-enterprise-pushed');
  return Object.fromEntries(pushed.map((m) => [m.body.bankId, m.body.pushId]));
}

const progress = (bankId: string, pushId: string, body: unknown, headers: Record<string, string> = {}) =>
  bankCall(bankId, 'POST', `/v1/bank/pushes/${pushId}/progress`, body, headers);

const approval = {
  type: 'approved',
  approvedOn: today,
  amountFen: wan(150),
  annualRatePercent: '3.65',
  termMonths: 12,
  guaranteeType: 'mortgage',
  creditLoan: false,
};

describe('Bank delivery: batch confirm → bank inboxes → feedback → outcome sharing', () => {
  let pushes: Record<string, string> = {};
  let declarationId = '';

  beforeAll(async () => {
    declarationId = await recommended(nextUscc(), ['bank-gs', 'bank-nh', 'bank-ls-rural']);
    await observed('observe-enterprise-pushed');
    pushes = await pushBatch([declarationId]);
  }, 60_000);

  it('delivers push.created to each pushed bank on its own channel, with a stable delivery id', async () => {
    // Assess: the SQS banks find the notice in their inbox queue, the webhook bank got a verified POST.
    expect(Object.keys(pushes).sort()).toEqual(['bank-gs', 'bank-ls-rural', 'bank-nh']);
    for (const bankId of ['bank-gs', 'bank-nh']) {
      const messages = await eventually(async () => {
        const got = await inbox(bankId);
        expect(got).toHaveLength(1);
        return got;
      });
      const pushId = pushes[bankId] ?? '';
      expect(messages[0]?.body).toMatchObject({
        id: deliveryIdOf('push.created', pushId, bankId),
        type: 'push.created',
        data: { pushId, links: { push: `/v1/bank/pushes/${pushId}` } },
      });
      expect(messages[0]?.attributes.deliveryId).toBe(messages[0]?.body.id);
      // Thin: no enterprise details beyond ids.
      expect(Object.keys(messages[0]?.body.data ?? {}).sort()).toEqual([
        'batchId',
        'links',
        'pushId',
        'uscc',
      ]);
    }
    await eventually(async () => {
      const log = t.stack.bankReceiver.log('bank-ls-rural');
      expect(log.accepted.map((n) => n.type)).toEqual(['push.created']);
      expect(log.badSignatures).toBe(0);
    });
  });

  it('lets a bank see only its own pushes: another bank gets 404 on read and on progress', async () => {
    // Act
    const own = await bankCall('bank-gs', 'GET', `/v1/bank/pushes/${pushes['bank-gs']}`);
    const foreign = await bankCall('bank-city', 'GET', `/v1/bank/pushes/${pushes['bank-gs']}`);
    const foreignPost = await progress('bank-city', pushes['bank-gs'] ?? '', {
      type: 'contacted',
      contactedOn: today,
    });
    const list = await json(bankCall('bank-city', 'GET', '/v1/bank/pushes'));
    const listGs = await json(bankCall('bank-gs', 'GET', '/v1/bank/pushes'));

    // Assess
    expect(own.status).toBe(200);
    expect(foreign.status).toBe(404);
    expect(foreignPost.status).toBe(404);
    expect(list.items.map((p: { pushId: string }) => p.pushId)).not.toContain(pushes['bank-gs']);
    expect(listGs.items.every((p: { bankId: string }) => p.bankId === 'bank-gs')).toBe(true);
    expect((await t.call('coordinator', 'GET', '/v1/bank/pushes')).status).toBe(403);
  });

  it('guards progress: a skipped step is 409, an unknown reason code is 400 naming it, a retried key is a no-op', async () => {
    const pushId = pushes['bank-gs'] ?? '';
    // Act
    const early = await progress('bank-gs', pushId, approval);
    const badReason = await progress('bank-gs', pushId, {
      type: 'rejected',
      rejectedOn: today,
      reasonCodes: ['no-such-code'],
      reasonText: '不符合',
      repairSuggestions: ['补充材料'],
    });
    const key = { 'idempotency-key': `contact-${pushId}` };
    const first = await progress('bank-gs', pushId, { type: 'contacted', contactedOn: today }, key);
    const retry = await progress('bank-gs', pushId, { type: 'contacted', contactedOn: today }, key);

    // Assess
    expect(early.status).toBe(409);
    expect(badReason.status).toBe(422);
    expect((await json(badReason)).errors).toEqual([expect.objectContaining({ path: 'body.reasonCodes.0' })]);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    const push = await json(bankCall('bank-gs', 'GET', `/v1/bank/pushes/${pushId}`));
    expect(push.history.map((h: { type: string }) => h.type)).toEqual(['contacted']);
  });

  it('shares an approval with exactly the other banks of the batch, and credits the declaration', async () => {
    const pushId = pushes['bank-gs'] ?? '';
    await inbox('bank-gs');
    await inbox('bank-nh');
    // Act
    expect(
      (await progress('bank-gs', pushId, { type: 'materials-complete', completedOn: today })).status,
    ).toBe(200);
    const approved = await progress('bank-gs', pushId, approval);
    await t.stack.idle();

    // Assess: the approval is published once, the others hear the amount, the approving bank does not.
    expect(approved.status).toBe(200);
    const feedback = await observed('observe-bank-feedback');
    expect(feedback.filter((m) => m.body.stage === 'approved').map((m) => m.body.approved.amountFen)).toEqual(
      [wan(150)],
    );
    const nh = await eventually(async () => {
      const got = await inbox('bank-nh');
      expect(got).toHaveLength(1);
      return got;
    });
    expect(nh[0]?.body).toMatchObject({
      type: 'push.outcome-shared',
      data: { pushId: pushes['bank-nh'], approvedFen: wan(150), disbursedFen: 0, approvingBanks: 1 },
    });
    await eventually(async () => {
      const shared = t.stack.bankReceiver
        .log('bank-ls-rural')
        .accepted.filter((n) => n.type === 'push.outcome-shared');
      expect(shared.map((n) => n.data.approvedFen)).toEqual([wan(150)]);
    });
    expect(await inbox('bank-gs')).toEqual([]);
    await eventually(async () => {
      const declaration = await json(t.call('coordinator', 'GET', `/v1/declarations/${declarationId}`));
      expect(declaration.state).toBe('CREDITED');
    });

    // Monitoring counts it, per bank.
    await eventually(async () => {
      const summary = await json(
        t.call('coordinator', 'GET', `/v1/monitoring/summary?from=${today}&to=${today}&groupBy=bank`),
      );
      const gs = summary.groups.find((g: { key: string }) => g.key === 'bank-gs');
      expect(gs.measures).toMatchObject({
        pushed: 1,
        contacted: 1,
        approved: { count: 1, amountFen: String(wan(150)) },
        averageRatePercent: { amountWeighted: '3.6500' },
      });
      expect(summary.groups.find((g: { key: string }) => g.key === 'bank-nh').measures.pushed).toBe(1);
    });
  });
});

describe('Feedback loop into the subsidy ledger', () => {
  it('a bank approves a government-guaranteed loan through the API → finance sees the guarantee in the ledger once', async () => {
    // Prepare
    const declarationId = await recommended(nextUscc(), ['bank-gs']);
    await observed('observe-enterprise-pushed');
    const pushes = await pushBatch([declarationId]);
    const pushId = pushes['bank-gs'] ?? '';
    await progress('bank-gs', pushId, { type: 'contacted', contactedOn: today });
    await progress('bank-gs', pushId, { type: 'materials-complete', completedOn: today });

    // Act
    const approved = await progress(
      'bank-gs',
      pushId,
      {
        ...approval,
        amountFen: wan(200),
        guaranteeType: 'government-guarantee',
        guarantee: { guarantorId: 'ls-guarantee', feeRatePercent: '0.8' },
      },
      { 'idempotency-key': `approve-${pushId}` },
    );
    // A retry of the same post changes nothing.
    await progress(
      'bank-gs',
      pushId,
      { ...approval, amountFen: wan(200) },
      { 'idempotency-key': `approve-${pushId}` },
    );
    await t.stack.idle();

    // Assess
    expect(approved.status).toBe(200);
    const year = today.slice(0, 4);
    const ledger = await eventually(async () => {
      const l = await json(t.call('finance', 'GET', `/v1/ledger/${year}`));
      expect(l.lines.some((line: { recordId: string }) => line.recordId === `g-${pushId}`)).toBe(true);
      return l;
    }, 20_000);
    const lines = ledger.lines.filter((l: { recordId: string }) => l.recordId === `g-${pushId}`);
    expect(lines.map((l: { program: string }) => l.program).sort()).toEqual([
      'fee-subsidy',
      'risk-compensation',
    ]);
    const guarantee = await json(t.call('guarantor', 'GET', `/v1/guarantees/g-${pushId}`));
    expect(guarantee).toMatchObject({ status: 'ACTIVE', outstandingFen: wan(200) });
  }, 60_000);
});

describe('Bank delivery: webhook retries, 410, parking and replay', () => {
  const sendPushed = async (
    bankId: string,
    n: number,
    queueUrl = t.stack.queues['delivery-enterprise-pushed']?.url,
  ) => {
    const events = Array.from({ length: n }, (_, i) => {
      const pushId = `p${Date.now().toString(16).padStart(12, '0')}${String(i).padStart(12, '0')}`;
      return {
        type: 'EnterprisePushed',
        version: 1,
        eventId: pushId,
        occurredAt: new Date().toISOString(),
        pushId,
        batchId: 'pb-20261123-0000e2e0',
        uscc: nextUscc(),
        bankId,
        creditAccessUntil: daysAgo(-90),
      };
    });
    for (let i = 0; i < events.length; i += 10) {
      await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: events.slice(i, i + 10).map((e, j) => ({ Id: String(j), MessageBody: JSON.stringify(e) })),
        }),
      );
    }
    return events.map((e) => e.pushId);
  };
  const deliveryOf = (pushId: string, bankId: string) =>
    json(t.call('ops', 'GET', `/v1/deliveries/${deliveryIdOf('push.created', pushId, bankId)}`));
  let dynamoClient: DynamoDBClient | undefined;
  afterAll(() => dynamoClient?.destroy());
  const dynamo = () => {
    dynamoClient ??= new DynamoDBClient({ endpoint: t.stack.dynamoEndpoint, region: 'cn-north-1' });
    return dynamoClient;
  };
  /** Every row of `delivery-endpoints` as stored (a test may Scan; request paths never do). */
  const endpointRows = async () =>
    (await dynamo().send(new ScanCommand({ TableName: t.stack.tables['delivery-endpoints'] }))).Items ?? [];

  it('retries a receiver that answers 500 three times, and the bank accepts the notice exactly once', async () => {
    // Prepare
    t.stack.bankReceiver.behave('bank-city', { failFirst: { count: 2, status: 500 } });
    const before = t.stack.bankReceiver.log('bank-city').accepted.length;

    // Act
    const [pushId = ''] = await sendPushed('bank-city', 1);

    // Assess
    const delivered = await eventually(async () => {
      const d = await deliveryOf(pushId, 'bank-city');
      expect(d.status).toBe('delivered');
      return d;
    }, 20_000);
    expect(delivered.attempts).toBe(3);
    expect(delivered.log.map((l: { result: unknown }) => l.result)).toEqual([500, 500, 204]);
    expect(t.stack.bankReceiver.log('bank-city').accepted.length - before).toBe(1);
  });

  it('parks after the last attempt, and a replay delivers it once', async () => {
    // Prepare
    t.stack.bankReceiver.behave('bank-city', { always: 503 });

    // Act 1
    const [pushId = ''] = await sendPushed('bank-city', 1);
    await eventually(
      async () => expect((await deliveryOf(pushId, 'bank-city')).status).toBe('parked'),
      20_000,
    );
    const parked = await json(t.call('ops', 'GET', '/v1/deliveries?status=parked&bankId=bank-city'));

    // Act 2
    t.stack.bankReceiver.behave('bank-city', {});
    const id = deliveryIdOf('push.created', pushId, 'bank-city');
    const replayed = await t.call('ops', 'POST', `/v1/deliveries/${id}/replay`);

    // Assess
    expect(parked.items.map((d: { deliveryId: string }) => d.deliveryId)).toContain(id);
    expect(replayed.status).toBe(202);
    await eventually(
      async () => expect((await deliveryOf(pushId, 'bank-city')).status).toBe('delivered'),
      20_000,
    );
    const accepted = t.stack.bankReceiver.log('bank-city').accepted.filter((n) => n.id === id);
    expect(accepted).toHaveLength(1);
    expect((await t.call('coordinator', 'POST', `/v1/deliveries/${id}/replay`)).status).toBe(403);
  });

  it('./dev ops deliveries replay: every parked delivery of the filter delivered once, a re-run replays none', async () => {
    // Prepare: five parked for bank-city.
    t.stack.bankReceiver.behave('bank-city', { always: 503 });
    const pushIds = await sendPushed('bank-city', 5);
    const ids = pushIds.map((p) => deliveryIdOf('push.created', p, 'bank-city'));
    await eventually(async () => {
      for (const p of pushIds) expect((await deliveryOf(p, 'bank-city')).status).toBe('parked');
    }, 30_000);
    t.stack.bankReceiver.behave('bank-city', {});
    const before = t.stack.bankReceiver.log('bank-city').accepted.length;

    // Act
    const dry = await opsCommand(
      t,
      'deliveries',
      'replay',
      '--bank',
      'bank-city',
      '--type',
      'push.created',
      '--dry-run',
    );
    const first = await opsCommand(
      t,
      'deliveries',
      'replay',
      '--bank',
      'bank-city',
      '--since',
      today,
      '--until',
      today,
    );
    await eventually(async () => {
      for (const p of pushIds) expect((await deliveryOf(p, 'bank-city')).status).toBe('delivered');
    }, 30_000);
    const again = await opsCommand(t, 'deliveries', 'replay', '--bank', 'bank-city');

    // Assess
    for (const id of ids) expect(dry.stdout).toContain(id);
    expect(first.stdout).toMatch(/Replayed [5-9]\d*; refused 0\./);
    expect(again.stdout).toContain('0 parked deliveries match.');
    const accepted = t.stack.bankReceiver.log('bank-city').accepted.slice(before);
    for (const id of ids) expect(accepted.filter((n) => n.id === id)).toHaveLength(1);
    expect(t.stack.bankReceiver.log('bank-city').badSignatures).toBe(0);
  });

  it('./dev ops dlq: pushes whose receives all died are listed, redriven and delivered once; redriving an applied one is a no-op', async () => {
    // Prepare: two EnterprisePushed messages in the consumer's DLQ, as after five receives that died.
    const dlqUrl = t.stack.queues['delivery-enterprise-pushed']?.dlqUrl;
    const pushIds = await sendPushed('bank-city', 2, dlqUrl);
    const ids = pushIds.map((p) => deliveryIdOf('push.created', p, 'bank-city'));
    const before = t.stack.bankReceiver.log('bank-city').accepted.length;
    const dlq = (...args: string[]) =>
      opsCommand(t, 'dlq', ...args, '--sqs', t.stack.sqsEndpoint, '--city', t.stack.city.id);

    // Act
    const status = await dlq('status');
    const redriven = await dlq('redrive', '--queue', 'linshan-delivery-enterprise-pushed-dlq');
    await eventually(async () => {
      for (const p of pushIds) expect((await deliveryOf(p, 'bank-city')).status).toBe('delivered');
    }, 30_000);
    // The first of them dead-lettered again after it had been applied (a receive that died after the write).
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: dlqUrl,
        Entries: [
          {
            Id: '0',
            MessageBody: JSON.stringify({
              type: 'EnterprisePushed',
              version: 1,
              eventId: pushIds[0],
              occurredAt: new Date().toISOString(),
              pushId: pushIds[0],
              batchId: 'pb-20261123-0000e2e0',
              uscc: nextUscc(),
              bankId: 'bank-city',
              creditAccessUntil: daysAgo(-90),
            }),
          },
        ],
      }),
    );
    const again = await dlq('redrive');
    await t.stack.idle();
    const after = await dlq('status');

    // Assess
    expect(status.stdout).toMatch(
      /linshan-delivery-enterprise-pushed-dlq\s+2\s+→ linshan-delivery-enterprise-pushed\n/,
    );
    expect(redriven.stdout).toContain(
      'linshan-delivery-enterprise-pushed-dlq: 2 moved → linshan-delivery-enterprise-pushed',
    );
    expect(again.stdout).toContain('1 message(s) moved back to their queues.');
    expect(after.stdout).toMatch(/All \d+ dead-letter queues of linshan are empty\./);
    const accepted = t.stack.bankReceiver.log('bank-city').accepted.slice(before);
    for (const id of ids) expect(accepted.filter((n) => n.id === id)).toHaveLength(1);
  });

  it('./dev ops webhook rotate: a retry with the same Idempotency-Key gets the same secret and rotates once', async () => {
    // Act
    const first = await opsCommand(
      t,
      'webhook',
      'rotate',
      'bank-ls-rural',
      '--idempotency-key',
      'rot-2026-12-05-a',
    );
    const retry = await opsCommand(
      t,
      'webhook',
      'rotate',
      'bank-ls-rural',
      '--idempotency-key',
      'rot-2026-12-05-a',
    );
    const sameKeyOtherClient = await t.call(
      undefined,
      'POST',
      '/v1/webhook-endpoints/bank-ls-rural/secret-rotations',
      undefined,
      { 'x-api-key': opsKey2, 'idempotency-key': 'rot-2026-12-05-a' },
    );
    const secretOf = (stdout: string) => /^(whsec_\S+)$/m.exec(stdout)?.[1];

    // Assess
    expect(secretOf(first.stdout)).toMatch(/^whsec_/);
    expect(secretOf(retry.stdout)).toBe(secretOf(first.stdout));
    // Another client's same key is another request: a real rotation.
    expect(sameKeyOtherClient.status).toBe(201);
    const other = (await sameKeyOtherClient.json()) as { secret: string };
    expect(other.secret).not.toBe(secretOf(first.stdout));
    const rows = await endpointRows();
    const secrets = rows.find((r) => r.bankId?.S === 'bank-ls-rural')?.secrets?.L ?? [];
    expect(secrets).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain('whsec_');
    // Deliveries verify with the newest secret (the previous one is still in its overlap).
    t.stack.bankReceiver.setSecrets('bank-ls-rural', [other.secret]);
    const [pushId = ''] = await sendPushed('bank-ls-rural', 1);
    await eventually(
      async () => expect((await deliveryOf(pushId, 'bank-ls-rural')).status).toBe('delivered'),
      20_000,
    );
  });

  it('disables the endpoint on 410; replay is refused until ops enable it', async () => {
    // Prepare
    t.stack.bankReceiver.behave('bank-city', { always: 410 });

    // Act
    const [pushId = ''] = await sendPushed('bank-city', 1);
    await eventually(
      async () => expect((await deliveryOf(pushId, 'bank-city')).status).toBe('endpoint-disabled'),
      20_000,
    );
    const id = deliveryIdOf('push.created', pushId, 'bank-city');
    const refused = await t.call('ops', 'POST', `/v1/deliveries/${id}/replay`);
    t.stack.bankReceiver.behave('bank-city', {});
    const enabled = await t.call('ops', 'POST', '/v1/webhook-endpoints/bank-city/enable');
    const replayed = await t.call('ops', 'POST', `/v1/deliveries/${id}/replay`);

    // Assess
    expect((await deliveryOf(pushId, 'bank-city')).attempts).toBeGreaterThanOrEqual(0);
    expect(refused.status).toBe(409);
    expect(enabled.status).toBe(200);
    expect(replayed.status).toBe(202);
    await eventually(
      async () => expect((await deliveryOf(pushId, 'bank-city')).status).toBe('delivered'),
      20_000,
    );
  });

  it('signs with both secrets during a rotation, so the bank verifies with either', async () => {
    // Act
    const rotated = await json(t.call('ops', 'POST', '/v1/webhook-endpoints/bank-city/secret-rotations'));
    // The bank has only the NEW secret now: the previous one must not be needed.
    t.stack.bankReceiver.setSecrets('bank-city', [rotated.secret]);
    const [pushId = ''] = await sendPushed('bank-city', 1);

    // Assess
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.previousValidUntil).toBeDefined();
    await eventually(
      async () => expect((await deliveryOf(pushId, 'bank-city')).status).toBe('delivered'),
      20_000,
    );
    expect(t.stack.bankReceiver.log('bank-city').badSignatures).toBe(0);
    const rows = await endpointRows();
    expect(rows.find((r) => r.bankId?.S === 'bank-city')?.secrets?.L).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain('whsec_');
    expect(JSON.stringify(rows)).not.toContain(rotated.secret.slice('whsec_'.length));
  });

  it('signs with a secret stored in plaintext before sealing (legacy), and seals it at the next rotation', async () => {
    // Prepare: bank-city's row as it was written before secrets were sealed.
    const legacy = generateWebhookSecret();
    await dynamo().send(
      new PutItemCommand({
        TableName: t.stack.tables['delivery-endpoints'],
        Item: {
          bankId: { S: 'bank-city' },
          secrets: { L: [{ M: { secret: { S: legacy }, createdAt: { S: new Date().toISOString() } } }] },
        },
      }),
    );
    t.stack.bankReceiver.setSecrets('bank-city', [legacy]);
    const [beforeRotation = ''] = await sendPushed('bank-city', 1);
    await eventually(
      async () => expect((await deliveryOf(beforeRotation, 'bank-city')).status).toBe('delivered'),
      20_000,
    );

    // Act
    const rotated = await json(t.call('ops', 'POST', '/v1/webhook-endpoints/bank-city/secret-rotations'));
    // The bank still has only the legacy secret: during the overlap it must still sign, now sealed.
    const [afterRotation = ''] = await sendPushed('bank-city', 1);

    // Assess
    const rows = await endpointRows();
    expect(JSON.stringify(rows)).not.toContain('whsec_');
    expect(JSON.stringify(rows)).not.toContain(legacy.slice('whsec_'.length));
    expect(rotated.secret).not.toBe(legacy);
    await eventually(
      async () => expect((await deliveryOf(afterRotation, 'bank-city')).status).toBe('delivered'),
      20_000,
    );
    expect(t.stack.bankReceiver.log('bank-city').badSignatures).toBe(0);
  });
});

describe('Bank deadlines: the daily sweep', () => {
  it('escalates a decision past 30 days once: an event, the overdue list, and no second alert', async () => {
    // Prepare: a push made 45 days ago (as EnterprisePushed announced it), materials complete 40 days
    // ago → due 10 days ago.
    const pushId = `p${Date.now().toString(16).padStart(12, '0')}${'0'.repeat(11)}1`;
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: t.stack.queues['delivery-enterprise-pushed']?.url,
        Entries: [
          {
            Id: '0',
            MessageBody: JSON.stringify({
              type: 'EnterprisePushed',
              version: 1,
              eventId: pushId,
              occurredAt: new Date(Date.now() - 45 * 86_400_000).toISOString(),
              pushId,
              batchId: 'pb-20261020-0000e2e1',
              uscc: nextUscc(),
              bankId: 'bank-gs',
              creditAccessUntil: daysAgo(-45),
            }),
          },
        ],
      }),
    );
    await t.stack.idle();
    await progress('bank-gs', pushId, { type: 'contacted', contactedOn: daysAgo(41) });
    await progress('bank-gs', pushId, { type: 'materials-complete', completedOn: daysAgo(40) });
    await t.stack.idle();
    await observed('observe-push-deadlines');

    // Act
    await t.stack.trigger('delivery-deadline-sweep');
    await t.stack.idle();
    const first = await observed('observe-push-deadlines');
    await t.stack.trigger('delivery-deadline-sweep');
    await t.stack.idle();
    const second = await observed('observe-push-deadlines');
    const overdue = await json(t.call('coordinator', 'GET', '/v1/overdue-pushes?bankId=bank-gs'));

    // Assess
    expect(first.filter((m) => m.body.pushId === pushId).map((m) => m.body.status)).toEqual(['breached']);
    expect(second.filter((m) => m.body.pushId === pushId)).toEqual([]);
    expect(overdue.items.map((p: { pushId: string }) => p.pushId)).toContain(pushId);
    expect(overdue.items.find((p: { pushId: string }) => p.pushId === pushId)).toMatchObject({
      overdueSince: daysAgo(9),
      deadlines: [{ kind: 'decision-30-days', due: daysAgo(10), overdue: true }],
    });

    // A decision takes it off the list.
    await progress('bank-gs', pushId, {
      type: 'rejected',
      rejectedOn: today,
      reasonCodes: ['insufficient-cash-flow'],
      reasonText: '现金流不足',
      repairSuggestions: ['补充近六个月流水'],
    });
    const after = await json(t.call('coordinator', 'GET', '/v1/overdue-pushes?bankId=bank-gs'));
    expect(after.items.map((p: { pushId: string }) => p.pushId)).not.toContain(pushId);
  }, 60_000);
});

describe('Repair loop: a rejection goes back to the coordinator, coaching, re-screening', () => {
  it('rejected by every pushed bank → REJECTED with the reasons → township coaching → REVIEWED again', async () => {
    // Prepare
    const declarationId = await recommended(nextUscc(), ['bank-nh']);
    await observed('observe-enterprise-pushed');
    const pushes = await pushBatch([declarationId]);
    const [first, ...others] = Object.entries(pushes);
    const [firstBank, firstPush] = first ?? ['', ''];
    const rejection = {
      type: 'rejected',
      rejectedOn: today,
      reasonCodes: ['insufficient-collateral'],
      reasonText: '抵押物评估价值不足',
      repairSuggestions: ['追加抵押物或申请政府性融资担保'],
    };

    // Act 1: one bank declines while the others may still lend: the declaration stays PUSHED.
    await progress(firstBank, firstPush, rejection);
    await t.stack.idle();
    const stillPushed = await json(t.call('coordinator', 'GET', `/v1/declarations/${declarationId}`));
    for (const [bankId, pushId] of others) await progress(bankId, pushId, rejection);
    await t.stack.idle();
    const rejected = await eventually(async () => {
      const d = await json(t.call('coordinator', 'GET', `/v1/declarations/${declarationId}`));
      expect(d.state).toBe('REJECTED');
      return d;
    });
    const repairing = await t.call('coordinator', 'POST', `/v1/declarations/${declarationId}/repair`, {
      agencyId: 'ls-qingshi-tn',
      note: '辅导企业申请政府性融资担保',
    });
    const repaired = await json(
      t.call('coordinator', 'POST', `/v1/declarations/${declarationId}/repair/completion`, {
        note: '已取得担保意向函',
      }),
    );

    // Assess
    const banks = Object.keys(pushes).sort();
    expect(stillPushed.state).toBe('PUSHED');
    expect(rejected.declinedBy.map((d: { bankId: string }) => d.bankId).sort()).toEqual(banks);
    expect(rejected.rejections[0]).toMatchObject({ reasonCodes: ['insufficient-collateral'] });
    expect(repairing.status).toBe(200);
    expect(repaired.state).toBe('REVIEWED');
    expect(
      repaired.declinedBy.every((d: { repairedAndRescreened: boolean }) => d.repairedAndRescreened),
    ).toBe(true);
  }, 60_000);
});

describe('Blacklist notices', () => {
  it('sends a confirmed entry to every bank of the city on its channel', async () => {
    // Prepare
    for (const bankId of ['bank-gs', 'bank-nh']) await inbox(bankId);
    const event = {
      type: 'BlacklistEntryChanged',
      version: 1,
      eventId: 'blacklist:bl-e2e-1:v1',
      occurredAt: new Date().toISOString(),
      entryId: 'bl-e2e-1',
      entryVersion: 1,
      status: 'confirmed',
    };

    // Act
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: t.stack.queues['delivery-blacklist-entries']?.url,
        // Delivered twice: the banks still get one notice each.
        Entries: [0, 1].map((i) => ({ Id: String(i), MessageBody: JSON.stringify(event) })),
      }),
    );
    await t.stack.idle();

    // Assess
    for (const bankId of ['bank-gs', 'bank-nh']) {
      const got = await eventually(async () => {
        const messages = (await inbox(bankId)).filter((m) => m.body.type === 'blacklist.entry-changed');
        expect(messages.length).toBeGreaterThan(0);
        return messages;
      });
      expect(new Set(got.map((m) => m.body.id)).size).toBe(1);
      expect(got[0]?.body.data).toEqual({
        entryId: 'bl-e2e-1',
        entryVersion: 1,
        status: 'confirmed',
        links: { entry: '/v1/blacklist/entries/bl-e2e-1' },
      });
    }
    for (const bankId of ['bank-ls-rural', 'bank-city']) {
      await eventually(async () =>
        expect(
          t.stack.bankReceiver.log(bankId).accepted.filter((n) => n.type === 'blacklist.entry-changed'),
        ).toHaveLength(1),
      );
    }
  });
});
