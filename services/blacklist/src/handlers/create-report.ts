import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { newReport } from '../domain/entry.ts';
import { rekeysOfParties } from '../domain/rekey.ts';
import { reporterView } from '../domain/views.ts';
import {
  actorOf,
  config,
  entryStore,
  identifierKeyring,
  maskedDetail,
  newEntryId,
  versionHeaders,
} from './composition.ts';

/**
 * POST /v1/blacklist/reports: a bank, agency or the office reports an intermediary. Identifiers are
 * hashed (current key version) and masked before anything is stored; the answer shows them masked.
 * While older key versions are live, the pairs older hash → current hash of its identifiers are left
 * for screening to re-key the listed entries that hold them.
 */
export const createReport: RouteFunction<typeof routes.createReport> = async (request) => {
  const now = new Date().toISOString();
  const reporter = actorOf(request.principal);
  const keyring = await identifierKeyring();
  const entry = newReport({
    entryId: newEntryId(),
    input: request.body,
    categories: config().categories,
    keyring,
    reporter,
    now,
  });
  // During a re-keying window the report's identifiers also re-key older entries holding them.
  const rekeys = rekeysOfParties(request.body.parties, keyring);
  await entryStore().create(
    entry,
    {
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
    },
    rekeys,
  );
  return {
    status: 201,
    headers: { ...versionHeaders(entry), location: `/v1/blacklist/reports/${entry.entryId}` },
    body: reporterView(entry),
  };
};

export const handler = httpHandler(routes.createReport, idempotentRoute(createReport));
