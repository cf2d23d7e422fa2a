import { httpHandler, type RouteFunction, readImportRows } from '@sme/runtime';
import { routes } from '../contracts.ts';

/** GET /v1/imports/{jobId}/rows?outcome=rejected */
export const listImportRows: RouteFunction<typeof routes.listImportRows> = async (request) => {
  const page = await readImportRows(request.params.jobId, request.principal, request.query.cursor);
  const items = page.rows
    .filter((r) => !request.query.outcome || r.outcome === request.query.outcome)
    .map(({ key, ...r }) => ({ ...r, ...(key ? { uscc: key } : {}) }));
  return { status: 200, body: { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } };
};

export const handler = httpHandler(routes.listImportRows, listImportRows);
