import type { CityConfig } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { LocalSecretSealer } from '../adapters/local-secret-sealer.ts';
import { bankNotice } from '../domain/bank-notices.ts';
import type { AttemptOutcome, DeliveryRecord } from '../domain/delivery-record.ts';
import type { RetryPolicy } from '../domain/retry-policy.ts';
import { type AttemptDeps, attemptDelivery } from './attempt-delivery.ts';
import { enqueueDeliveries } from './enqueue-deliveries.ts';
import { FakeDeliveryStore, FakeEndpointStore, fakeOutbound } from './fake-ports.test-support.ts';
import { rotateSealedSecrets } from './webhook-secrets.ts';

/** Use cases of delivery on in-memory ports (the DynamoDB conditions are the fakes' own). */

const t0 = new Date('2026-12-04T02:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const banks = [
  { id: 'bank-gs', delivery: { kind: 'sqs' } },
  { id: 'bank-city', delivery: { kind: 'webhook', url: 'https://bank-city.example/hooks' } },
] as unknown as CityConfig['banks'];
// No jitter: the waits are the nominal ones.
const policy: RetryPolicy = { delaysSeconds: [60, 300], jitterRatio: 0, maxRetryAfterSeconds: 3600 };
const sealer = new LocalSecretSealer(Buffer.alloc(32, 7));

function pushNotice(bankId: string, pushId = 'p0000000000000000000000a1') {
  return bankNotice({
    subject: pushId,
    bankId,
    timestamp: t0.toISOString(),
    data: {
      type: 'push.created',
      pushId,
      batchId: 'pb-20261204-00000001',
      uscc: '91330100MA2K000001',
    } as Parameters<typeof bankNotice>[0]['data'],
  });
}

/** A pending record as enqueueDeliveries writes it, and the world the attempt sees. */
async function world(bankId: string, answers: AttemptOutcome[] = []) {
  const deliveries = new FakeDeliveryStore();
  const endpoints = new FakeEndpointStore();
  const outbound = fakeOutbound();
  const bankQueue: string[] = [];
  const webhook: { url: string; signature: string; body: string }[] = [];
  let now = t0;
  const answer = () => answers.shift() ?? { result: 200 };
  const deps: AttemptDeps = {
    deliveries,
    endpoints,
    banks,
    city: 'linshan',
    sealer,
    sendToBankQueue: async (_bank, deliveryId) => {
      bankQueue.push(deliveryId);
      return answer();
    },
    postWebhook: async (url, headers, body) => {
      webhook.push({ url, signature: headers['webhook-signature'], body });
      return answer();
    },
    sendOutbound: outbound.sendOutbound,
    retryPolicy: policy,
    webhookTimeoutMs: 10_000,
    now: () => now,
    random: () => 0.5,
  };
  const notice = pushNotice(bankId);
  await enqueueDeliveries(
    {
      deliveries,
      sendOutbound: outbound.sendOutbound,
      channelOf: (b) => (b === 'bank-gs' ? 'sqs' : 'webhook'),
    },
    [notice],
    t0,
  );
  const { secrets } = await rotateSealedSecrets({
    sealer,
    city: 'linshan',
    bankId: 'bank-city',
    stored: [],
    now: t0,
    overlapHours: 24,
  });
  await endpoints.putRotated({ bankId: 'bank-city', secrets });
  return {
    deps,
    deliveries,
    endpoints,
    outbound,
    bankQueue,
    webhook,
    id: notice.id,
    record: async () => (await deliveries.get(notice.id)) as DeliveryRecord,
    setNow: (d: Date) => {
      now = d;
    },
  };
}

describe('Function: enqueueDeliveries', () => {
  it('records a notice once and queues its first attempt; a re-processed event queues again only while no attempt was made', async () => {
    // Prepare
    const w = await world('bank-gs');
    const again = fakeOutbound();
    const deps = {
      deliveries: w.deliveries,
      sendOutbound: again.sendOutbound,
      channelOf: () => 'sqs' as const,
    };

    // Act
    await enqueueDeliveries(deps, [pushNotice('bank-gs')], at(5)); // crash between the two writes: re-queued
    await attemptDelivery(w.deps, w.id);
    await enqueueDeliveries(deps, [pushNotice('bank-gs')], at(10)); // after the attempt: nothing

    // Assess
    expect(w.outbound.sent).toEqual([{ deliveryId: w.id }]);
    expect(again.sent).toEqual([{ deliveryId: w.id }]);
    expect(w.deliveries.records.size).toBe(1);
    expect((await w.record()).createdAt).toBe(t0.toISOString());
  });
});

