import { shanghaiDate } from '@sme/kernel';
import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { deadlineConfig, pushStore } from './composition.ts';
import { overdueView } from './views.ts';

/**
 * GET /v1/overdue-pushes: pushes past a deadline without a decision, oldest deadline first. Overdue
 * is decided here, on read, from the exact deadlines: a push is on the list from the first day after
 * its last on-time day, whether or not the nightly sweep has run. A page may hold fewer than `limit`
 * items (candidates whose exact deadline has not passed are left out); follow `nextCursor`.
 */
export const listOverduePushes: RouteFunction<typeof routes.listOverduePushes> = async (request) => {
  const { bankId, limit, cursor } = request.query;
  const today = shanghaiDate(new Date());
  const [page, deadlines] = await Promise.all([
    pushStore().listDueBefore(today, bankId, limit, cursor),
    deadlineConfig(),
  ]);
  const items = page.items
    .map((push) => overdueView(push, deadlines, today))
    .filter((v) => v.overdueSince !== '');
  return { status: 200, body: { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } };
};

export const handler = httpHandler(routes.listOverduePushes, listOverduePushes);
