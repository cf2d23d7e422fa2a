/**
 * The long kill run (issue 15): N pushes through the whole path while the consumers' worker process is
 * SIGKILLed again and again; see test/support/kill-run.ts for what runs and what is counted.
 *
 *   ./dev node bench/kill-test.ts [--n 10000] [--enterprises 1000] [--kill-every 2500]
 *
 * Writes bench/kill-test.md with the command and the figures. Not part of `./dev test` (it takes
 * minutes); the e2e test test/e2e/delivery-fault.test.ts runs the same scenario small.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type KillRunResult, runKillScenario, startKillStack } from '../test/support/kill-run.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    enterprises: { type: 'string', default: '1000' },
    'kill-every': { type: 'string', default: '2500' },
    out: { type: 'string', default: join(import.meta.dirname, 'kill-test.md') },
  },
});
const n = Number(values.n);
const enterprises = Number(values.enterprises);
const killEveryMs = Number(values['kill-every']);
const command = `./dev node bench/kill-test.ts --n ${n} --enterprises ${enterprises} --kill-every ${killEveryMs}`;

process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
const startedAt = new Date();
const load = loadavg();
const t = await startKillStack();
// Ctrl-C or a timeout: stop the stack (DynamoDB Local's JVM, the worker and its spare) before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void t.stack.stop().finally(() => process.exit(130)));
}
let result: KillRunResult;
try {
  t.stack.bankReceiver.behave('bank-city', { failRate: 0.2 });
  result = await runKillScenario(t, {
    enterprises,
    channelPushesPerBank: 0,
    totalPushes: n,
    killEveryMs,
    log: (line) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`),
  });
} finally {
  await t.stack.stop();
}

const duplicates = result.duplicatesDelivered.webhook + result.duplicatesDelivered.sqs;
const ok =
  result.lost === 0 &&
  result.appliedTwice === 0 &&
  result.importMiscounted === 0 &&
  Object.keys(result.deadLettered).length === 0;
const markdown = `# Kill test: pushes through SIGKILLed consumers

\`\`\`sh
${command}
\`\`\`

Run ${startedAt.toISOString()} on ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average before
${load.map((l) => l.toFixed(2)).join(' / ')}. **${ok ? 'PASS' : 'FAIL'}**.

What runs (test/support/kill-run.ts): ${enterprises} enterprises bulk-imported, declared, reviewed, signed off and pushed
through batch confirms of 100 (each to two or three banks), the rest of the N pushes sent as EnterprisePushed straight
onto the channel; every queue and stream consumer runs in a worker process that is killed with SIGKILL every
${killEveryMs / 1000} s ± 50 % of its uptime (${(4 * killEveryMs) / 1000} s during the import, whose invocations take up to 800 rows)
and started again (a warm spare takes over, as a Lambda instance would).
Queue messages held by a dead worker come back after a 2 s visibility timeout, stream records from the last
checkpoint; a message whose receives all died with killed workers (5 for a queue's consumer, 10 for a delivery
attempt) lands in its DLQ, and ops redrive the DLQs each minute as the DLQ alarm asks (\`./dev ops dlq redrive\`).
The webhook bank \`bank-city\` fails 20 % of requests; deliveries retry after 1 s and 1 s, then park; ops
replay what parked. The banks de-duplicate on the delivery id.

| figure | value |
| --- | --- |
| pushes (N) | ${result.pushes.toLocaleString('en')} (${result.viaBatch.toLocaleString('en')} via batch confirm, ${result.viaChannel.toLocaleString('en')} via the channel) |
| worker kills (SIGKILL) | ${result.kills} |
| **lost** (a bank never got the push) | **${result.lost}** |
| **applied twice** (a push under two delivery ids) | **${result.appliedTwice}** |
| raw duplicates delivered (same delivery id again; absorbed by the banks' de-duplication) | ${duplicates} (webhook ${result.duplicatesDelivered.webhook}, SQS ${result.duplicatesDelivered.sqs}) |
| import rows miscounted after redeliveries | ${result.importMiscounted} |
| webhook requests failed on purpose | ${result.webhookFailures} |
| deliveries parked, then replayed by ops | ${result.parkedThenReplayed} |
| bad signatures | ${result.badSignatures} |
| messages redriven from DLQs by ops during the run | ${
  Object.entries(result.redriven)
    .map(([q, n]) => `${q}: ${n}`)
    .join(', ') || 'none'
} |
| messages left in dead-letter queues at the end | ${
  Object.entries(result.deadLettered)
    .map(([q, n]) => `${q}: ${n}`)
    .join(', ') || 'none'
} |
| duration | setup ${result.seconds.setup} s (import, declarations), run ${result.seconds.run} s (confirms to the last delivery), total ${result.seconds.total} s |
`;
writeFileSync(values.out, markdown);
console.log(markdown);
process.exit(ok ? 0 : 1);
