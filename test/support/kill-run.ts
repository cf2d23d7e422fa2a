import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { shanghaiDate } from '@sme/kernel';
import { deadLetterQueues, demoUscc, redriveLocally } from '@sme/local';
import { apiKeysFor, drainQueue, startTestStack, type TestStack, withShortRetries } from './local-stack.ts';
import { waitConfirmed } from './push-batches.ts';

/**
 * The kill run: pushes travel the whole path — bulk import (registry's import worker) → the
 * enterprises' stream → channel → matching → batch confirm → EnterprisePushed → delivery → the
 * banks' SQS inbox and signed webhook (20 % of its requests fail) — while the worker process running
 * every queue and stream consumer is killed with SIGKILL at random moments and started again. Queue
 * messages a dead worker held come back after the visibility timeout, stream records from the last
 * checkpoint. At the end each bank, de-duplicating on the delivery id as banks must, should hold every
 * push exactly once: nothing lost, no push under two delivery ids. Used by the e2e test (small) and
 * `bench/kill-test.ts` (N = 10,000). No test hook: real process deaths, a flaky fake bank, config.
 */

export interface KillRunOptions {
  /** Enterprises imported, declared, reviewed and pushed through a batch confirm (two or three banks each). */
  enterprises: number;
  /** Further EnterprisePushed events sent straight to the channel, per bank (volume beyond the batch). */
  channelPushesPerBank: number;
  /** Instead of `channelPushesPerBank`: as many channel pushes as make this total with the batches'. */
  totalPushes?: number;
  /** A kill every `killEveryMs` ± half of it (of the worker's uptime). */
  killEveryMs: number;
  /**
   * The same during the bulk import (default 4 × `killEveryMs`): an import invocation takes up to 8 chunks of
   * 100 rows, seconds of work, and a worker killed more often than that never finishes one (it livelocks).
   */
  importKillEveryMs?: number;
  /** Declarations made at once. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface KillRunResult {
  pushes: number;
  viaBatch: number;
  viaChannel: number;
  kills: number;
  /** Pushes a bank never received. */
  lost: number;
  /** Pushes a bank would apply twice after de-duplicating on the delivery id (a push under two ids). */
  appliedTwice: number;
  /** Raw duplicates that reached the banks (same delivery id again), which their de-duplication absorbs. */
  duplicatesDelivered: { webhook: number; sqs: number };
  /** Import rows the import worker recorded other than once (the job's tallies after redeliveries). */
  importMiscounted: number;
  webhookFailures: number;
  parkedThenReplayed: number;
  badSignatures: number;
  /** Messages ops moved back from a DLQ during the run, by queue (`./dev ops dlq redrive`). */
  redriven: Record<string, number>;
  /** Messages left in a dead-letter queue at the end, by queue name (should be none). */
  deadLettered: Record<string, number>;
  seconds: { setup: number; run: number; total: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const webhookBank = 'bank-city';
const sqsBank = 'bank-gs';

export async function startKillStack(): Promise<TestStack> {
  // A message a killed worker held is received again after 2 s; deliveries retry after 1 s, 1 s.
  return startTestStack({ city: withShortRetries, consumers: 'worker', visibilityTimeoutSeconds: 2 });
}

async function expectOk(res: Response, what: string): Promise<Record<string, unknown>> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** Runs `work` on every item, `concurrency` at a time. */
async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

export async function runKillScenario(t: TestStack, options: KillRunOptions): Promise<KillRunResult> {
  const log = options.log ?? (() => undefined);
  const worker = t.stack.worker;
  if (!worker) throw new Error('the kill run needs a stack started with consumers: "worker"');
  const began = performance.now();
  const keys = await apiKeysFor(t, ['ls-qingshi-tn', 'ls-econ', 'ls-tax']);
  const as = (org: string) => ({ 'x-api-key': keys[org] ?? '' });
  const today = shanghaiDate(new Date());
  // Digits only: a USCC's organisation code has no I, O, S, V or Z, and push ids are hex.
  const runTag = String(Date.now() % 10_000).padStart(4, '0');
  const usccs = Array.from({ length: options.enterprises }, (_, i) =>
    demoUscc('999101', `K${runTag}${String(i).padStart(4, '0')}`),
  );

  // The killer: SIGKILL, then a new worker, again and again until told to stop.
  let killing = true;
  let kills = 0;
  let killEveryMs = options.importKillEveryMs ?? 4 * options.killEveryMs;
  const killer = (async () => {
    while (killing) {
      await sleep(killEveryMs * (0.5 + Math.random()));
      if (!killing) break;
      await worker.kill();
      kills += 1;
      await sleep(Math.random() * 200);
      await worker.start();
    }
  })();

  try {
    // Ops' answer to a DLQ alarm (`./dev ops dlq redrive`), each minute of the run: a message whose
    // receives all died with killed workers waits in its DLQ, alarmed, until it is moved back.
    const redriven: Record<string, number> = {};
    const redrive = async () => {
      for (const [queue, n] of Object.entries(await redriveDeadLetters(t))) {
        redriven[queue] = (redriven[queue] ?? 0) + n;
        log(`redrove ${n} from ${queue}'s DLQ`);
      }
    };

    // 1. Bulk import, the import worker killed as it goes.
    const imported = await expectOk(
      await t.call('agency', 'POST', '/v1/enterprises/imports', {
        rows: usccs.map((uscc, i) => ({
          uscc,
          name: `临山故障测试企业${runTag}${i}`,
          entityType: 'enterprise',
          township: '999101002',
          industryCode: 'C3420',
          employees: 30,
          annualRevenueYuan: 5_000_000,
          hasFixedPremises: true,
        })),
      }),
      'import',
    );
    let job: Record<string, unknown> = {};
    // Half an hour at most; a chunk dead-lettered by repeated kills is stuck (alarmed) until redriven.
    for (let i = 0; job.status !== 'completed'; i++) {
      if (i > 7_200) throw new Error(`import ${imported.jobId} did not complete: ${JSON.stringify(job)}`);
      if (i > 0 && i % 240 === 0) {
        await redrive();
        log(`importing: ${job.processedRows}/${usccs.length} rows (${kills} kills so far)`);
      }
      await sleep(250);
      job = await expectOk(await t.call('agency', 'GET', `/v1/imports/${imported.jobId}`), 'import job');
    }
    const importMiscounted =
      Math.abs(Number(job.processedRows) - usccs.length) + Math.abs(Number(job.acceptedRows) - usccs.length);
    log(`imported ${job.acceptedRows}/${usccs.length} rows (${kills} kills so far)`);
    killEveryMs = options.killEveryMs;
    // The registry's stream and channel bring the facts to matching (idle waits out the kills).
    await t.stack.idle();

    // 2. Declared after a visit, attested, confirmed by the departments, signed off: RECOMMENDED.
    const declarationIds: string[] = [];
    await pool(usccs, options.concurrency ?? 8, async (uscc) => {
      const declared = await expectOk(
        await t.call('agency', 'POST', '/v1/declarations', {
          uscc,
          demand: {
            amountFen: 200_000_000,
            termMonths: 12,
            purpose: 'working-capital',
            purposeDetail: '采购原材料',
            guaranteeType: 'mortgage',
            preferredBankIds: [webhookBank, sqsBank],
          },
          visit: { visitedBy: '青石镇金融专员 王敏', visitedOn: today, place: '企业生产车间' },
          contact: { name: '李娜', phone: '13800138000' },
        }),
        `declare ${uscc}`,
      );
      const id = String(declared.id);
      const review = async (org: string, criteria: string[]) =>
        expectOk(
          await t.call(
            undefined,
            'POST',
            `/v1/declarations/${id}/reviews`,
            { opinions: criteria.map((criterion) => ({ criterion, outcome: 'confirmed' })) },
            as(org),
          ),
          `review ${id} by ${org}`,
        );
      await review('ls-qingshi-tn', ['genuine-need', 'lawful-purpose']);
      await review('ls-tax', ['good-credit']);
      await review('ls-econ', ['genuine-need']);
      await expectOk(
        await t.call('convenor', 'POST', `/v1/declarations/${id}/sign-off`, {}),
        `sign-off ${id}`,
      );
      declarationIds.push(id);
    });
    log(`${declarationIds.length} declarations recommended (${kills} kills so far)`);
    const setupSeconds = (performance.now() - began) / 1000;
    const runBegan = performance.now();

    // 3. Batches of 100 enterprises (within every bank's capacity per batch), confirmed while the
    // consumers keep dying.
    const batchPushIds: string[] = [];
    for (let i = 0; i < declarationIds.length; i += 100) {
      const batch = await expectOk(
        await t.call('coordinator', 'POST', '/v1/push-batches', {
          declarationIds: declarationIds.slice(i, i + 100),
        }),
        'batch',
      );
      // Accepted at once (202); the chunks are written by the consumers that keep dying, so wait for CONFIRMED.
      await expectOk(
        await t.call('coordinator', 'POST', `/v1/push-batches/${batch.batchId}/confirm`),
        'confirm',
      );
      await waitConfirmed(t, String(batch.batchId), { timeoutMs: 600_000 });
      batchPushIds.push(...(await pushIdsOf(t, String(batch.batchId))));
    }
    const viaBatch = batchPushIds.length;
    log(
      `${Math.ceil(declarationIds.length / 100)} batches confirmed: ${viaBatch} pushes (${kills} kills so far)`,
    );

    // 4. Volume straight onto the channel, as matching would publish it.
    const channelTotal =
      options.totalPushes === undefined
        ? 2 * options.channelPushesPerBank
        : Math.max(0, options.totalPushes - viaBatch);
    const channelEvents = [webhookBank, sqsBank].flatMap((bankId, b) =>
      Array.from({ length: Math.ceil(channelTotal / 2) - (b === 1 ? channelTotal % 2 : 0) }, (_, i) => {
        const pushId = `p${runTag}${String(b).padStart(8, '0')}${String(i).padStart(12, '0')}`;
        return {
          type: 'EnterprisePushed',
          version: 1,
          eventId: pushId,
          occurredAt: new Date().toISOString(),
          pushId,
          batchId: 'pb-20261204-0000fa17',
          uscc: demoUscc('999101', `FT${String(b * channelTotal + i).padStart(7, '0')}`),
          bankId,
          creditAccessUntil: shanghaiDate(new Date(Date.now() + 90 * 86_400_000)),
        };
      }),
    );
    const sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
    try {
      for (let i = 0; i < channelEvents.length; i += 10) {
        await sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: t.stack.queues['delivery-enterprise-pushed']?.url,
            Entries: channelEvents
              .slice(i, i + 10)
              .map((e, j) => ({ Id: String(j), MessageBody: JSON.stringify(e) })),
          }),
        );
      }
    } finally {
      sqs.destroy();
    }
    const expected = viaBatch + channelEvents.length;

