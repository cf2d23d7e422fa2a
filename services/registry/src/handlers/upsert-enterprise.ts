import { ConcurrentModificationError } from '@sme/kernel';
import { checkIfMatch, cityConfig, httpHandler, type RouteFunction, versionHeaders } from '@sme/runtime';
import { registryConfig } from '../config.ts';
import { routes } from '../contracts.ts';
import { decideUpsert } from '../domain/enterprise.ts';
import { enterpriseRepository } from './composition.ts';
import { publicView } from './views.ts';

/** PUT /v1/enterprises/{uscc}: register or update; If-Match makes it a conditional update. */
export const upsertEnterprise: RouteFunction<typeof routes.upsertEnterprise> = async (request) => {
  const { uscc } = request.params;
  const existing = await enterpriseRepository().get(uscc, true);
  // If-Match on an enterprise not yet registered is a 412 too (RFC 9110 §13.1.1: no current representation).
  if (request.ifMatch !== undefined && !existing) {
    throw new ConcurrentModificationError(`If-Match given but enterprise ${uscc} does not exist`, {
      currentVersion: null,
    });
  }
  if (existing) checkIfMatch(request.ifMatch, existing, `enterprise ${uscc}`);
  const decision = decideUpsert({
    uscc,
    input: request.body,
    existing,
    city: cityConfig(),
    principal: request.principal,
    origin: { requestId: request.requestId },
    now: new Date().toISOString(),
    writers: registryConfig(cityConfig()).writers,
  });
  if (decision.kind !== 'unchanged')
    await enterpriseRepository().save(decision.enterprise, existing?.version);
  return {
    status: decision.kind === 'registered' ? 201 : 200,
    headers: {
      ...versionHeaders(decision.enterprise),
      ...(decision.kind === 'registered' ? { location: `/v1/enterprises/${uscc}` } : {}),
    },
    body: publicView(decision.enterprise),
  };
};

export const handler = httpHandler(routes.upsertEnterprise, upsertEnterprise);
