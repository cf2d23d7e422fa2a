import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { countKeyVersions, keyVersionReport } from '../domain/rekey.ts';
import { entryStore, identifierKeyring } from './composition.ts';

/**
 * GET /v1/blacklist/key-versions (ops): per identifier key version, the listed entries and reports
 * still holding hashes made with it, read from the screening items and the review work list (never
 * a Scan), and which older versions can be retired. Counts only: no hash, no identifier.
 */
export const keyVersions: RouteFunction<typeof routes.keyVersions> = async () => {
  const [keyring, parties, hints] = await Promise.all([
    identifierKeyring(),
    entryStore().matchableParties(),
    entryStore().rekeyHints(),
  ]);
  return {
    status: 200,
    headers: { 'cache-control': 'no-store' },
    body: keyVersionReport(keyring, countKeyVersions(parties), hints.length),
  };
};

export const handler = httpHandler(routes.keyVersions, keyVersions);
