import { shanghaiDate } from '@sme/kernel';
import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { shouldBeLentEntry } from '../domain/push-projection.ts';
import { walkGapIndex } from '../use-cases/gap-lists.ts';
import { bankIds, pushProjections, unknownInCity } from './composition.ts';

/** GET /v1/monitoring/should-be-lent?bankId&limit&cursor (应贷未贷), with days since each push. */
export const listShouldBeLent: RouteFunction<typeof routes.listShouldBeLent> = async ({ query }) => {
  const all = bankIds();
  if (query.bankId && !all.includes(query.bankId)) throw unknownInCity('query.bankId', query.bankId, 'bank');
  const partitions = query.bankId ? [query.bankId] : all;
  const page = await walkGapIndex(
    pushProjections(),
    partitions,
    `bank:${query.bankId ?? '*'}`,
    query.limit,
    query.cursor,
  );
  const today = shanghaiDate(new Date());
  return {
    status: 200,
    body: {
      items: page.items.map((p) => shouldBeLentEntry(p, today)),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    },
  };
};

export const handler = httpHandler(routes.listShouldBeLent, listShouldBeLent);
