import { shanghaiDate } from '@sme/kernel';
import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { publishPolicyItem } from '../use-cases/publish-policy.ts';
import { forgetPolicy, policyStore } from './composition.ts';

/** POST /v1/subsidy-policy/program-versions: a program version in force from its date, without a release. */
export const publishProgramVersion: RouteFunction<typeof routes.publishProgramVersion> = async (request) => {
  const now = new Date();
  const city = cityConfig();
  const { clientId, orgId } = request.principal;
  const item = await publishPolicyItem(
    {
      kind: 'program-version',
      version: request.body,
      publishedAt: now.toISOString(),
      publishedBy: { clientId, orgId },
    },
    {
      city: city.id,
      section: city.subsidy,
      today: shanghaiDate(now),
      requestId: request.requestId,
      principal: request.principal,
    },
    policyStore(),
  );
  forgetPolicy();
  return { status: 201, body: item };
};

export const handler = httpHandler(routes.publishProgramVersion, publishProgramVersion);
