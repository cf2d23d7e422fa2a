import { randomBytes } from 'node:crypto';
import { type CityConfig, organisations, type Role, ValidationError } from '@sme/kernel';
import type { ApiClient } from '../domain/api-client.ts';
import { hashApiKey, newApiKey } from '../domain/api-key.ts';
import type { ApiClientStore } from './ports.ts';

/**
 * Creates an API client for an organisation of the city. The role follows from the organisation
 * (a bank's client is a bank), except `ops`, which belongs to the team running the stack.
 * Returns the key once; only its hash is kept.
 */
export async function createApiClient(
  store: Pick<ApiClientStore, 'create'>,
  city: CityConfig,
  args: { orgId: string; name: string; role?: Role; now: string; requestsPerMinute?: number },
): Promise<{ client: ApiClient; apiKey: string }> {
  const org = organisations(city).find((o) => o.id === args.orgId);
  let role: Role;
  if (args.role === 'ops') role = 'ops';
  else if (org) {
    if (args.role && args.role !== org.role) {
      throw new ValidationError(`Organisation ${args.orgId} is a ${org.role}, not a ${args.role}`, [
        { path: 'role', message: `must be ${org.role}` },
      ]);
    }
    role = org.role;
  } else {
    throw new ValidationError(`Unknown organisation ${args.orgId} in city ${city.id}`, [
      { path: 'orgId', message: 'not in the city config' },
    ]);
  }
  if (
    args.requestsPerMinute !== undefined &&
    !(Number.isInteger(args.requestsPerMinute) && args.requestsPerMinute >= 1)
  )
    throw new ValidationError('requestsPerMinute must be a whole number ≥ 1', [
      { path: 'requestsPerMinute', message: 'a whole number ≥ 1' },
    ]);
  const apiKey = newApiKey(city.id);
  const client: ApiClient = {
    clientId: `cl_${randomBytes(8).toString('hex')}`,
    name: args.name,
    role,
    orgId: args.orgId,
    createdAt: args.now,
    ...(args.requestsPerMinute !== undefined ? { requestsPerMinute: args.requestsPerMinute } : {}),
  };
  await store.create(client, hashApiKey(apiKey));
  return { client, apiKey };
}
