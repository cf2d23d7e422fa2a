import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { addKeyVersion, removeKeyVersion } from '@sme/blacklist';
import { deadLetterQueues, lastMoveTask, redriveLocally, startMoveTask } from '../aws/dead-letters.ts';

/**
 * Ops commands that go through the platform's API, so they work the same on the local stack and a
 * deployed one and are audited as the ops principal:
 *   ./dev ops calendar status
 *   ./dev ops calendar load <year> <file.json>
 *   ./dev ops blacklist key-versions
 *   ./dev ops deliveries replay [--bank B] [--type T] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--status S] [--dry-run]
 *   ./dev ops webhook rotate <bankId> [--idempotency-key K]
 *   ./dev ops policy show | policy publish <version.json> | policy lpr <month> <oneYear> <fiveYear>
 *   ./dev ops blacklist rotate-key [--aws --city C --region R | --secret-file F]
 *   ./dev ops blacklist retire-key <kN> [--force] [same]
 *   ./dev ops dlq status | dlq redrive [--queue Q]   [--aws --city C --region R | --sqs URL --city C]
 *   ./dev ops ledger load [cities/<city>.policy-tasks.json] | ledger overdue [--until YYYY-MM-DD]   (as the office)
 * The file is one year of the State Council's notice: { holidays, makeUpWorkdays, notice }.
 * Local stack by default (.local/stack.json: its URL and ops key); for a deployed city pass
 * --url https://<api> and the ops key in SME_OPS_API_KEY.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    key: { type: 'string' },
    bank: { type: 'string' },
    type: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    status: { type: 'string', default: 'parked' },
    'dry-run': { type: 'boolean', default: false },
    'idempotency-key': { type: 'string' },
    aws: { type: 'boolean', default: false },
    city: { type: 'string' },
    region: { type: 'string' },
    'secret-file': { type: 'string' },
    force: { type: 'boolean', default: false },
    queue: { type: 'string' },
    sqs: { type: 'string' },
  },
});

function target(): { baseUrl: string; apiKey: string } {
  // The policy task ledger is the office's: its key (locally the demo office client, deployed SME_OFFICE_API_KEY).
  const asOffice = positionals[0] === 'ledger';
  const apiKey = values.key ?? (asOffice ? process.env.SME_OFFICE_API_KEY : process.env.SME_OPS_API_KEY);
  if (values.url) {
    if (!apiKey) fail('--url needs the ops API key in SME_OPS_API_KEY (or --key)');
    return { baseUrl: values.url.replace(/\/$/, ''), apiKey: apiKey ?? '' };
  }
  const stateFile = join(import.meta.dirname, '..', '..', '..', '..', '.local', 'stack.json');
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as {
      baseUrl: string;
      clients: Record<string, { apiKey: string }>;
    };
    return {
      baseUrl: state.baseUrl,
      apiKey: apiKey ?? (asOffice ? state.clients.coordinator?.apiKey : state.clients.ops?.apiKey) ?? '',
    };
  } catch {
    return fail('No local stack state (.local/stack.json): start it with ./dev start, or pass --url');
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

interface Answer {
  status: number;
  ok: boolean;
  body: unknown;
}

/** One request; a network failure (not an HTTP error) is retried up to 3 times with the same headers. */
async function request(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const { baseUrl, apiKey } = target();
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          'x-api-key': apiKey,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, ok: response.ok, body: text ? JSON.parse(text) : undefined };
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const answer = await request(method, path, body, headers);
  if (!answer.ok) refuse(answer);
  return answer.body;
}

/** Prints a refused answer's problem (title, detail, each field) and exits 1. */
function refuse(answer: Answer): never {
  const problem = answer.body as
    | { detail?: string; title?: string; errors?: { path: string; message: string }[] }
    | undefined;
  console.error(
    `${answer.status} ${problem?.title ?? ''}: ${problem?.detail ?? JSON.stringify(answer.body)}`,
  );
  for (const e of problem?.errors ?? []) console.error(`  ${e.path}: ${e.message}`);
  process.exit(1);
}

interface CalendarStatus {
  years: { year: string; source: string; holidays: string[]; makeUpWorkdays: string[]; loadedAt?: string }[];
  warning: boolean;
  message: string;
}

