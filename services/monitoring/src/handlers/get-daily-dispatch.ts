import { DomainError, shanghaiDate } from '@sme/kernel';
import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { dailyDispatch } from '../use-cases/daily-dispatch.ts';
import {
  bankIds,
  enterpriseProjections,
  factLog,
  groupLabels,
  pushProjections,
  townshipCodes,
} from './composition.ts';

/** GET /v1/monitoring/daily-dispatch?date: the day's figures by township and bank, built on demand. */
export const getDailyDispatch: RouteFunction<typeof routes.getDailyDispatch> = async ({ query }) => {
  const now = new Date();
  const today = shanghaiDate(now);
  const date = query.date ?? today;
  if (date > today)
    throw new DomainError('invalid-request', `${date} has not begun`, [
      { path: 'query.date', message: 'not after today (Asia/Shanghai)' },
    ]);
  const body = await dailyDispatch(
    { facts: factLog(), enterprises: enterpriseProjections(), pushes: pushProjections() },
    {
      date,
      generatedAt: now.toISOString(),
      labels: groupLabels(),
      townships: townshipCodes(),
      banks: bankIds(),
    },
  );
  return { status: 200, body };
};

export const handler = httpHandler(routes.getDailyDispatch, getDailyDispatch);
