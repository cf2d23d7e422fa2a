import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { mergeDuplicate } from '../domain/entry.ts';
import { reviewerView } from '../domain/views.ts';
import { checkIfMatch, entryStore, found, versionHeaders } from './composition.ts';
import { changeOf } from './entry-command.ts';

/**
 * POST /v1/blacklist/reports/{entryId}/merges: folds a duplicate report into this entry. Both
 * versions are written in one transaction on the versions read; If-Match names the target's.
 */
export const mergeReport: RouteFunction<typeof routes.mergeReport> = async (request) => {
  const { entryId } = request.params;
  const { duplicateId } = request.body;
  const store = entryStore();
  const target = found(await store.get(entryId, true), `blacklist report ${entryId}`);
  checkIfMatch(request.ifMatch, target, `report ${entryId}`);
  const duplicate = found(await store.get(duplicateId, true), `blacklist report ${duplicateId}`);
  const now = new Date().toISOString();
  const merged = mergeDuplicate(target, duplicate, now);
  const detail = { duplicateId, targetId: entryId };
  const changeFor = (step: typeof merged.target) => {
    const change = changeOf(request, step, now);
    return { ...change, detail: { ...change.detail, ...detail } };
  };
  await store.save([
    { entry: merged.target.entry, expectedVersion: target.version, change: changeFor(merged.target) },
    {
      entry: merged.duplicate.entry,
      expectedVersion: duplicate.version,
      change: changeFor(merged.duplicate),
    },
  ]);
  return {
    status: 200,
    headers: versionHeaders(merged.target.entry),
    body: reviewerView(merged.target.entry),
  };
};

export const handler = httpHandler(routes.mergeReport, idempotentRoute(mergeReport));
