import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { mergePublished } from '../domain/published-policy.ts';
import { policyStore } from './composition.ts';

/** GET /v1/subsidy-policy: the policy in force in its JSON form, and who published what when. */
export const getSubsidyPolicy: RouteFunction<typeof routes.getSubsidyPolicy> = async () => {
  const publications = await policyStore().list();
  const merged = mergePublished(cityConfig().subsidy, publications);
  return {
    status: 200,
    body: {
      programs: merged.programs ?? [],
      lpr: { oneYear: merged.lpr?.oneYear ?? {}, fiveYear: merged.lpr?.fiveYear ?? {} },
      publications,
    },
  };
};

export const handler = httpHandler(routes.getSubsidyPolicy, getSubsidyPolicy);
