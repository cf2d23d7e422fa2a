import { ForbiddenError, type Principal } from '@sme/kernel';
import { cityConfig, documentClient, tableName } from '@sme/runtime';
import { DynamoDbDeclarationStore } from '../adapters/dynamodb-declaration-store.ts';
import { DynamoDbEnterpriseFactsStore } from '../adapters/dynamodb-enterprise-facts-store.ts';
import { DynamoDbPushBatchStore } from '../adapters/dynamodb-push-batch-store.ts';
import { type MatchingConfig, matchingConfig } from '../config.ts';

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
