import { NotFoundError, shanghaiDate } from '@sme/kernel';
import { type HttpResult, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { bulletinCsv, bulletinHtml } from '../domain/bulletin.ts';
import { addDays, weekStartOf } from '../domain/business-dates.ts';
import { buildWeeklyBulletin } from '../use-cases/weekly-bulletin.ts';
import {
  bankIds,
  bulletinArchive,
  enterpriseProjections,
  factLog,
  groupLabels,
  pushProjections,
  townshipCodes,
} from './composition.ts';

/**
 * GET /v1/monitoring/bulletins/{weekStart}?format=json|html|csv: the stored weekly bulletin, or, for a
 * week the Monday schedule has not archived (the current week so far, or a week before the stack), one
 * built on demand from the facts and the gap lists as they stand now; it is not stored.
 */
export const getBulletin: RouteFunction<typeof routes.getBulletin> = async ({
  params,
  query,
}): Promise<HttpResult> => {
  const now = new Date();
  if (params.weekStart > weekStartOf(shanghaiDate(now)))
    throw new NotFoundError(`The week of ${params.weekStart} has not begun`);
  const bulletin =
    (await bulletinArchive().get(params.weekStart)) ??
    (await buildWeeklyBulletin(
      { facts: factLog(), enterprises: enterpriseProjections(), pushes: pushProjections() },
      {
        weekStart: params.weekStart,
        weekEnd: addDays(params.weekStart, 6),
        generatedAt: now.toISOString(),
        labels: groupLabels(),
        townships: townshipCodes(),
        banks: bankIds(),
      },
    ));
  switch (query.format) {
    case 'html':
      return {
        status: 200,
        rawBody: bulletinHtml(bulletin),
        headers: { 'content-type': 'text/html; charset=utf-8' },
      };
    case 'csv':
      return {
        status: 200,
        rawBody: bulletinCsv(bulletin),
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="bulletin-${bulletin.weekStart}.csv"`,
        },
      };
    default:
      return { status: 200, body: bulletin };
  }
};

export const handler = httpHandler(routes.getBulletin, getBulletin);
