import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { newReport } from '../domain/entry.ts';
import { reporterView } from '../domain/views.ts';
import {
  actorOf,
  config,
  entryStore,
  identifierKey,
  maskedDetail,
  newEntryId,
  versionHeaders,
} from './composition.ts';

/**
 * POST /v1/blacklist/reports: a bank, agency or the office reports an intermediary. Identifiers are
 * hashed and masked before anything is stored; the answer shows them masked.
 */
export const createReport: RouteFunction<typeof routes.createReport> = async (request) => {
  const now = new Date().toISOString();
  const reporter = actorOf(request.principal);
  const entry = newReport({
    entryId: newEntryId(),
    input: request.body,
    categories: config().categories,
    secret: await identifierKey(),
    reporter,
    now,
  });
  await entryStore().create(entry, {
    action: 'blacklist-entry.reported',
    clientId: reporter.clientId,
    orgId: reporter.orgId,
    at: now,
    cause: request.requestId,
    detail: {
      category: entry.category,
      parties: entry.parties.length,
      enterprises: entry.enterprises.length,
      ...maskedDetail(request),
    },
  });
  return {
    status: 201,
    headers: { ...versionHeaders(entry), location: `/v1/blacklist/reports/${entry.entryId}` },
    body: reporterView(entry),
  };
};

export const handler = httpHandler(routes.createReport, idempotentRoute(createReport));
