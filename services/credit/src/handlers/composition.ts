import { ForbiddenError, type Principal } from '@sme/kernel';
import {
  appendAuditEntries,
  cityConfig,
  documentClient,
  publish,
  queueUrl,
  sqsClient,
  tableName,
} from '@sme/runtime';
import { DynamoDbCreditAccessStore } from '../adapters/dynamodb-credit-access-store.ts';
import { DynamoDbCreditProfileStore } from '../adapters/dynamodb-credit-profile-store.ts';
import { DynamoDbCreditRecordStore } from '../adapters/dynamodb-credit-record-store.ts';
import { SqsRecomputeQueue } from '../adapters/sqs-recompute-queue.ts';
import { creditConfig } from '../config.ts';
import type { AuditLog, ProfileEvents } from '../use-cases/ports.ts';

/**
 * Adapters built on first use, once per process. Each handler module only touches the tables its
 * manifest entry declares, so construction is lazy rather than at import.
 */
let records: DynamoDbCreditRecordStore | undefined;
let profiles: DynamoDbCreditProfileStore | undefined;
let access: DynamoDbCreditAccessStore | undefined;
let recompute: SqsRecomputeQueue | undefined;

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

export const recomputeQueue = () => {
  recompute ??= new SqsRecomputeQueue(sqsClient(), queueUrl('credit-recompute'));
  return recompute;
};
export const auditLog: AuditLog = { append: (entries) => appendAuditEntries(entries) };
export const profileEvents: ProfileEvents = {
  publish: (events) => publish('credit-profile-events', events),
};

/** The agency a principal speaks for, from the city config; a client of an unknown agency may not supply. */
export function supplyingAgency(principal: Principal) {
  const agency = cityConfig().agencies.find((a) => a.id === principal.orgId);
  if (!agency) throw new ForbiddenError(`Organisation ${principal.orgId} is not an agency of this city`);
  return agency;
}
