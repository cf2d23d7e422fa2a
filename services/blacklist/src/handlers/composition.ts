import { randomBytes } from 'node:crypto';
import type { MaskedCount, Principal } from '@sme/kernel';
import { cityConfig, documentClient, dynamoClient, tableName } from '@sme/runtime';
import { citySecret, parsedSecret, secretsManagerFetcher } from '../adapters/city-secret.ts';
import { DynamoDbEntryStore } from '../adapters/dynamodb-entry-store.ts';
import { DynamoDbScreeningStore } from '../adapters/dynamodb-screening-store.ts';
import { type BlacklistConfig, blacklistConfig } from '../config.ts';
import type { Actor } from '../domain/entry.ts';
import { parseIdentifierKeyring } from '../domain/identifier-keyring.ts';
import { compileNameRules } from '../domain/name-rules.ts';
import { identifierSecret } from '../manifest.ts';
import { ScreeningIndexCache } from '../use-cases/screening-index-cache.ts';

/** Versioning helpers shared by every service's HTTP handlers. */
export { checkIfMatch, found, versionHeaders } from '@sme/runtime';

/**
 * Adapters built on first use, once per process. Each handler module touches only the tables and
 * secrets its manifest entry declares, so nothing is built at import.
 */
let entries: DynamoDbEntryStore | undefined;
let screenings: DynamoDbScreeningStore | undefined;
let index: ScreeningIndexCache | undefined;

export const config = (): BlacklistConfig => blacklistConfig(cityConfig());

export const entryStore = () => {
  entries ??= new DynamoDbEntryStore(documentClient(), tableName('blacklist-entries'));
  return entries;
};
export const screeningStore = () => {
  screenings ??= new DynamoDbScreeningStore(
    documentClient(),
    tableName('blacklist-screenings'),
    config().screeningRetentionDays,
  );
  return screenings;
};

/** The city's identifier hashing key: read on the first request that needs it, again every five minutes. */
export const identifierKey = citySecret(identifierSecret, (arn) =>
  secretsManagerFetcher(dynamoClient())(arn),
);

/**
 * The versioned identifier keys that secret holds (a plain legacy value is version k1). A keyring
 * without its current key is refused: with no good one read before, the request fails and the log
 * says what to fix; with one, that one stays in use.
 */
export const identifierKeyring = parsedSecret(identifierKey, parseIdentifierKeyring);

/**
 * How far back each refresh of the screening index looks again before the previous one: covers
 * clock differences between writers and the change index catching up.
 */
const indexLookbackMs = 120_000;

/** This process's screening index over the listed entries, refreshed before each screening. */
export const screeningIndex = () => {
  index ??= new ScreeningIndexCache(entryStore(), compileNameRules({ localRegions: config().localRegions }), {
    lookbackMs: indexLookbackMs,
    clock: () => new Date(),
  });
  return index;
};

export const actorOf = (p: Principal): Actor => ({ clientId: p.clientId, orgId: p.orgId, role: p.role });

/**
 * For the audit entry of a request whose free text held personal identifiers: how many of each kind
 * were masked before anything was stored (never the values). Nothing when none were.
 */
export const maskedDetail = (request: { maskedIdentifiers?: readonly MaskedCount[] }) =>
  request.maskedIdentifiers?.length ? { maskedInFreeText: request.maskedIdentifiers } : {};

export const newEntryId = () => `bl-${randomBytes(10).toString('hex')}`;
export const newScreeningId = () => `scr-${randomBytes(10).toString('hex')}`;
