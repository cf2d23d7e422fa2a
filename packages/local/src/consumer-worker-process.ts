import { type ChildProcess, fork } from 'node:child_process';
import type { ConsumerPlan, Consumers } from './consumers.ts';

/** The queue and stream consumers of a local stack, run in a child process that can be killed outright. */
export interface ConsumerWorker extends Consumers {
  /** Process id of the running worker; undefined while none runs. */
  readonly pid: number | undefined;
  /** How many workers were started so far. */
  readonly starts: number;
  /**
   * SIGKILL, as a Lambda runtime dies: no batch is finished, no checkpoint saved, no message deleted.
   * Resolves once the process has exited. What it held comes back: queue messages after their
   * visibility timeout, stream records from the last checkpoint.
   */
  kill(): Promise<void>;
  /** Starts a new worker (after `kill`); resolves when its pollers run. */
  start(): Promise<void>;
}

const workerEntry = new URL('./consumer-worker.ts', import.meta.url).pathname;

type Outbound = { type: 'ready' } | { type: 'idle'; id: number } | { type: 'error'; message: string };

/**
 * Forks `consumer-worker.ts` with this process's environment (the stack has set the functions' env by
 * now) and starts the plan's consumers in it. `stop()` asks the worker to stop after its batches in
 * hand; `idle()` asks it to report once every queue and stream is drained.
 */
export async function startConsumerWorker(plan: ConsumerPlan): Promise<ConsumerWorker> {
  let child: ChildProcess | undefined;
  let starts = 0;
  let nextIdle = 0;
  const idleWaiters = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  const start = async () => {
    if (child) throw new Error(`a consumer worker is already running (pid ${child.pid})`);
    const current = fork(workerEntry, [], {
      env: process.env,
      execArgv: ['--disable-warning=ExperimentalWarning'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child = current;
    starts += 1;
    const exited = () => {
      if (child === current) child = undefined;
      for (const waiter of idleWaiters.values()) waiter.reject(new Error('the consumer worker exited'));
      idleWaiters.clear();
    };
    current.once('exit', exited);
    current.on('message', (message: Outbound) => {
      if (message.type === 'idle') {
        idleWaiters.get(message.id)?.resolve();
        idleWaiters.delete(message.id);
      } else if (message.type === 'error') {
        process.stderr.write(`consumer worker ${current.pid}: ${message.message}\n`);
      }
    });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: Outbound) => {
        if (message.type === 'ready') done(resolve);
        else if (message.type === 'error') done(() => reject(new Error(message.message)));
      };
      const onExit = (code: number | null) =>
        done(() => reject(new Error(`the consumer worker exited (${code}) before it was ready`)));
      const done = (then: () => void) => {
        current.off('message', onMessage);
        current.off('exit', onExit);
        then();
      };
      current.on('message', onMessage);
      current.once('exit', onExit);
      current.send({ type: 'start', plan });
    });
  };

  const waitExit = (target: ChildProcess) =>
    target.exitCode !== null || target.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => target.once('exit', () => resolve()));

  const kill = async () => {
    const target = child;
    if (!target) return;
    target.kill('SIGKILL');
    await waitExit(target);
  };

  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);
  await start();

  return {
    get pid() {
      return child?.pid;
    },
    get starts() {
      return starts;
    },
    kill,
    start,
    idle: () => {
      const target = child;
      if (!target) return Promise.reject(new Error('no consumer worker is running'));
      const id = ++nextIdle;
      return new Promise<void>((resolve, reject) => {
        idleWaiters.set(id, { resolve, reject });
        target.send({ type: 'idle', id });
      });
    },
    stop: async () => {
      process.removeListener('exit', killOnExit);
      const target = child;
      if (!target) return;
      target.send({ type: 'stop' });
      const forced = setTimeout(() => target.kill('SIGKILL'), 10_000);
      await waitExit(target);
      clearTimeout(forced);
    },
  };
}
