import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** How the demo receiver of one bank answers (tests change it to simulate a failing bank). */
export interface ReceiverBehaviour {
  /** Answer this status to the next N requests, then 200. */
  failFirst?: { count: number; status: number };
  /** Answer 500 with this probability. */
  failRate?: number;
  /** Answer this status to everything (e.g. 410 Gone). */
  always?: number;
}

export interface ReceivedNotice {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

export interface BankReceiverLog {
  /** Accepted notices, once each (de-duplicated on webhook-id, as a bank must). */
  accepted: ReceivedNotice[];
  /** Requests whose notice had been accepted before. */
  duplicates: number;
  /** Requests whose signature did not verify. */
  badSignatures: number;
  /** Requests answered with a failure status on purpose. */
  failed: number;
}

export interface DemoBankReceiver {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  setSecrets(bankId: string, secrets: string[]): void;
  behave(bankId: string, behaviour: ReceiverBehaviour): void;
  log(bankId: string): BankReceiverLog;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * What a bank's webhook endpoint does, for local runs and tests: `POST /hooks/<bankId>` verifies the
 * Standard Webhooks signature with the independent `standardwebhooks` library (any of the bank's
 * valid secrets), de-duplicates on `webhook-id`, and answers 204. Failures can be injected per bank.
 */
export async function startDemoBankReceiver(options: { quiet?: boolean } = {}): Promise<DemoBankReceiver> {
  const secrets = new Map<string, string[]>();
  const behaviours = new Map<string, ReceiverBehaviour>();
  const logs = new Map<string, BankReceiverLog & { seen: Set<string> }>();
  const logOf = (bankId: string) => {
    let log = logs.get(bankId);
    if (!log) {
      log = { accepted: [], duplicates: 0, badSignatures: 0, failed: 0, seen: new Set() };
      logs.set(bankId, log);
    }
    return log;
  };

  const server: Server = createServer(async (request, response) => {
    const match = /^\/hooks\/([a-z0-9-]+)$/.exec(request.url ?? '');
    if (request.method !== 'POST' || !match?.[1]) {
      response.writeHead(404).end();
      return;
    }
    const bankId = match[1];
    const body = await readBody(request);
    const log = logOf(bankId);
    const behaviour = behaviours.get(bankId) ?? {};
    if (behaviour.always !== undefined) {
      log.failed++;
      response.writeHead(behaviour.always).end();
      return;
    }
    if (behaviour.failFirst && behaviour.failFirst.count > 0) {
      behaviour.failFirst.count--;
      log.failed++;
      response.writeHead(behaviour.failFirst.status).end();
      return;
    }
    if (behaviour.failRate && Math.random() < behaviour.failRate) {
      log.failed++;
      response.writeHead(500).end();
      return;
    }
    const headers = Object.fromEntries(
      ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [
        h,
        String(request.headers[h] ?? ''),
      ]),
    );
    const verified = (secrets.get(bankId) ?? []).some((secret) => {
      try {
        new Webhook(secret).verify(body, headers);
        return true;
      } catch {
        return false;
      }
    });
    if (!verified) {
      log.badSignatures++;
      response.writeHead(401).end();
      return;
    }
    const id = headers['webhook-id'] as string;
    if (log.seen.has(id)) {
      log.duplicates++;
    } else {
      log.seen.add(id);
      const notice = JSON.parse(body) as ReceivedNotice;
      log.accepted.push({ id, type: notice.type, data: notice.data });
      if (!options.quiet) console.log(`  [demo bank ${bankId}] received ${notice.type} ${id}`);
    }
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setSecrets: (bankId, list) => secrets.set(bankId, list),
    behave: (bankId, behaviour) => behaviours.set(bankId, { ...behaviour }),
    log: (bankId) => {
      const { seen: _seen, ...log } = logOf(bankId);
      return { ...log, accepted: [...log.accepted] };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
