import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Ops commands that go through the platform's API, so they work the same on the local stack and a
 * deployed one and are audited as the ops principal:
 *   ./dev ops calendar status
 *   ./dev ops calendar load <year> <file.json>
 *   ./dev ops blacklist key-versions
 * The file is one year of the State Council's notice: { holidays, makeUpWorkdays, notice }.
 * Local stack by default (.local/stack.json: its URL and ops key); for a deployed city pass
 * --url https://<api> and the ops key in SME_OPS_API_KEY.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' }, key: { type: 'string' } },
});

function target(): { baseUrl: string; apiKey: string } {
  const apiKey = values.key ?? process.env.SME_OPS_API_KEY;
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
    return { baseUrl: state.baseUrl, apiKey: apiKey ?? state.clients.ops?.apiKey ?? '' };
  } catch {
    return fail('No local stack state (.local/stack.json): start it with ./dev start, or pass --url');
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const { baseUrl, apiKey } = target();
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'x-api-key': apiKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = parsed as {
      detail?: string;
      title?: string;
      errors?: { path: string; message: string }[];
    };
    console.error(`${response.status} ${problem?.title ?? ''}: ${problem?.detail ?? text}`);
    for (const e of problem?.errors ?? []) console.error(`  ${e.path}: ${e.message}`);
    process.exit(1);
  }
  return parsed;
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
} else {
  fail(
    'usage: ./dev ops calendar status | ./dev ops calendar load <year> <file.json> | ./dev ops blacklist key-versions [--url URL]',
  );
}
