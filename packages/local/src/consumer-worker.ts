import type { LambdaHandler } from './aws/batch-response.ts';
import { type ConsumerPlan, type Consumers, startConsumers } from './consumers.ts';

/**
 * The consumers' worker process (forked by `startConsumerWorker`): runs the plan's queue and stream
 * pollers against the stack's DynamoDB Local and SQS emulator, over HTTP, with the environment the
 * stack set for its functions (inherited). Messages from the stack: `prepare` (the plan: load the
 * handlers, as a Lambda's init does), `start` (start polling), `idle`, `stop`. It exits when the stack
 * goes away (the IPC channel closes), so a killed stack leaves no worker behind.
 */
type Inbound =
  | { type: 'prepare'; plan: ConsumerPlan }
  | { type: 'start' }
  | { type: 'idle'; id: number }
  | { type: 'stop' };

const send = (message: unknown) => process.send?.(message);
let plan: ConsumerPlan | undefined;
const handlers = new Map<string, LambdaHandler<unknown>>();
let consumers: Consumers | undefined;

process.on('disconnect', () => process.exit(1));
process.on('message', (message: Inbound) => {
  void handle(message).catch((error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});

async function handle(message: Inbound): Promise<void> {
  if (message.type === 'prepare') {
    plan = message.plan;
    for (const consumer of plan.consumers) {
      const module = (await import(consumer.entry)) as { handler?: LambdaHandler<unknown> };
      if (typeof module.handler !== 'function') throw new Error(`${consumer.entry} exports no handler`);
      handlers.set(consumer.id, module.handler);
    }
    send({ type: 'prepared' });
  } else if (message.type === 'start') {
    if (!plan) throw new Error('start asked before prepare');
    consumers = await startConsumers(plan, (id) => handlers.get(id) as LambdaHandler<unknown>);
    send({ type: 'ready' });
  } else if (message.type === 'idle') {
    if (!consumers) throw new Error('idle asked before the consumers started');
    const { id } = message;
    // The answer names the request, so the stack's waiter is told (not left waiting) when it fails.
    await consumers.idle().then(
      () => send({ type: 'idle', id }),
      (error: unknown) => send({ type: 'idle-failed', id, message: String(error) }),
    );
  } else if (message.type === 'stop') {
    await consumers?.stop();
    process.exit(0);
  }
}
