import { ForbiddenError, type Principal } from '@sme/kernel';
import { cityConfig, documentClient, tableName } from '@sme/runtime';
import { DynamoDbCreditAccessStore } from '../adapters/dynamodb-credit-access-store.ts';
import { DynamoDbCreditProfileStore } from '../adapters/dynamodb-credit-profile-store.ts';
import { DynamoDbCreditRecordStore } from '../adapters/dynamodb-credit-record-store.ts';
import { creditConfig } from '../config.ts';

/**
 * Adapters built on first use, once per process. Each handler module only touches the tables its
 * manifest entry declares, so construction is lazy rather than at import.
 */
let records: DynamoDbCreditRecordStore | undefined;
let profiles: DynamoDbCreditProfileStore | undefined;
let access: DynamoDbCreditAccessStore | undefined;

export const recordStore = () => {
  records ??= new DynamoDbCreditRecordStore(
    documentClient(),
    tableName('credit-records'),
    creditConfig(cityConfig()).retention,
  );
  return records;
};
export const profileStore = () => {
  profiles ??= new DynamoDbCreditProfileStore(documentClient(), tableName('credit-profiles'));
  return profiles;
};
export const accessStore = () => {
  access ??= new DynamoDbCreditAccessStore(documentClient(), tableName('credit-access'));
  return access;
};

/** The agency a principal speaks for, from the city config; a client of an unknown agency may not supply. */
export function supplyingAgency(principal: Principal) {
  const agency = cityConfig().agencies.find((a) => a.id === principal.orgId);
  if (!agency) throw new ForbiddenError(`Organisation ${principal.orgId} is not an agency of this city`);
  return agency;
}