function printStatus(status: CalendarStatus): void {
  for (const y of status.years) {
    const when = y.loadedAt ? ` at ${y.loadedAt}` : '';
    console.log(
      `  ${y.year}  ${String(y.holidays.length).padStart(2)} holidays  ${y.makeUpWorkdays.length} make-up days  (${y.source}${when})`,
    );
  }
  console.log(`${status.warning ? 'WARNING: ' : ''}${status.message}`);
}

interface KeyVersions {
  current: string;
  versions: {
    keyVersion: string;
    current: boolean;
    live: boolean;
    listed: number;
    reported: number;
    identifiers: number;
  }[];
  retirable: string[];
  pendingRekeyHints: number;
}

const [group, action, ...rest] = positionals;
if (group === 'calendar' && action === 'status') {
  printStatus((await call('GET', '/v1/holiday-calendar')) as CalendarStatus);
} else if (group === 'calendar' && action === 'load') {
  const [year, file] = rest;
  if (!year || !file) fail('usage: ./dev ops calendar load <year> <file.json>');
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const status = (await call('PUT', `/v1/holiday-calendar/${year}`, body)) as CalendarStatus;
  console.log(`Loaded ${year}.`);
  printStatus(status);
} else if (group === 'blacklist' && action === 'key-versions') {
  const report = (await call('GET', '/v1/blacklist/key-versions')) as KeyVersions;
  for (const v of report.versions) {
    const role = v.current ? 'current' : v.live ? 'older, live' : 'RETIRED';
    console.log(
      `  ${v.keyVersion.padEnd(4)} ${role.padEnd(12)} ${String(v.listed).padStart(7)} listed  ${String(v.reported).padStart(5)} reported  ${String(v.identifiers).padStart(8)} identifiers`,
    );
  }
  if (report.pendingRekeyHints > 0)
    console.log(`${report.pendingRekeyHints} report(s) still to be applied by the next screening.`);
  console.log(
    report.retirable.length > 0
      ? `Can be retired (no entry holds them): ${report.retirable.join(', ')}`
      : 'No older key version can be retired yet.',
  );
} else if (group === 'policy' && action === 'show') {
  const policy = (await call('GET', '/v1/subsidy-policy')) as SubsidyPolicyView;
  for (const p of [...policy.programs].sort(
    (a, b) => a.program.localeCompare(b.program) || a.effectiveFrom.localeCompare(b.effectiveFrom),
  ))
    console.log(`  ${p.program.padEnd(22)} ${p.id.padEnd(34)} ${p.effectiveFrom} … ${p.effectiveTo ?? ''}`);
  const months = Object.keys(policy.lpr.oneYear).sort();
  const last = months.at(-1);
  if (last)
    console.log(`  LPR from ${last}: 1Y ${policy.lpr.oneYear[last]}, 5Y ${policy.lpr.fiveYear[last]}`);
  console.log(`${policy.publications.length} publication(s) since the city file:`);
  for (const p of policy.publications)
    console.log(
      `  ${p.publishedAt}  ${p.publishedBy.orgId}  ${p.kind === 'lpr' ? `LPR ${p.quote?.month}` : `${p.version?.id} from ${p.version?.effectiveFrom}`}`,
    );
} else if (group === 'policy' && action === 'publish') {
  const [file] = rest;
  if (!file) fail('usage: ./dev ops policy publish <version.json>');
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const published = (await call('POST', '/v1/subsidy-policy/program-versions', body)) as {
    version: { id: string; program: string; effectiveFrom: string };
  };
  console.log(
    `Published ${published.version.id} (${published.version.program}), in force from ${published.version.effectiveFrom}.`,
  );
} else if (group === 'policy' && action === 'lpr') {
  const [month, oneYear, fiveYear] = rest;
  if (!month || !oneYear || !fiveYear)
    fail('usage: ./dev ops policy lpr <month> <oneYear> <fiveYear>   e.g. 2027-01 0.03 0.035');
  await call('PUT', `/v1/subsidy-policy/lpr/${month}`, { oneYear, fiveYear });
  console.log(`Published the LPR of ${month}: 1Y ${oneYear}, 5Y ${fiveYear}.`);
} else if (group === 'blacklist' && action === 'rotate-key') {
  const secret = identifierKeySecret();
  const { secret: next, version } = addKeyVersion(await secret.read(), randomBytes(48).toString('base64url'));
  await secret.write(next);
  console.log(`Key version ${version} is current (${secret.where}); the older versions stay live.`);
  console.log(
    'Running processes pick it up within 5 minutes deployed (a second locally). New entries are hashed under it;',
  );
  console.log(
    'older entries move to it as their identifiers are presented again. Watch: ./dev ops blacklist key-versions',
  );
} else if (group === 'blacklist' && action === 'retire-key') {
  const [version] = rest;
  if (!version) fail('usage: ./dev ops blacklist retire-key <kN> [--force]');
  if (!values.force) {
    const report = (await call('GET', '/v1/blacklist/key-versions')) as KeyVersions;
    if (!report.retirable.includes(version)) {
      const held = report.versions.find((v) => v.keyVersion === version);
      fail(
        `${version} still holds ${held?.listed ?? 0} listed and ${held?.reported ?? 0} reported entries: retiring it stops their ID numbers, phones and accounts matching. Wait, or pass --force (a decision; see docs/operations.md).`,
      );
    }
  }
  const secret = identifierKeySecret();
  await secret.write(removeKeyVersion(await secret.read(), version));
  console.log(`Key version ${version} is retired (${secret.where}): hashes made with it no longer match.`);
} else if (group === 'ledger' && action === 'load') {
  await loadLedger(rest[0]);
} else if (group === 'ledger' && action === 'overdue') {
  const query = values.until ? `?asOf=${encodeURIComponent(values.until)}` : '';
  const list = (await call('GET', `/v1/policy-tasks/overdue${query}`)) as {
    asOf: string;
    items: { period: string; measureId: string; orgId: string; daysLate?: number; mainTask: string }[];
  };
  for (const o of list.items)
    console.log(
      `  ${o.period}  ${o.measureId.padEnd(6)} ${o.orgId.padEnd(16)} ${String(o.daysLate ?? 0).padStart(3)} days  ${o.mainTask.slice(0, 30)}`,
    );
  console.log(`${list.items.length} report(s) overdue as of ${list.asOf}.`);
} else if (group === 'dlq' && (action === 'status' || action === 'redrive')) {
  await deadLetters(action);
} else if (group === 'deliveries' && action === 'replay') {
  await replayDeliveries();
} else if (group === 'webhook' && action === 'rotate') {
  const [bankId] = rest;
  if (!bankId) fail('usage: ./dev ops webhook rotate <bankId> [--idempotency-key K]');
  // The key makes the rotation safe to retry: the same key answers the same secret, rotating once.
  const key = values['idempotency-key'] ?? randomUUID();
  if (!values['idempotency-key'])
    console.error(`Idempotency-Key ${key} (if this fails, run again with --idempotency-key ${key})`);
  const rotated = (await call('POST', `/v1/webhook-endpoints/${bankId}/secret-rotations`, undefined, {
    'idempotency-key': key,
  })) as { secret: string; previousValidUntil?: string };
  console.log(`New signing secret for ${bankId} (shown once; give it to the bank over a secure channel):`);
  console.log(rotated.secret);
  if (rotated.previousValidUntil)
    console.log(`The previous secret stays valid until ${rotated.previousValidUntil}.`);
} else {
  fail(
    [
      'usage: ./dev ops calendar status | calendar load <year> <file.json> | blacklist key-versions',
      '     | deliveries replay [--bank B] [--type T] [--since D] [--until D] [--status parked|endpoint-disabled] [--dry-run]',
      '     | webhook rotate <bankId> [--idempotency-key K]',
      '     | policy show | policy publish <version.json> | policy lpr <month> <oneYear> <fiveYear>',
      '     | blacklist rotate-key | blacklist retire-key <kN> [--force]   (--aws --city C [--region R] for a deployed city)',
      '     | dlq status | dlq redrive [--queue <name>]   (--aws --city C [--region R] for a deployed city)',
      '     | ledger load [cities/<city>.policy-tasks.json] | ledger overdue [--until YYYY-MM-DD]   (as the office: SME_OFFICE_API_KEY)',
      '       (any of them with --url URL for a deployed city)',
    ].join('\n'),
  );
}

