import { randomBytes } from 'node:crypto';
import { ConcurrentModificationError, NotFoundError, type Principal } from '@sme/kernel';
import { cityConfig, documentClient, dynamoClient, tableName } from '@sme/runtime';
import { citySecret, secretsManagerFetcher } from '../adapters/city-secret.ts';
import { DynamoDbEntryStore } from '../adapters/dynamodb-entry-store.ts';
import { DynamoDbScreeningStore } from '../adapters/dynamodb-screening-store.ts';
import { type BlacklistConfig, blacklistConfig } from '../config.ts';
import type { Actor } from '../domain/entry.ts';
import { identifierSecret } from '../manifest.ts';
import { ScreeningIndexCache } from '../use-cases/screening-index-cache.ts';

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

/** The city's identifier hashing key: fetched once per process, on the first request that needs it. */
export const identifierKey = citySecret(identifierSecret, (arn) =>
  secretsManagerFetcher(dynamoClient())(arn),
);

/**
 * How far back each refresh of the screening index looks again before the previous one: covers
 * clock differences between writers and the change index catching up.
 */
const indexLookbackMs = 120_000;

/** This process's screening index over the listed entries, refreshed before each screening. */
export const screeningIndex = () => {
  index ??= new ScreeningIndexCache(entryStore(), config().nameRules, {
    lookbackMs: indexLookbackMs,
    clock: () => new Date(),
  });
  return index;
};

export const actorOf = (p: Principal): Actor => ({ clientId: p.clientId, orgId: p.orgId, role: p.role });

export const newEntryId = () => `bl-${randomBytes(10).toString('hex')}`;
export const newScreeningId = () => `scr-${randomBytes(10).toString('hex')}`;

export const versionHeaders = (v: { version: number }) => ({ etag: `"${v.version}"` });

export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new NotFoundError(`No ${what}`);
  return value;
}

/** If-Match given and not the stored version → 412, before anything is decided. */
export function checkIfMatch(ifMatch: number | undefined, current: { version: number }, what: string): void {
  if (ifMatch !== undefined && ifMatch !== current.version) {
    throw new ConcurrentModificationError(
      `If-Match "${ifMatch}" is stale; ${what} is at version "${current.version}"`,
      { currentVersion: current.version },
    );
  }
}
