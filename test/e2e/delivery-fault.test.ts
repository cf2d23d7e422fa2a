import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KillRunResult, runKillScenario, startKillStack } from '../support/kill-run.ts';
import type { TestStack } from '../support/local-stack.ts';

/**
 * The fault test of bank delivery, with real process deaths: the worker process running every queue
 * and stream consumer is SIGKILLed at random moments and started again, all along the path — bulk
 * import → the enterprises' stream → channel → matching → batch confirm → delivery → bank — while a
 * webhook bank fails 20 % of requests. Every push must reach its bank (directly, after retries, or
 * parked and replayed by ops) and each bank, de-duplicating on the delivery id, applies each push
 * exactly once. The long run (N = 10,000) is `./dev node bench/kill-test.ts` (bench/kill-test.md).
 */

let t: TestStack;
const enterprises = Number(process.env.FAULT_TEST_ENTERPRISES ?? 30);
const channelPushesPerBank = Number(process.env.FAULT_TEST_PER_BANK ?? 200);

beforeAll(async () => {
  t = await startKillStack();
}, 90_000);
afterAll(async () => {
  await t?.stack.stop();
});

describe('Fault test: pushes through SIGKILLed consumers and a flaky bank', () => {
  it('delivers every push, no bank applies one twice, and duplicates stay within what the kills held', async () => {
    // Prepare
    t.stack.bankReceiver.behave('bank-city', { failRate: 0.2 });

    // Act
    const result: KillRunResult = await runKillScenario(t, {
      enterprises,
      channelPushesPerBank,
      killEveryMs: 2_500,
    });
    console.log(`fault test: ${JSON.stringify(result)}`);

    // Assess
    expect(result.viaBatch).toBeGreaterThanOrEqual(2 * enterprises);
    expect(result.viaChannel).toBe(2 * channelPushesPerBank);
    expect(result.kills).toBeGreaterThanOrEqual(5);
    expect(result.lost).toBe(0);
    expect(result.appliedTwice).toBe(0);
    expect(result.importMiscounted).toBe(0);
    expect(result.badSignatures).toBe(0);
    expect(result.webhookFailures).toBeGreaterThan(0);
    // A kill repeats at most what the dead worker held: per kill, send-delivery's batches in hand
    // (4 pollers × 10 messages).
    const duplicates = result.duplicatesDelivered.webhook + result.duplicatesDelivered.sqs;
    expect(duplicates).toBeLessThanOrEqual(result.kills * 40);
  }, 600_000);
});
