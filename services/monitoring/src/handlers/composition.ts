import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type CityConfig, DomainError } from '@sme/kernel';
import { cityConfig, documentClient, envNames, tableName } from '@sme/runtime';
import { DynamoDbBankReturns } from '../adapters/dynamodb-bank-returns.ts';
import { DynamoDbBulletinArchive } from '../adapters/dynamodb-bulletin-archive.ts';
import { DynamoDbCounters } from '../adapters/dynamodb-counters.ts';
import { DynamoDbEnterpriseProjections } from '../adapters/dynamodb-enterprise-projections.ts';
import { DynamoDbFactLog } from '../adapters/dynamodb-fact-log.ts';
import { DynamoDbHolidayCalendar, DynamoDbPolicyTasks } from '../adapters/dynamodb-policy-tasks.ts';
import { DynamoDbPushProjections } from '../adapters/dynamodb-push-projections.ts';
import type { GroupLabels } from '../domain/dimensions.ts';
import type { Fact } from '../domain/facts.ts';
import type { FactLog, HolidayCalendarSource } from '../use-cases/ports.ts';

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
let policyTasks: DynamoDbPolicyTasks | undefined;
let holidays: HolidayCalendarSource | undefined;

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

/** The policy task ledger: its versions, progress reports and reminders (with their audit entries). */
export const policyTaskStore = () => {
  policyTasks ??= new DynamoDbPolicyTasks(documentClient(), {
    policyTasks: tableName('monitoring-policy-tasks'),
    audit: tableName('audit'),
  });
  return policyTasks;
};

/** The holiday calendar: the city file's years overlaid by those ops loaded (read on every call). */
export const holidayCalendar = (): HolidayCalendarSource => {
  holidays ??= new DynamoDbHolidayCalendar(
    documentClient(),
    tableName('holiday-calendar'),
    cityConfig().holidayCalendar,
  );
  return holidays;
};

/** Organisation id → name, for the ledger's units. */
export function organisationNames(city: CityConfig = cityConfig()): Record<string, string> {
  return Object.fromEntries(
    [...city.agencies, ...city.coordinators, ...city.banks, ...city.guarantors, ...city.financeBureaus].map(
      (o) => [o.id, o.name],
    ),
  );
}

/** The agencies of the city: the units that may be responsible for a measure. */
export const agencyIds = (city: CityConfig = cityConfig()) => new Set(city.agencies.map((a) => a.id));

/** The caller as the policy task use cases take it (with the person, for the audit entry). */
export function callerOf(principal: {
  clientId: string;
  orgId: string;
  role: string;
  person?: { subject: string; name?: string } | undefined;
}) {
  const { clientId, orgId, role, person } = principal;
  return { clientId, orgId, role, ...(person ? { person } : {}) };
}
