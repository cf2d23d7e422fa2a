import { ConcurrentModificationError, NotFoundError } from '@sme/kernel';
import type { PushBatch } from '../adapters/dynamodb-push-batch-store.ts';
import { type Declaration, isKeyIndustryChain } from '../domain/declaration.ts';
import type { BatchEntry } from '../domain/push-batch-plan.ts';

/** The API's view of a declaration: the stored one, with its key-industry-chain marker spelled out. */
export const declarationView = (d: Declaration) => ({ ...d, keyIndustryChain: isKeyIndustryChain(d) });

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

export const batchView = (b: PushBatch) => b;

/** A preview has no batch yet, so no push ids. */
export const previewEntry = (e: BatchEntry) => ({
  ...e,
  assignedBanks: e.assignedBanks.map(({ pushId: _pushId, ...bank }) => bank),
});
