import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { type EnterpriseProjection, isKeyIndustryChain } from '../domain/enterprise-projection.ts';
import { walkGapIndex } from '../use-cases/gap-lists.ts';
import { enterpriseProjections, townshipCodes, unknownInCity } from './composition.ts';

const entry = (p: EnterpriseProjection) => ({
  uscc: p.uscc,
  township: p.registry?.township ?? '',
  industryCode: p.registry?.industryCode ?? '',
  industry: p.registry?.industry ?? '',
  entityType: p.registry?.entityType ?? '',
  sizeClass: p.registry?.sizeClass ?? null,
  keyIndustryChain: isKeyIndustryChain(p),
  noLoanHousehold: p.registry?.tags.includes('no-loan-household') ?? false,
  enterpriseVersion: p.registry?.version ?? 0,
});

/** GET /v1/monitoring/should-be-in?township&limit&cursor (应进未进). */
export const listShouldBeIn: RouteFunction<typeof routes.listShouldBeIn> = async ({ query }) => {
  const all = townshipCodes();
  if (query.township && !all.includes(query.township)) {
    throw unknownInCity('query.township', query.township, 'township');
  }
  const partitions = query.township ? [query.township] : all;
  const page = await walkGapIndex(
    enterpriseProjections(),
    partitions,
    `township:${query.township ?? '*'}`,
    query.limit,
    query.cursor,
  );
  return {
    status: 200,
    body: { items: page.items.map(entry), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) },
  };
};

export const handler = httpHandler(routes.listShouldBeIn, listShouldBeIn);
