import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { deliveryIdOf } from '@sme/delivery';
import { shanghaiDate } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainQueue, eventually, json, startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * The fault test of bank delivery: 1,000 pushes, half to a webhook bank whose endpoint fails 20 % of
 * requests, half to an SQS bank; the sender crashes on 10 % of records right after the bank got the
 * notice (the worst moment: the bank has it, the platform does not know). Every push must end
 * delivered — directly, after retries, or parked and then replayed — and the banks, de-duplicating
 * on the delivery id, must apply each exactly once.
 */

let t: TestStack;
let sqs: SQSClient;
const perBank = Number(process.env.FAULT_TEST_PER_BANK ?? 500);

beforeAll(async () => {
  process.env.DELIVERY_TEST_HOOKS = JSON.stringify({ retryDelaysSeconds: [1, 1], crashAfterSendRate: 0.1 });
  t = await startTestStack();
  sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
}, 60_000);
afterAll(async () => {
  delete process.env.DELIVERY_TEST_HOOKS;
  sqs?.destroy();
  await t?.stack.stop();
});

async function allDeliveries(status: string): Promise<{ deliveryId: string; bankId: string }[]> {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await json(
      t.call('ops', 'GET', `/v1/deliveries?status=${status}&limit=100${cursor ? `&cursor=${cursor}` : ''}`),
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('Fault test: 1,000 pushes through a flaky receiver and a crashing sender', () => {
  it('delivers every push — directly, retried, or parked then replayed — and no bank applies one twice', async () => {
    // Prepare
    t.stack.bankReceiver.behave('bank-city', { failRate: 0.2 });
    const events = ['bank-city', 'bank-gs'].flatMap((bankId, b) =>
      Array.from({ length: perBank }, (_, i) => {
        const pushId = `p${String(b).padStart(12, '0')}${String(i).padStart(12, '0')}`;
        return {
          type: 'EnterprisePushed',
          version: 1,
          eventId: pushId,
          occurredAt: new Date().toISOString(),
          pushId,
          batchId: 'pb-20261123-0000fa17',
          uscc: demoUscc('999101', `FT${String(b * perBank + i).padStart(7, '0')}`),
          bankId,
          creditAccessUntil: shanghaiDate(new Date(Date.now() + 90 * 86_400_000)),
        };
      }),
    );

    // Act 1: every event sent; the sender works through them with failures and crashes.
    for (let i = 0; i < events.length; i += 10) {
      await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: t.stack.queues['delivery-enterprise-pushed']?.url,
          Entries: events.slice(i, i + 10).map((e, j) => ({ Id: String(j), MessageBody: JSON.stringify(e) })),
        }),
      );
    }
    // Every push has its delivery and none is still under way (records appear as the events are consumed).
    const settled = async () => {
      expect(await allDeliveries('pending')).toEqual([]);
      const done = (await allDeliveries('delivered')).length + (await allDeliveries('parked')).length;
      expect(done).toBe(events.length);
    };
    await eventually(settled, 300_000);
    const parked = await allDeliveries('parked');

    // Act 2: ops replay what was parked, the receiver still flaky: a replay may park again (3 more
    // attempts at 20 %), so ops replay until nothing is parked, as they would.
    for (let round = 0; round < 5; round++) {
      const waiting = await allDeliveries('parked');
      if (waiting.length === 0) break;
      for (const d of waiting) {
        expect((await t.call('ops', 'POST', `/v1/deliveries/${d.deliveryId}/replay`)).status).toBe(202);
      }
      await eventually(settled, 120_000);
    }
    expect(await allDeliveries('parked')).toEqual([]);

    // Assess: each bank, de-duplicating on the delivery id, has every push exactly once.
    const expectedIds = (bankId: string) =>
      events.filter((e) => e.bankId === bankId).map((e) => deliveryIdOf('push.created', e.pushId, bankId));
    const webhook = t.stack.bankReceiver.log('bank-city');
    expect(webhook.accepted.map((n) => n.id).sort()).toEqual(expectedIds('bank-city').sort());
    expect(webhook.badSignatures).toBe(0);
    const queued = await drainQueue(t.stack, t.stack.bankQueues['bank-gs'] ?? '');
    const applied = new Set(queued.map((m) => m.attributes.deliveryId));
    expect([...applied].sort()).toEqual(expectedIds('bank-gs').sort());
    expect(await allDeliveries('endpoint-disabled')).toEqual([]);

    // The faults did happen: failed requests, duplicates from crashes after a send.
    expect(webhook.failed).toBeGreaterThan(50);
    expect(webhook.duplicates + (queued.length - applied.size)).toBeGreaterThan(0);
    console.log(
      `fault test: webhook failed ${webhook.failed}, duplicates webhook ${webhook.duplicates} / sqs ${queued.length - applied.size}, parked then replayed ${parked.length}`,
    );
  }, 600_000);
});
