import type { PushBatch } from '../adapters/dynamodb-push-batch-store.ts';
import { type Declaration, isKeyIndustryChain } from '../domain/declaration.ts';
import type { BatchEntry } from '../domain/push-batch-plan.ts';

/** Versioning helpers shared by every service's HTTP handlers. */
export { checkIfMatch, found, versionHeaders } from '@sme/runtime';

/** The API's view of a declaration: the stored one, with its key-industry-chain marker spelled out. */
export const declarationView = (d: Declaration) => ({ ...d, keyIndustryChain: isKeyIndustryChain(d) });

export const batchView = (b: PushBatch) => b;

/** A preview has no batch yet, so no push ids. */
export const previewEntry = (e: BatchEntry) => ({
  ...e,
  assignedBanks: e.assignedBanks.map(({ pushId: _pushId, ...bank }) => bank),
});
