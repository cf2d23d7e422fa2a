import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
import { loadCityConfig, type Role, roles } from '@sme/kernel';
import { appendAudit, documentClient, envNames, physicalName } from '@sme/runtime';

/**
 * Ops command for API clients:
 *   ./dev clients create --org <orgId> --name <text> [--role ops] [--requests-per-minute <n>]
 *   ./dev clients list
 *   ./dev clients revoke <clientId>
 * Against the running local stack by default (.local/stack.json); with --aws it uses the AWS
 * credentials of the shell and the deployed table `<city>-api-clients`.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    city: { type: 'string', default: 'linshan' },
    org: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    'requests-per-minute': { type: 'string' },
    aws: { type: 'boolean', default: false },
  },
});

const city = loadCityConfig(values.city);
if (!values.aws) {
  const stateFile = join(import.meta.dirname, '..', '..', '..', '..', '.local', 'stack.json');
  let state: { dynamodbEndpoint: string; city: string };
  try {
    state = JSON.parse(readFileSync(stateFile, 'utf8'));
  } catch {
    console.error('No local stack state (.local/stack.json): start it with ./dev start, or pass --aws');
    process.exit(1);
  }
  Object.assign(process.env, {
    [envNames.dynamoEndpoint]: state.dynamodbEndpoint,
    AWS_REGION: 'cn-north-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  });
}
process.env[envNames.table('audit')] = physicalName.table(city.id, 'audit');
const store = new DynamoDbApiClientStore(documentClient(), physicalName.table(city.id, 'api-clients'));
const [command, arg] = positionals;
const now = new Date().toISOString();
/** Changes to API clients are audited like any write; the principal is the operator's OS account. */
const operator = { clientId: `cli:${process.env.USER ?? 'unknown'}`, orgId: 'ops', role: 'ops' };
const audit = (action: string, clientId: string, detail: Record<string, unknown>) =>
  appendAudit({
    subjectType: 'api-client',
    subjectId: clientId,
    action,
    principal: operator,
    at: now,
    discriminator: action,
    detail,
  });

switch (command) {
  case 'create': {
    if (!values.org || !values.name) {
      console.error('usage: clients create --org <orgId> --name <text> [--role ops]');
      process.exit(2);
    }
    const role = values.role === undefined ? undefined : roles.find((r) => r === values.role);
    if (values.role !== undefined && !role) {
      console.error(`--role must be one of ${roles.join(', ')}`);
      process.exit(2);
    }
    const { client, apiKey } = await createApiClient(store, city, {
      orgId: values.org,
      name: values.name,
      now,
      ...(role ? { role: role as Role } : {}),
      ...(values['requests-per-minute'] ? { requestsPerMinute: Number(values['requests-per-minute']) } : {}),
    });
    await audit('api-client.created', client.clientId, {
      orgId: client.orgId,
      role: client.role,
      name: client.name,
      ...(client.requestsPerMinute ? { requestsPerMinute: client.requestsPerMinute } : {}),
    });
    console.log(JSON.stringify({ ...client, apiKey }, null, 2));
    console.error('The key is shown once; only its hash is stored.');
    break;
  }
  case 'list':
    console.table((await store.list()).map((c) => ({ ...c, revokedAt: c.revokedAt ?? '' })));
    break;
  case 'revoke':
    if (!arg) {
      console.error('usage: clients revoke <clientId>');
      process.exit(2);
    }
    {
      const revoked = await store.revoke(arg, now);
      await audit('api-client.revoked', revoked.clientId, { orgId: revoked.orgId });
      console.log(JSON.stringify(revoked, null, 2));
    }
    break;
  default:
    console.error('usage: clients create|list|revoke …');
    process.exit(2);
}
