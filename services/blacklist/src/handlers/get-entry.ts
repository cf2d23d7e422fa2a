import { appendAudit, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { bankView, visibleToBanks } from '../domain/views.ts';
import { config, entryStore, found } from './composition.ts';

/**
 * GET /v1/blacklist/entries/{entryId}: what a bank fetches after a BlacklistEntryChanged notice. A
 * report never listed is not the banks' concern (404). The fetch is audited before it is answered.
 */
export const getEntry: RouteFunction<typeof routes.getEntry> = async (request) => {
  const { entryId } = request.params;
  const stored = await entryStore().get(entryId, true);
  const entry = found(stored && visibleToBanks(stored) ? stored : undefined, `blacklist entry ${entryId}`);
  await appendAudit({
    subjectType: 'blacklist-entry',
    subjectId: entryId,
    action: 'blacklist-entry.fetched',
    principal: request.principal,
    at: new Date().toISOString(),
    discriminator: request.requestId,
    ...(request.query.purpose ? { purpose: request.query.purpose } : {}),
    detail: { view: 'bank', version: entry.version, state: entry.state },
  });
  return {
    status: 200,
    headers: { etag: `"${entry.version}"`, 'cache-control': 'no-store' },
    body: bankView(entry, config().criteria),
  };
};

export const handler = httpHandler(routes.getEntry, getEntry);
