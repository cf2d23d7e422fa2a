import { ForbiddenError, type Principal } from '@sme/kernel';
import { cityConfig, documentClient, tableName } from '@sme/runtime';
import { DynamoDbDeclarationStore } from '../adapters/dynamodb-declaration-store.ts';
import { DynamoDbEnterpriseFactsStore } from '../adapters/dynamodb-enterprise-facts-store.ts';
import { DynamoDbPushBatchStore } from '../adapters/dynamodb-push-batch-store.ts';
import { type MatchingConfig, matchingConfig } from '../config.ts';
import { type ChunkLimits, defaultChunkLimits } from '../domain/push-batch-plan.ts';

/**
 * Adapters built on first use, once per process. Each handler module only touches the tables its
 * manifest entry declares, so construction is lazy rather than at import.
 */
let declarations: DynamoDbDeclarationStore | undefined;
let facts: DynamoDbEnterpriseFactsStore | undefined;
let batches: DynamoDbPushBatchStore | undefined;

export const declarationStore = () => {
  declarations ??= new DynamoDbDeclarationStore(documentClient(), tableName('matching-declarations'));
  return declarations;
};
export const factsStore = () => {
  facts ??= new DynamoDbEnterpriseFactsStore(documentClient(), tableName('matching-enterprises'));
  return facts;
};
export const batchStore = () => {
  batches ??= new DynamoDbPushBatchStore(documentClient(), {
    batches: tableName('matching-batches'),
    pushes: tableName('matching-pushes'),
    declarations: tableName('matching-declarations'),
  });
  return batches;
};

export const config = (): MatchingConfig => matchingConfig(cityConfig());

/** Service principal recorded on changes made by consumers rather than by a caller. */
export const serviceActor = { clientId: 'service:matching', orgId: 'platform' };

/** The agency a principal speaks for, from the city config. */
export function agencyOf(principal: Principal) {
  const agency = cityConfig().agencies.find((a) => a.id === principal.orgId);
  if (!agency) throw new ForbiddenError(`Organisation ${principal.orgId} is not an agency of this city`);
  return agency;
}

/**
 * Test-only hooks, read per call from `MATCHING_TEST_HOOKS` (JSON). Never set in a deployed stack:
 * - `enterprisesPerChunk`: cut small chunks, so a test batch of a few enterprises spans several;
 * - `failConfirmAfterChunks`: a confirm throws after committing that many chunks (a crash part-way).
 */
export interface TestHooks {
  enterprisesPerChunk?: number;
  failConfirmAfterChunks?: number;
}
export function testHooks(): TestHooks {
  const raw = process.env.MATCHING_TEST_HOOKS;
  return raw ? (JSON.parse(raw) as TestHooks) : {};
}

export function chunkLimits(): ChunkLimits {
  const entries = testHooks().enterprisesPerChunk;
  return entries ? { ...defaultChunkLimits, entries } : defaultChunkLimits;
}