describe('Function: attemptDelivery', () => {
  it("puts an SQS bank's notice on its queue once and records it delivered, queueing nothing more", async () => {
    // Prepare
    const w = await world('bank-gs');

    // Act
    await attemptDelivery(w.deps, w.id);
    await attemptDelivery(w.deps, w.id); // a duplicate of the outbound message

    // Assess
    expect(w.bankQueue).toEqual([w.id]);
    const record = await w.record();
    expect(record.status).toBe('delivered');
    expect(record.attempts).toBe(1);
    expect(record.deliveredAt).toBe(t0.toISOString());
    expect(w.outbound.sent).toEqual([{ deliveryId: w.id }]); // only enqueue's first message
  });

  it('a webhook 503 schedules attempt 2 after the first nominal wait (60 s) and queues it with that delay', async () => {
    // Prepare
    const w = await world('bank-city', [{ result: 503 }]);

    // Act
    await attemptDelivery(w.deps, w.id);

    // Assess
    const record = await w.record();
    expect(record.status).toBe('pending');
    expect(record.attempts).toBe(1);
    expect(record.nextAttemptAt).toBe(at(60).toISOString());
    expect(record.log).toEqual([{ attempt: 1, round: 1, at: t0.toISOString(), result: 503 }]);
    expect(w.outbound.sent.at(-1)).toEqual({ deliveryId: w.id, delaySeconds: 60 });
    expect(w.webhook).toHaveLength(1);
    expect(w.webhook[0]?.url).toBe('https://bank-city.example/hooks');
    expect(w.webhook[0]?.signature).toMatch(/^v1,/);
  });

  it('a message that arrives early is re-queued for the rest of the wait and sends nothing', async () => {
    // Prepare
    const w = await world('bank-city', [{ result: 503 }]);
    await attemptDelivery(w.deps, w.id);
    w.setNow(at(20));

    // Act
    await attemptDelivery(w.deps, w.id);

    // Assess
    expect(w.webhook).toHaveLength(1);
    expect(w.outbound.sent.at(-1)).toEqual({ deliveryId: w.id, delaySeconds: 40 });
    expect((await w.record()).attempts).toBe(1);
  });

  it('when another copy holds the attempt, this one looks again after the lease (15 s + 1 s) and sends nothing', async () => {
    // Prepare: a copy claimed attempt 1 and died with its Lambda (lease 10 s + 5 s).
    const w = await world('bank-gs');
    const record = await w.record();
    expect(await w.deliveries.claim(record, 1, t0, 15_000)).toBe(true);
    w.setNow(at(3));

    // Act
    await attemptDelivery(w.deps, w.id);
    w.setNow(at(16)); // the re-queued copy, after the lease: takes over
    await attemptDelivery(w.deps, w.id);

    // Assess
    expect(w.outbound.sent[1]).toEqual({ deliveryId: w.id, delaySeconds: 16 });
    expect(w.bankQueue).toEqual([w.id]);
    expect((await w.record()).status).toBe('delivered');
  });

  it('parks after the last attempt (3 with two waits), and a parked delivery is not attempted again', async () => {
    // Prepare
    const w = await world('bank-city', [{ result: 500 }, { result: 'timeout' }, { result: 502 }]);

    // Act
    await attemptDelivery(w.deps, w.id);
    w.setNow(at(60));
    await attemptDelivery(w.deps, w.id);
    w.setNow(at(360));
    await attemptDelivery(w.deps, w.id);
    await attemptDelivery(w.deps, w.id);

    // Assess
    const record = await w.record();
    expect(record.status).toBe('parked');
    expect(record.log.map((l) => l.result)).toEqual([500, 'timeout', 502]);
    expect(w.webhook).toHaveLength(3);
    expect(w.outbound.sent.map((m) => m.delaySeconds)).toEqual([undefined, 60, 300]);
  });

  it('a 410 disables the endpoint and the delivery waits for ops, not for a retry', async () => {
    // Prepare
    const w = await world('bank-city', [{ result: 410 }]);

    // Act
    await attemptDelivery(w.deps, w.id);

    // Assess
    expect((await w.record()).status).toBe('endpoint-disabled');
    expect((await w.endpoints.get('bank-city')).disabled).toEqual({ at: t0.toISOString(), status: 410 });
    expect(w.outbound.sent).toHaveLength(1);
  });

  it('a webhook bank without a signing secret is parked as no-signing-secret, never sent unsigned', async () => {
    // Prepare
    const w = await world('bank-city');
    await w.endpoints.putRotated({ bankId: 'bank-city', secrets: [] });

    // Act
    await attemptDelivery(w.deps, w.id);

    // Assess
    expect(w.webhook).toEqual([]);
    const record = await w.record();
    expect(record.status).toBe('parked');
    expect(record.log[0]?.result).toBe('no-signing-secret');
  });
});
