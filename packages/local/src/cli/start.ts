import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CityConfigError, loadCityConfig } from '@sme/kernel';
import { type DemoPush, seedClients, seedDemoPush, seedEnterprises } from '../seed.ts';
import { startLocalStack } from '../stack.ts';

/**
 * `./dev start [--city linshan] [--port 3000] [--fresh]`: boots the local city stack with demo data,
 * prints the URLs and demo credentials, writes them to .local/stack.json, and stops everything on
 * Ctrl-C. The data is kept in .local/data/<city>/ (DynamoDB Local and the SQS emulator) and the next
 * start carries on with it: tables, items, streams, where each stream consumer got to, queued messages.
 * `--fresh` deletes it first.
 */
const { values } = parseArgs({
  options: {
    city: { type: 'string', default: 'linshan' },
    port: { type: 'string', default: '3000' },
    'dynamo-port': { type: 'string', default: '0' },
    'sqs-port': { type: 'string', default: '0' },
    /** The local OpenID provider's port; default the API's + 1 (3001), so its URL is the same every start. */
    'oidc-port': { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});

const began = performance.now();
let city: ReturnType<typeof loadCityConfig>;
try {
  city = loadCityConfig(values.city);
} catch (error) {
  if (error instanceof CityConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const root = join(import.meta.dirname, '..', '..', '..', '..');
const stateFile = join(root, '.local', 'stack.json');
// One data directory per city: `--city` another city starts on its own data.
const dataDir = join(root, '.local', 'data', city.id);
if (values.fresh) rmSync(dataDir, { recursive: true, force: true });
const keptData = existsSync(dataDir);
const kept = readKeptState(keptData ? stateFile : undefined, city.id);

// The console (/console) is served from packages/console/dist: build it when its sources changed.
execFileSync(process.execPath, [join(root, 'packages', 'console', 'scripts', 'ensure-built.ts')], {
  stdio: 'inherit',
});

let stack: Awaited<ReturnType<typeof startLocalStack>>;
try {
  stack = await startLocalStack({
    city,
    dataDir,
    port: Number(values.port),
    dynamoPort: Number(values['dynamo-port']),
    sqsPort: Number(values['sqs-port']),
    announceWebhooks: true,
    oidc: {
      port:
        values['oidc-port'] !== undefined
          ? Number(values['oidc-port'])
          : Number(values.port)
            ? Number(values.port) + 1
            : 0,
      ...(kept.people ? { passwords: kept.people } : {}),
    },
  });
} catch (error) {
  console.error(`Could not start the local stack: ${(error as Error).message}`);
  process.exit(1);
}

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the local stack…`);
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const clients = await seedClients(city, kept.clients);
const agency = clients.agency;
const enterprises = agency ? await seedEnterprises(stack.baseUrl, agency.apiKey, city) : [];
let demoPush: DemoPush | undefined;
try {
  demoPush = await seedDemoPush({
    baseUrl: stack.baseUrl,
    city,
    clients,
    idle: () => stack.idle(),
    ...(kept.demoPush ? { kept: kept.demoPush } : {}),
  });
} catch (error) {
  console.error(`(no demo push: ${(error as Error).message})`);
}
mkdirSync(join(root, '.local'), { recursive: true });
const state = {
  city: city.id,
  baseUrl: stack.baseUrl,
  docsUrl: `${stack.baseUrl}/docs`,
  consoleUrl: `${stack.baseUrl}/console`,
  openApiUrl: `${stack.baseUrl}/openapi.json`,
  dynamodbEndpoint: stack.dynamoEndpoint,
  sqsEndpoint: stack.sqsEndpoint,
  bankQueues: stack.bankQueues,
  secretFiles: stack.secretFiles,
  clients: Object.fromEntries(
    Object.entries(clients).map(([role, c]) => [
      role,
      { apiKey: c.apiKey, orgId: c.orgId, clientId: c.clientId },
    ]),
  ),
  oidcIssuer: stack.oidc?.issuer,
  people: Object.fromEntries(
    (stack.oidc?.people ?? []).map((p) => [
      p.username,
      { password: p.password, name: p.name, orgId: p.orgId, role: p.role },
    ]),
  ),
  demoEnterprises: enterprises,
  ...(demoPush ? { demoPush } : {}),
};
writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });

const calendarWarning = await holidayCalendarWarning(stack.baseUrl, clients.ops?.apiKey);
const seconds = ((performance.now() - began) / 1000).toFixed(1);
console.log(`
SME financing platform — ${city.name} — ready in ${seconds} s

  API       ${stack.baseUrl}
  Docs      ${state.docsUrl}
  Console   ${state.consoleUrl}  (控制台: 统一身份认证登录 as a person below, or a demo key)
  Sign-in   ${stack.oidc?.issuer ?? '(none)'}  (local OpenID Connect provider)
  OpenAPI   ${state.openApiUrl}
  DynamoDB  ${stack.dynamoEndpoint}   SQS ${stack.sqsEndpoint}
  Data      ${dataDir}  (${keptData ? 'kept from the last start' : 'new'}; --fresh starts empty)

Bank channels (pushes, outcome notices, blacklist notices):
${stack.city.banks
  .map((b) =>
    b.delivery.kind === 'sqs'
      ? `  ${b.id.padEnd(16)} SQS      ${stack.bankQueues[b.id]}`
      : `  ${b.id.padEnd(16)} webhook  ${b.delivery.url}  (demo receiver, verifies signatures)`,
  )
  .join('\n')}

People (the console's sign-in; user name, password, organisation), also in .local/stack.json:
${(stack.oidc?.people ?? [])
  .map((p) => `  ${p.username.padEnd(12)} ${p.password.padEnd(16)} ${p.orgId.padEnd(16)} ${p.name}`)
  .join('\n')}

Demo credentials (x-api-key), also in .local/stack.json:
${Object.entries(clients)
  .map(([label, c]) => `  ${label.padEnd(12)} ${c.orgId.padEnd(16)} ${c.apiKey}`)
  .join('\n')}

Try:
  curl -s -H "x-api-key: ${agency?.apiKey}" ${stack.baseUrl}/v1/enterprises/${enterprises[0] ?? ''}
${demoPushHint(demoPush, clients.bank)}
Ctrl-C stops everything.`);
if (calendarWarning) console.log(`\n${calendarWarning}`);

/**
 * The previous start's demo clients and push, when its data directory is kept and stack.json is of this
 * city: the seed reuses them instead of piling up new ones.
 */
function readKeptState(
  file: string | undefined,
  cityId: string,
): {
  clients?: Record<string, { apiKey: string; clientId?: string }>;
  demoPush?: DemoPush;
  people?: Record<string, string>;
} {
  if (!file || !existsSync(file)) return {};
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as {
      city?: string;
      clients?: Record<string, { apiKey: string; clientId?: string }>;
      demoPush?: DemoPush;
      people?: Record<string, { password: string }>;
    };
    if (state.city !== cityId) return {};
    return {
      ...(state.clients ? { clients: state.clients } : {}),
      ...(state.people
        ? { people: Object.fromEntries(Object.entries(state.people).map(([u, p]) => [u, p.password])) }
        : {}),
      ...(state.demoPush ? { demoPush: state.demoPush } : {}),
    };
  } catch {
    return {};
  }
}

/** How the demo bank reads the push the seed made for it. */
function demoPushHint(
  push: DemoPush | undefined,
  bank: { apiKey: string; orgId: string } | undefined,
): string {
  const pushId = bank ? push?.pushes[bank.orgId] : undefined;
  if (!pushId || !bank) return '';
  return `
As the demo bank (${bank.orgId}), a push is waiting — the inbox, then its card:
  curl -s -H "x-api-key: ${bank.apiKey}" ${stack.baseUrl}/v1/bank/pushes
  curl -s -H "x-api-key: ${bank.apiKey}" "${stack.baseUrl}/v1/bank/pushes/${pushId}/card?purpose=contact-enterprise"
`;
}

/** The calendar as the API reports it (the city file's years and any loaded since), when it needs a year soon. */
async function holidayCalendarWarning(
  baseUrl: string,
  opsKey: string | undefined,
): Promise<string | undefined> {
  if (!opsKey) return undefined;
  const response = await fetch(`${baseUrl}/v1/holiday-calendar`, { headers: { 'x-api-key': opsKey } });
  if (!response.ok) return `WARNING: could not read the holiday calendar (${response.status})`;
  const status = (await response.json()) as { warning: boolean; message: string };
  return status.warning
    ? `WARNING: ${status.message}.\n  Load it with: ./dev ops calendar load <year> <notice.json>   (see docs/operations.md)`
    : undefined;
}
