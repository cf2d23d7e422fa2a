import { ConcurrentModificationError } from '@sme/kernel';
import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { registryConfig } from '../config.ts';
import { routes } from '../contracts.ts';
import { decideUpsert } from '../domain/enterprise.ts';
import { enterpriseRepository } from './composition.ts';
import { enterpriseHeaders, publicView } from './views.ts';

/** PUT /v1/enterprises/{uscc}: register or update; If-Match makes it a conditional update. */
export const upsertEnterprise: RouteFunction<typeof routes.upsertEnterprise> = async (request) => {
  const { uscc } = request.params;
  const existing = await enterpriseRepository().get(uscc, true);
  if (request.ifMatch !== undefined && existing?.version !== request.ifMatch) {
    throw new ConcurrentModificationError(
      existing
        ? `If-Match "${request.ifMatch}" is stale; the current version is "${existing.version}"`
        : `If-Match given but enterprise ${uscc} does not exist`,
      { currentVersion: existing?.version ?? null },
    );
  }
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
      ...enterpriseHeaders(decision.enterprise),
      ...(decision.kind === 'registered' ? { location: `/v1/enterprises/${uscc}` } : {}),
    },
    body: publicView(decision.enterprise),
  };
};

export const handler = httpHandler(routes.upsertEnterprise, upsertEnterprise);
