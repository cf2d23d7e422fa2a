import { appendAudit, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { reviewerView } from '../domain/views.ts';
import { entryStore, found, versionHeaders } from './composition.ts';

/** GET /v1/blacklist/reports/{entryId}: the full report for review; the read is audited first. */
export const getReport: RouteFunction<typeof routes.getReport> = async (request) => {
  const { entryId } = request.params;
  const entry = found(await entryStore().get(entryId, true), `blacklist report ${entryId}`);
  await appendAudit({
    subjectType: 'blacklist-entry',
    subjectId: entryId,
    action: 'blacklist-entry.read',
    principal: request.principal,
    at: new Date().toISOString(),
    discriminator: request.requestId,
    purpose: 'review',
    detail: { view: 'reviewer', version: entry.version },
  });
  return {
    status: 200,
    headers: { ...versionHeaders(entry), 'cache-control': 'no-store' },
    body: reviewerView(entry),
  };
};

export const handler = httpHandler(routes.getReport, getReport);
