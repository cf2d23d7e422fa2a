import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type CityConfig, DomainError } from '@sme/kernel';
import { cityConfig, documentClient, envNames, tableName } from '@sme/runtime';
import { DynamoDbBankReturns } from '../adapters/dynamodb-bank-returns.ts';
import { DynamoDbBulletinArchive } from '../adapters/dynamodb-bulletin-archive.ts';
import { DynamoDbCounters } from '../adapters/dynamodb-counters.ts';
import { DynamoDbEnterpriseProjections } from '../adapters/dynamodb-enterprise-projections.ts';
import { DynamoDbFactLog } from '../adapters/dynamodb-fact-log.ts';
import { DynamoDbPushProjections } from '../adapters/dynamodb-push-projections.ts';
import type { GroupLabels } from '../domain/dimensions.ts';
import type { Fact } from '../domain/facts.ts';
import type { FactLog } from '../use-cases/ports.ts';

/**
 * Adapters built on first use, once per process. Each handler module only touches the tables its
 * manifest entry declares, so construction is lazy rather than at import.
 */
let facts: DynamoDbFactLog | undefined;
let enterprises: DynamoDbEnterpriseProjections | undefined;
let pushes: DynamoDbPushProjections | undefined;
let bulletins: DynamoDbBulletinArchive | undefined;
let returns: DynamoDbBankReturns | undefined;
let counters: DynamoDbCounters | undefined;
let counting: FactLog | undefined;

/**
 * The pre-aggregated counters; numbers unmarshalled wrapped, as their sums pass 2^53. On a DynamoDB client
 * of their own: a DocumentClient writes its translate options into the client it wraps, so sharing the
 * runtime's would turn every other reader's numbers into NumberValues.
 */
export const counterStore = () => {
  const endpoint = process.env[envNames.dynamoEndpoint];
  counters ??= new DynamoDbCounters(
    DynamoDBDocumentClient.from(
      new DynamoDBClient(endpoint ? { endpoint, maxAttempts: 3 } : { maxAttempts: 3 }),
      {
        marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
        unmarshallOptions: { wrapNumbers: true },
      },
    ),
    tableName('monitoring-counters'),
  );
  return counters;
};

const rawFactLog = () => {
  facts ??= new DynamoDbFactLog(documentClient(), tableName('monitoring-facts'));
  return facts;
};

/**
 * The fact log the consumers record into and the reports read: recording a fact also adds it to the
 * counters (once, by their markers, so a redelivery after a crash between the two still counts it).
 */
export const factLog = (): FactLog => {
  counting ??= {
    record: async (recorded: readonly Fact[]) => {
      await rawFactLog().record(recorded);
      await counterStore().apply(recorded);
    },
    between: (from: string, to: string) => rawFactLog().between(from, to),
  };
  return counting;
};
export const enterpriseProjections = () => {
  enterprises ??= new DynamoDbEnterpriseProjections(documentClient(), tableName('monitoring-enterprises'));
  return enterprises;
};
export const pushProjections = () => {
  pushes ??= new DynamoDbPushProjections(documentClient(), tableName('monitoring-pushes'));
  return pushes;
};
export const bulletinArchive = () => {
  bulletins ??= new DynamoDbBulletinArchive(documentClient(), tableName('monitoring-bulletins'));
  return bulletins;
};

export const bankReturns = () => {
  returns ??= new DynamoDbBankReturns(documentClient(), {
    returns: tableName('monitoring-bank-returns'),
    audit: tableName('audit'),
  });
  return returns;
};

/** The city's townships, in config order: the partitions of "should be in". */
export const townshipCodes = (city: CityConfig = cityConfig()) =>
  city.districts.flatMap((d) => d.townships.map((t) => t.code));

/** The city's banks, in config order: the partitions of "should be lent". */
export const bankIds = (city: CityConfig = cityConfig()) => city.banks.map((b) => b.id);

/** Names of townships and banks for labels. */
export function groupLabels(city: CityConfig = cityConfig()): GroupLabels {
  return {
    township: Object.fromEntries(city.districts.flatMap((d) => d.townships.map((t) => [t.code, t.name]))),
    bank: Object.fromEntries(city.banks.map((b) => [b.id, b.name])),
  };
}

/** A query value the city does not know: 400 naming the field, like any other malformed parameter. */
export function unknownInCity(path: string, value: string, what: string): DomainError {
  return new DomainError('invalid-request', `Unknown ${what} ${value}`, [
    { path, message: `not a ${what} of this city` },
  ]);
}
