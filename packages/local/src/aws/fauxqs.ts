import { startFauxqs } from 'fauxqs';
import { portInUseMessage } from './ports.ts';

export interface SqsEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Region used in queue ARNs and URLs when a request does not say; match the SDK clients' region. */
  region?: string;
  /**
   * A directory to keep queues and messages in (fauxqs' SQLite persistence, written through on every
   * change), so messages waiting, delayed or in flight survive a restart; without it, in memory.
   */
  dataDir?: string;
}

export interface SqsEmulator {
  endpoint: string;
  port: number;
  /** Closes the server; in-process, so nothing survives it but what `dataDir` keeps. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts fauxqs, the in-process SQS emulator, with request logging off, in memory unless `dataDir`. It runs inside this Node
 * process (no child to clean up) and listens on all interfaces; clients use 127.0.0.1.
 * fauxqs moves a message to its queue's DLQ on the receive after `maxReceiveCount`, as SQS does.
 *
 * @example
 * const sqs = await startSqsEmulator({ port: 0 });
 * const client = new SQSClient({ endpoint: sqs.endpoint, region: 'cn-north-1' });
 * await sqs.stop();
 */
export async function startSqsEmulator(options: SqsEmulatorOptions = {}): Promise<SqsEmulator> {
  const requested = options.port ?? 0;
  let server: Awaited<ReturnType<typeof startFauxqs>>;
  try {
    server = await startFauxqs({
      port: requested,
      logger: false,
      ...(options.region ? { defaultRegion: options.region } : {}),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(portInUseMessage(requested, 'the SQS emulator (fauxqs)'));
    }
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    port: server.port,
    stop: () => {
      stopping ??= server.stop();
      return stopping;
    },
  };
}
