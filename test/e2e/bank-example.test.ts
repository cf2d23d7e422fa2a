import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { platformClient } from '@sme/client';
import { shanghaiDate } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processInbox } from '../../packages/client/examples/bank-inbox.ts';
import { recommendedDeclaration } from '../support/declarations.ts';
import { apiKeysFor, json, startTestStack, type TestStack } from '../support/local-stack.ts';
import { confirmAndWait } from '../support/push-batches.ts';

/** The bank example in packages/client works as the README says: against the real queue and API. */

let t: TestStack;
let sqs: SQSClient;
let keys: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestStack();
  sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
  keys = await apiKeysFor(t, ['bank-gs', 'ls-qingshi-tn']);
}, 60_000);
afterAll(async () => {
  sqs?.destroy();
  await t?.stack.stop();
});

describe('Example: a bank inbox worker (packages/client/examples/bank-inbox.ts)', () => {
  it('reads the card of each new push, reports contacted once, and skips a redelivered notice', async () => {
    // Prepare: one enterprise pushed to bank-gs (an SQS bank in the demo city).
    const uscc = demoUscc('999101', 'EX0000001');
    const declarationId = await recommendedDeclaration(t, {
      uscc,
      name: '临山示例银行对接有限公司',
      townshipKey: keys['ls-qingshi-tn'] ?? '',
      preferredBankIds: ['bank-gs'],
    });
    await t.stack.idle();
    const batch = await json(
      t.call('coordinator', 'POST', '/v1/push-batches', { declarationIds: [declarationId] }),
    );
    await confirmAndWait(t, batch.batchId);
    await t.stack.idle();
    const queueUrl = t.stack.bankQueues['bank-gs'] ?? '';
    const api = platformClient({ baseUrl: t.stack.baseUrl, apiKey: keys['bank-gs'] ?? '' });
    const seen = new Set<string>();
    const today = shanghaiDate(new Date());

    // Act: a first pass; then the platform delivers the same notice again (at least once).
    const first = await processInbox({ api, sqs, queueUrl, seen, today });
    const noticeId = first.handled[0]?.noticeId ?? '';
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: JSON.stringify({ id: noticeId, type: 'push.created', timestamp: '', data: {} }),
      }),
    );
    const second = await processInbox({ api, sqs, queueUrl, seen, today });
    const push = await api.GET('/v1/bank/pushes/{pushId}', {
      params: { path: { pushId: first.handled[0]?.pushId ?? '' } },
    });

    // Assess
    expect(first.handled).toEqual([
      { noticeId: expect.any(String), pushId: expect.any(String), enterprise: '临山示例银行对接有限公司' },
    ]);
    expect(second).toEqual({ handled: [], duplicates: [noticeId] });
    expect(push.data?.status).toBe('CONTACTED');
    expect(push.data?.history.filter((h) => h.type === 'contacted')).toHaveLength(1);
  });
});
