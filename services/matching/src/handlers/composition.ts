import { type CityConfig, ForbiddenError, type Principal } from '@sme/kernel';
import { cityConfig, documentClient, tableName } from '@sme/runtime';
import { DynamoDbDeclarationStore } from '../adapters/dynamodb-declaration-store.ts';
import { DynamoDbEnterpriseFactsStore } from '../adapters/dynamodb-enterprise-facts-store.ts';
import { DynamoDbPushBatchStore } from '../adapters/dynamodb-push-batch-store.ts';
import { DynamoDbReportStore } from '../adapters/dynamodb-report-store.ts';
import { SqsConfirmChunkQueue } from '../adapters/sqs-confirm-chunk-queue.ts';
import { type MatchingConfig, matchingConfig } from '../config.ts';
import type { ExportLabels } from '../domain/upper-level-export.ts';

/**
 * Adapters built on first use, once per process. Each handler module only touches the tables its
 * manifest entry declares, so construction is lazy rather than at import.
 */
let declarations: DynamoDbDeclarationStore | undefined;
let facts: DynamoDbEnterpriseFactsStore | undefined;
let batches: DynamoDbPushBatchStore | undefined;
let reports: DynamoDbReportStore | undefined;

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

/** The confirm's chunk messages (`matching-confirm-chunks`). */
export const confirmQueue = () => new SqsConfirmChunkQueue('matching-confirm-chunks');

/** Rows of the upper-level export by month, and its archive. */
export const reportStore = () => {
  reports ??= new DynamoDbReportStore(documentClient(), tableName('matching-reports'));
  return reports;
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

/** Township and bank names of the city, for the export's cells. */
export function exportLabels(city: CityConfig = cityConfig()): ExportLabels {
  return {
    townships: Object.fromEntries(city.districts.flatMap((d) => d.townships.map((t) => [t.code, t.name]))),
    banks: Object.fromEntries(city.banks.map((b) => [b.id, b.name])),
  };
}