/**
 * The blacklist's identifier keyring secret: deployed (`--aws`), the city's Secrets Manager secret
 * `<city>/blacklist-identifier-key` through the caller's AWS credentials (CloudTrail records who); locally,
 * the file the local stack reads it from (`secretFiles` in .local/stack.json, or `--secret-file`).
 * The key material is never printed.
 */
function identifierKeySecret(): {
  read(): Promise<string>;
  write(value: string): Promise<void>;
  where: string;
} {
  const logical = 'blacklist-identifier-key';
  if (values.aws) {
    if (!values.city) fail('--aws needs --city <id> (the secret is <city>/blacklist-identifier-key)');
    const client = new SecretsManagerClient(values.region ? { region: values.region } : {});
    const secretId = `${values.city}/${logical}`;
    return {
      where: `Secrets Manager ${secretId}`,
      read: async () =>
        (await client.send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString ?? '',
      write: async (value) => {
        await client.send(new PutSecretValueCommand({ SecretId: secretId, SecretString: value }));
      },
    };
  }
  let file = values['secret-file'];
  if (!file) {
    const stateFile = join(import.meta.dirname, '..', '..', '..', '..', '.local', 'stack.json');
    try {
      file = (JSON.parse(readFileSync(stateFile, 'utf8')) as { secretFiles?: Record<string, string> })
        .secretFiles?.[logical];
    } catch {
      // reported below
    }
  }
  if (!file)
    fail(
      'No local secret file: start the stack with ./dev start, pass --secret-file, or --aws for a deployed city',
    );
  const path = file;
  return {
    where: path,
    read: async () => readFileSync(path, 'utf8').trim(),
    write: async (value) => {
      // Write then rename: a reader never sees half a keyring.
      const temporary = `${path}.next`;
      writeFileSync(temporary, `${value}\n`, { mode: 0o600 });
      renameSync(temporary, path);
    },
  };
}

interface SubsidyPolicyView {
  programs: { program: string; id: string; effectiveFrom: string; effectiveTo?: string }[];
  lpr: { oneYear: Record<string, string>; fiveYear: Record<string, string> };
  publications: {
    kind: 'program-version' | 'lpr';
    publishedAt: string;
    publishedBy: { orgId: string };
    version?: { id: string; effectiveFrom: string };
    quote?: { month: string };
  }[];
}

interface DeliveryRow {
  deliveryId: string;
  bankId: string;
  type: string;
  status: string;
  round: number;
  createdAt: string;
}

/**
 * Every delivery in `--status` (parked by default) that matches the filters, replayed through the API one
 * by one (each audited as ops), four at a time. The Idempotency-Key is the delivery and its round, so a
 * re-run after an interruption replays nothing twice.
 */
async function replayDeliveries(): Promise<void> {
  const status = values.status ?? 'parked';
  if (!['parked', 'endpoint-disabled'].includes(status)) fail('--status is parked or endpoint-disabled');
  for (const [name, value] of [
    ['--since', values.since],
    ['--until', values.until],
  ] as const)
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(`${name} is a date, YYYY-MM-DD`);
  const chosen: DeliveryRow[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({
      status,
      limit: '100',
      ...(values.bank ? { bankId: values.bank } : {}),
    });
    if (cursor) query.set('cursor', cursor);
    const page = (await call('GET', `/v1/deliveries?${query}`)) as {
      items: DeliveryRow[];
      nextCursor?: string;
    };
    // The notice's day in China (UTC+8), as the office reads dates.
    const day = (at: string) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
    chosen.push(
      ...page.items.filter(
        (d) =>
          (!values.type || d.type === values.type) &&
          (!values.since || day(d.createdAt) >= values.since) &&
          (!values.until || day(d.createdAt) <= values.until),
      ),
    );
    cursor = page.nextCursor;
  } while (cursor);
  console.log(`${chosen.length} ${status} deliveries match.`);
  if (values['dry-run']) {
    for (const d of chosen) console.log(`  ${d.deliveryId}  ${d.bankId}  ${d.type}  ${d.createdAt}`);
    return;
  }
  const outcomes = { replayed: 0, refused: 0 };
  let next = 0;
  const worker = async () => {
    for (let d = chosen[next++]; d; d = chosen[next++]) {
      const answer = await request('POST', `/v1/deliveries/${d.deliveryId}/replay`, undefined, {
        'idempotency-key': `replay:${d.deliveryId}:${d.round}`,
      });
      if (answer.ok) outcomes.replayed += 1;
      else {
        outcomes.refused += 1;
        const problem = answer.body as { detail?: string } | undefined;
        console.error(`  ${d.deliveryId}: ${answer.status} ${problem?.detail ?? ''}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  console.log(`Replayed ${outcomes.replayed}; refused ${outcomes.refused}.`);
  if (outcomes.refused > 0) process.exitCode = 1;
}

/**
 * The city's dead-letter queues (SQS directly: deployed through the caller's AWS credentials, which
 * CloudTrail records; locally the emulator in .local/stack.json). `redrive` puts a queue DLQ's
 * messages back on its source queue — deployed with SQS's own message move task — once the cause is
 * fixed (docs/runbook.md). Stream functions' failure queues are listed, not moved.
 */
async function deadLetters(action: 'status' | 'redrive'): Promise<void> {
  let city = values.city;
  let sqs: SQSClient;
  if (values.aws) {
    if (!city) fail('--aws needs --city <id> (its queues are <city>-…)');
    sqs = new SQSClient(values.region ? { region: values.region } : {});
  } else {
    let endpoint = values.sqs;
    if (!endpoint) {
      const stateFile = join(import.meta.dirname, '..', '..', '..', '..', '.local', 'stack.json');
      try {
        const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { city: string; sqsEndpoint: string };
        endpoint = state.sqsEndpoint;
        city ??= state.city;
      } catch {
        return fail('No local stack state (.local/stack.json): start it with ./dev start, or pass --aws');
      }
    }
    if (!city) fail('--sqs needs --city <id>');
    sqs = new SQSClient({
      endpoint,
      region: 'cn-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  }
  try {
    const queues = (await deadLetterQueues(sqs, city ?? '')).filter(
      (q) => values.queue === undefined || q.name === values.queue || q.source?.name === values.queue,
    );
    if (values.queue && queues.length === 0) fail(`No dead-letter queue ${values.queue} in ${city}`);
    const holding = queues.filter((q) => q.messages > 0);
    if (action === 'status') {
      for (const q of holding) {
        const task = values.aws ? await lastMoveTask(sqs, q) : undefined;
        console.log(
          `  ${q.name.padEnd(48)} ${String(q.messages).padStart(6)}  ${q.source ? `→ ${q.source.name}` : '(stream failures: see docs/runbook.md)'}${task ? `  last redrive ${task.Status}` : ''}`,
        );
      }
      console.log(
        holding.length === 0
          ? `All ${queues.length} dead-letter queues of ${city} are empty.`
          : `${holding.length} of ${queues.length} dead-letter queues hold messages.`,
      );
      return;
    }
    let moved = 0;
    for (const q of holding) {
      if (!q.source) {
        console.log(`  ${q.name}: stream failures, not moved (see docs/runbook.md)`);
        continue;
      }
      if (values.aws) {
        await startMoveTask(sqs, q);
        console.log(`  ${q.name}: redrive of ~${q.messages} started → ${q.source.name}`);
      } else {
        const n = await redriveLocally(sqs, q);
        moved += n;
        console.log(`  ${q.name}: ${n} moved → ${q.source.name}`);
      }
    }
    if (!values.aws) console.log(`${moved} message(s) moved back to their queues.`);
  } finally {
    sqs.destroy();
  }
}

/**
 * The city's policy task ledger file (cities/<city>.policy-tasks.json beside the city file; default: the local
 * stack's city) loaded as the office: a new version when it changed, audited; the same file again changes nothing.
 */
async function loadLedger(file: string | undefined): Promise<void> {
  let path = file;
  if (!path) {
    const stateFile = join(import.meta.dirname, '..', '..', '..', '..', '.local', 'stack.json');
    try {
      const { city } = JSON.parse(readFileSync(stateFile, 'utf8')) as { city: string };
      path = join(import.meta.dirname, '..', '..', '..', '..', 'cities', `${city}.policy-tasks.json`);
    } catch {
      fail('usage: ./dev ops ledger load <cities/<city>.policy-tasks.json>');
    }
  }
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(path ?? '', 'utf8'));
  } catch (error) {
    fail(`Cannot read ${path}: ${(error as Error).message}`);
  }
  const answer = await request('PUT', '/v1/policy-tasks/ledger', body);
  if (!answer.ok) refuse(answer);
  const ledger = answer.body as { version: number; measures: unknown[]; reporting: { startsOn: string } };
  console.log(
    answer.status === 201
      ? `Loaded ledger version ${ledger.version}: ${ledger.measures.length} measures, reports owed from ${ledger.reporting.startsOn}.`
      : `The ledger is unchanged (version ${ledger.version}).`,
  );
}