    // 5. Until every push has its delivery and none is under way; then ops replay what was parked.
    const deliveries = async (status: string, firstPageOnly = false) => {
      const items: { deliveryId: string; bankId: string }[] = [];
      let cursor: string | undefined;
      do {
        const page = await expectOk(
          await t.call(
            'ops',
            'GET',
            `/v1/deliveries?status=${status}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
          ),
          'deliveries',
        );
        items.push(...(page.items as typeof items));
        cursor = firstPageOnly ? undefined : (page.nextCursor as string | undefined);
      } while (cursor);
      return items;
    };
    const settle = async (timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      let lastLog = Date.now();
      for (;;) {
        // Cheap while work is under way (one page); the full count only once nothing is pending.
        const pending = (await deliveries('pending', true)).length;
        const done =
          pending > 0 ? -1 : (await deliveries('delivered')).length + (await deliveries('parked')).length;
        if (pending === 0 && done >= expected) return;
        if (Date.now() > deadline)
          throw new Error(
            `not settled: ${pending}+ pending, ${done}/${expected} done, ${kills} kills; dead-lettered: ${JSON.stringify(await deadLettered(t))}`,
          );
        if (Date.now() - lastLog > 60_000) {
          lastLog = Date.now();
          await redrive();
          const delivered = (await deliveries('delivered')).length;
          log(
            `settling: ${delivered}/${expected} delivered, ${pending === 0 ? 'none' : 'some'} pending, ${kills} kills`,
          );
        }
        await sleep(2_000);
      }
    };
    await settle(Math.max(1_800_000, expected * 600));
    let parkedThenReplayed = 0;
    for (let round = 0; round < 8; round++) {
      const parked = await deliveries('parked');
      if (parked.length === 0) break;
      parkedThenReplayed += parked.length;
      for (const d of parked) {
        await expectOk(await t.call('ops', 'POST', `/v1/deliveries/${d.deliveryId}/replay`), 'replay');
      }
      await settle(600_000);
    }

    // 6. The last worker lives; every queue and stream drained, and what the last kills sent to a DLQ
    // moved back (a no-op for messages that had been applied).
    killing = false;
    await killer;
    await t.stack.idle();
    await redrive();
    await t.stack.idle();
    const runSeconds = (performance.now() - runBegan) / 1000;

    // 7. What the banks got (every bank: a batch may push to a third one), de-duplicating on the
    // delivery id; and per push, how many delivery ids.
    const webhookLogs = t.stack.city.banks
      .filter((bank) => bank.delivery.kind === 'webhook')
      .map((bank) => t.stack.bankReceiver.log(bank.id));
    const queued = (
      await Promise.all(Object.values(t.stack.bankQueues).map((url) => drainQueue(t.stack, url)))
    ).flat();
    const received = [
      ...webhookLogs.flatMap((log) =>
        log.accepted.filter((n) => n.type === 'push.created').map((n) => ({ id: n.id, data: n.data })),
      ),
      ...queued
        .filter((m) => m.body.type === 'push.created')
        .map((m) => ({ id: m.body.id, data: m.body.data })),
    ];
    const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);
    const idsPerPush = new Map<string, Set<string>>();
    for (const notice of received) {
      const pushId = String(notice.data.pushId);
      idsPerPush.set(pushId, (idsPerPush.get(pushId) ?? new Set()).add(notice.id));
    }
    const expectedPushIds = [...channelEvents.map((e) => e.pushId), ...batchPushIds];
    const lost = expectedPushIds.filter((pushId) => !idsPerPush.has(pushId)).length;
    const appliedTwice = [...idsPerPush.values()].filter((ids) => ids.size > 1).length;
    const sqsDuplicates = queued.length - new Set(queued.map((m) => m.body.id)).size;
    return {
      pushes: expected,
      viaBatch,
      viaChannel: channelEvents.length,
      kills,
      lost,
      appliedTwice,
      duplicatesDelivered: { webhook: sum(webhookLogs.map((log) => log.duplicates)), sqs: sqsDuplicates },
      importMiscounted,
      webhookFailures: sum(webhookLogs.map((log) => log.failed)),
      parkedThenReplayed,
      badSignatures: sum(webhookLogs.map((log) => log.badSignatures)),
      redriven,
      deadLettered: await deadLettered(t),
      seconds: {
        setup: Math.round(setupSeconds),
        run: Math.round(runSeconds),
        total: Math.round((performance.now() - began) / 1000),
      },
    };
  } finally {
    killing = false;
    await killer;
  }
}

/** The push ids a confirmed batch wrote, from the coordinator's view of it (every page). */
async function pushIdsOf(t: TestStack, batchId: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: unknown;
  do {
    const page = await expectOk(
      await t.call(
        'coordinator',
        'GET',
        `/v1/push-batches/${batchId}${cursor === undefined ? '' : `?cursor=${cursor}`}`,
      ),
      'batch',
    );
    const entries = (page.enterprises ?? []) as {
      droppedAtConfirm?: boolean;
      assignedBanks?: { pushId: string }[];
    }[];
    ids.push(
      ...entries
        .filter((e) => !e.droppedAtConfirm)
        .flatMap((e) => (e.assignedBanks ?? []).map((b) => b.pushId)),
    );
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return ids;
}

/** Every DLQ of the city's stack that holds messages, with how many (queue DLQs and stream failure queues). */
async function deadLettered(t: TestStack): Promise<Record<string, number>> {
  const sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
  try {
    const queues = await deadLetterQueues(sqs, t.stack.city.id);
    return Object.fromEntries(queues.filter((q) => q.messages > 0).map((q) => [q.name, q.messages]));
  } finally {
    sqs.destroy();
  }
}

/**
 * What ops do when a DLQ alarm fires (docs/runbook.md, `./dev ops dlq redrive`): every queue DLQ's
 * messages back to their queue. Returns how many moved, per queue.
 */
async function redriveDeadLetters(t: TestStack): Promise<Record<string, number>> {
  const sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
  try {
    const moved: Record<string, number> = {};
    for (const q of await deadLetterQueues(sqs, t.stack.city.id)) {
      if (q.messages === 0) continue;
      if (!q.source) throw new Error(`stream records parked on ${q.name}: ${q.messages}`);
      moved[q.source.name] = await redriveLocally(sqs, q);
    }
    return moved;
  } finally {
    sqs.destroy();
  }
}
