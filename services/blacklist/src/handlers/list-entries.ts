import { appendAudit, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { bankView } from '../domain/views.ts';
import { config, entryStore } from './composition.ts';

/** GET /v1/blacklist/entries: the shared list now, masked; each page read is audited with its entry ids. */
export const listEntries: RouteFunction<typeof routes.listEntries> = async (request) => {
  const { limit, cursor, purpose } = request.query;
  const page = await entryStore().listListed(limit, cursor);
  await appendAudit({
    subjectType: 'blacklist',
    subjectId: 'entries',
    action: 'blacklist-entries.listed',
    principal: request.principal,
    at: new Date().toISOString(),
    discriminator: request.requestId,
    ...(purpose ? { purpose } : {}),
    detail: { entryIds: page.items.map((e) => e.entryId) },
  });
  const standard = config().criteria;
  return {
    status: 200,
    headers: { 'cache-control': 'no-store' },
    body: { ...page, items: page.items.map((e) => bankView(e, standard)) },
  };
};

export const handler = httpHandler(routes.listEntries, listEntries);
