import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { HolidayCalendar, HolidayYear } from '@sme/kernel';
import { putOnceWithAudit, queryAll } from '@sme/runtime';
import type { ProgressReport, StoredLedger } from '../domain/policy-ledger.ts';
import type {
  HolidayCalendarSource,
  PolicyTaskAudit,
  PolicyTaskStore,
  StoredReminder,
} from '../use-cases/ports.ts';

const ledgerPk = 'LEDGER';
const reminderPk = 'REMINDER';
const reportsPk = (year: string) => `REPORTS#${year}`;
const pad = (n: number) => String(n).padStart(6, '0');

/**
 * Adapter for `monitoring-policy-tasks`:
 * - ledger versions: pk `LEDGER`, sk `v<version, 6 digits>`; the current one is the last (one Query, newest first, limit 1);
 * - progress reports: pk `REPORTS#<year of the period>`, sk `<period>#<measureId>#<orgId>#<version, 6 digits>`,
 *   so the periods of a range are one Query per year and one unit's history a begins_with;
 * - reminders: pk `REMINDER`, sk `<date>`.
 * Ledger and report versions are written once (attribute_not_exists) together with their audit entry.
 */
export class DynamoDbPolicyTasks implements PolicyTaskStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #audit: string;
  constructor(db: DynamoDBDocumentClient, tables: { policyTasks: string; audit: string }) {
    this.#db = db;
    this.#table = tables.policyTasks;
    this.#audit = tables.audit;
  }

  async currentLedger(): Promise<StoredLedger | undefined> {
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': ledgerPk },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = out.Items?.[0];
    if (!item) return undefined;
    const { pk: _pk, sk: _sk, ...ledger } = item;
    return ledger as StoredLedger;
  }

  addLedger(ledger: StoredLedger, audit: PolicyTaskAudit): Promise<boolean> {
    return putOnceWithAudit(this.#db, {
      table: this.#table,
      item: { pk: ledgerPk, sk: `v${pad(ledger.version)}`, ...ledger },
      auditTable: this.#audit,
      audit,
    });
  }

  async reports(from: string, to: string): Promise<ProgressReport[]> {
    const reports: ProgressReport[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      const items = await queryAll(this.#db, {
        TableName: this.#table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': reportsPk(String(year)), ':from': from, ':to': `${to}#~` },
        ConsistentRead: true,
      });
      reports.push(...items.map(({ pk: _pk, sk: _sk, ...r }) => r as unknown as ProgressReport));
    }
    return reports;
  }

  async reportVersions(measureId: string, orgId: string, period: string): Promise<ProgressReport[]> {
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': reportsPk(period.slice(0, 4)),
        ':prefix': `${period}#${measureId}#${orgId}#`,
      },
      ConsistentRead: true,
    });
    return items.map(({ pk: _pk, sk: _sk, ...r }) => r as unknown as ProgressReport);
  }

  addReport(report: ProgressReport, audit: PolicyTaskAudit): Promise<boolean> {
    return putOnceWithAudit(this.#db, {
      table: this.#table,
      item: {
        pk: reportsPk(report.period.slice(0, 4)),
        sk: `${report.period}#${report.measureId}#${report.orgId}#${pad(report.version)}`,
        ...report,
      },
      auditTable: this.#audit,
      audit,
    });
  }

  async putReminder(reminder: StoredReminder): Promise<void> {
    await this.#db.send(
      new PutCommand({ TableName: this.#table, Item: { pk: reminderPk, sk: reminder.asOf, ...reminder } }),
    );
  }

  async reminder(asOf: string): Promise<StoredReminder | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { pk: reminderPk, sk: asOf }, ConsistentRead: true }),
    );
    if (!out.Item) return undefined;
    const { pk: _pk, sk: _sk, ...reminder } = out.Item;
    return reminder as StoredReminder;
  }
}

/**
 * The holiday calendar from the platform's `holiday-calendar` table (the years ops loaded, one partition)
 * laid over the city file's years: a loaded year replaces the file's copy, as the bank deadlines read it.
 */
export class DynamoDbHolidayCalendar implements HolidayCalendarSource {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #fromFile: HolidayCalendar;
  constructor(db: DynamoDBDocumentClient, table: string, fromFile: HolidayCalendar) {
    this.#db = db;
    this.#table = table;
    this.#fromFile = fromFile;
  }

  async calendar(): Promise<HolidayCalendar> {
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'HOLIDAY-YEARS' },
    });
    const merged: Record<string, HolidayYear> = { ...this.#fromFile };
    for (const item of items) {
      const { year, holidays, makeUpWorkdays } = item as unknown as { year: string } & HolidayYear;
      merged[year] = { holidays, makeUpWorkdays };
    }
    return merged;
  }
}
