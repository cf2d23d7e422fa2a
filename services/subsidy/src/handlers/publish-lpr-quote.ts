import { shanghaiDate } from '@sme/kernel';
import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { publishPolicyItem } from '../use-cases/publish-policy.ts';
import { forgetPolicy, policyStore } from './composition.ts';

/** PUT /v1/subsidy-policy/lpr/{month}: the month's LPR quotes, in force from that month. */
export const publishLprQuote: RouteFunction<typeof routes.publishLprQuote> = async (request) => {
  const now = new Date();
  const city = cityConfig();
  const { clientId, orgId } = request.principal;
  const item = await publishPolicyItem(
    {
      kind: 'lpr',
      quote: { month: request.params.month, ...request.body },
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

export const handler = httpHandler(routes.publishLprQuote, publishLprQuote);
