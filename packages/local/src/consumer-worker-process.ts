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

/** Longer than any queue's visibility timeout locally (6 × the longest function timeout, 300 s). */
const killShadowMs = 31 * 60_000;

/** The worker answered that a queue or stream did not drain within its wait. */
class NotIdle extends Error {}

type Outbound =
  | { type: 'prepared' }
  | { type: 'ready' }
  | { type: 'idle'; id: number }
  | { type: 'idle-failed'; id: number; message: string }
  | { type: 'error'; message: string };

/**
 * Forks `consumer-worker.ts` with this process's environment (the stack has set the functions' env by
 * now) and starts the plan's consumers in it. `stop()` asks the worker to stop after its batches in
 * hand; `idle()` asks it to report once every queue and stream is drained.
 */
/** Sends `message` and resolves on the `answer`; rejects on an error report or the worker's exit. */
function ask(target: ChildProcess, message: unknown, answer: Outbound['type']): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onMessage = (reply: Outbound) => {
      if (reply.type === answer) done(resolve);
      else if (reply.type === 'error') done(() => reject(new Error(reply.message)));
    };
    const onExit = (code: number | null, signal: string | null) =>
      done(() => reject(new Error(`the consumer worker exited (${code ?? signal}) before it was ${answer}`)));
    const done = (then: () => void) => {
      target.off('message', onMessage);
      target.off('exit', onExit);
      then();
    };
    target.on('message', onMessage);
    target.once('exit', onExit);
    target.send(message as object);
  });
}

export async function startConsumerWorker(plan: ConsumerPlan): Promise<ConsumerWorker> {
  let child: ChildProcess | undefined;
  /** The worker whose pollers run (started and ready), else undefined. */
  let ready: ChildProcess | undefined;
  const readyWaiters: (() => void)[] = [];
  let starts = 0;
  let nextIdle = 0;
  const idleWaiters = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  /**
   * Forks a worker and has it load the handlers (a Lambda's init), not yet polling: the spare that
   * takes over after a kill, so a restart costs the pollers' start, not Node's boot and every import.
   */
  const prepare = () => {
    const current = fork(workerEntry, [], {
      env: process.env,
      execArgv: ['--disable-warning=ExperimentalWarning'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    current.once('exit', () => {
      if (spare?.process === current) spare = undefined;
      if (child !== current) return;
      child = undefined;
      if (ready === current) ready = undefined;
      for (const waiter of idleWaiters.values()) waiter.reject(new Error('the consumer worker exited'));
      idleWaiters.clear();
    });
    current.on('message', (message: Outbound) => {
      if (message.type === 'idle') {
        idleWaiters.get(message.id)?.resolve();
        idleWaiters.delete(message.id);
      } else if (message.type === 'idle-failed') {
        idleWaiters.get(message.id)?.reject(new NotIdle(message.message));
        idleWaiters.delete(message.id);
      } else if (message.type === 'error') {
        process.stderr.write(`consumer worker ${current.pid}: ${message.message}\n`);
      }
    });
    const prepared = ask(current, { type: 'prepare', plan }, 'prepared');
    prepared.catch(() => undefined); // a spare that dies unused is only replaced
    return { process: current, prepared };
  };
  let spare: ReturnType<typeof prepare> | undefined;

  const start = async () => {
    if (child) throw new Error(`a consumer worker is already running (pid ${child.pid})`);
    const next = spare ?? prepare();
    spare = undefined;
    child = next.process;
    starts += 1;
    await next.prepared;
    await ask(next.process, { type: 'start' }, 'ready');
    ready = next.process;
    for (const wake of readyWaiters.splice(0)) wake();
    spare = prepare();
  };

  /** Asks the running worker once; rejects if it dies first. */
  const idleOnce = (target: ChildProcess) => {
    const id = ++nextIdle;
    return new Promise<void>((resolve, reject) => {
      idleWaiters.set(id, { resolve, reject });
      target.send({ type: 'idle', id });
    });
  };

  const waitExit = (target: ChildProcess) =>
    target.exitCode !== null || target.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => target.once('exit', () => resolve()));

  /** Workers killed by `kill()`: their deaths are the test's doing, not a worker that cannot run. */
  const killedOnPurpose = new WeakSet<ChildProcess>();
  let lastKillAt = Number.NEGATIVE_INFINITY;
  const kill = async () => {
    const target = child;
    if (!target) return;
    killedOnPurpose.add(target);
    lastKillAt = Date.now();
    target.kill('SIGKILL');
    await waitExit(target);
  };

  const killOnExit = () => {
    child?.kill('SIGKILL');
    spare?.process.kill('SIGKILL');
  };
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
    // A worker killed while we wait is no answer: wait for the next one (a test restarts it) and ask
    // again. The 120 s limit is for workers that die by themselves or never come back; a run that kills
    // them on purpose may take as long as its backlog needs.
    idle: async () => {
      let deadline = Date.now() + 120_000;
      for (;;) {
        const target =
          ready ??
          (await new Promise<ChildProcess | undefined>((resolve) => {
            const timer = setTimeout(() => resolve(undefined), Math.max(0, deadline - Date.now()));
            readyWaiters.push(() => {
              clearTimeout(timer);
              resolve(ready);
            });
          }));
        if (!target) throw new Error('no consumer worker ran within 120 s');
        try {
          await idleOnce(target);
          return;
        } catch (error) {
          // What a killed worker had received stays invisible until its visibility timeout (up to
          // minutes): a queue still busy that soon after a kill is waited for, not a failure.
          if (error instanceof NotIdle) {
            if (Date.now() - lastKillAt < killShadowMs) continue;
            throw error;
          }
          if (target.exitCode === null && target.signalCode === null) throw error;
          if (killedOnPurpose.has(target)) deadline = Date.now() + 120_000;
          else if (Date.now() > deadline) throw new Error('the consumer worker kept dying for 120 s');
        }
      }
    },
    stop: async () => {
      process.removeListener('exit', killOnExit);
      const unused = spare?.process;
      spare = undefined;
      unused?.kill('SIGKILL');
      if (unused) await waitExit(unused);
      const target = child;
      if (!target) return;
      target.send({ type: 'stop' });
      const forced = setTimeout(() => target.kill('SIGKILL'), 10_000);
      await waitExit(target);
      clearTimeout(forced);
    },
  };
}
