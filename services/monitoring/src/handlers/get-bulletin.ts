import { NotFoundError } from '@sme/kernel';
import { type HttpResult, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { bulletinCsv, bulletinHtml } from '../domain/bulletin.ts';
import { bulletinArchive } from './composition.ts';

/** GET /v1/monitoring/bulletins/{weekStart}?format=json|html|csv: the stored weekly bulletin. */
export const getBulletin: RouteFunction<typeof routes.getBulletin> = async ({
  params,
  query,
}): Promise<HttpResult> => {
  const bulletin = await bulletinArchive().get(params.weekStart);
  if (!bulletin)
    throw new NotFoundError(`No bulletin has been generated for the week of ${params.weekStart}`);
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
