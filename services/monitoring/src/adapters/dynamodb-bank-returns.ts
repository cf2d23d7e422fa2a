import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { putOnceWithAudit, queryAll } from '@sme/runtime';
import type { BankReturnAudit, BankReturnStore, BankReturnVersion } from '../use-cases/ports.ts';

/**
 * Adapter for `monitoring-bank-returns`: pk `<yyyy-mm>`, sk `<bankId>#<version, 6 digits>`, so one Query
 * reads a bank's history or the whole month (banks × versions: a few dozen items). A version is written
 * once (attribute_not_exists) together with its audit entry.
 */
export class DynamoDbBankReturns implements BankReturnStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #audit: string;
  constructor(db: DynamoDBDocumentClient, tables: { returns: string; audit: string }) {
    this.#db = db;
    this.#table = tables.returns;
    this.#audit = tables.audit;
  }

  versions(month: string, bankId: string): Promise<BankReturnVersion[]> {
    return this.#query(month, `${bankId}#`);
  }

  month(month: string): Promise<BankReturnVersion[]> {
    return this.#query(month);
  }

  async #query(month: string, prefix?: string): Promise<BankReturnVersion[]> {
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
      ExpressionAttributeValues: { ':pk': month, ...(prefix ? { ':prefix': prefix } : {}) },
      ConsistentRead: true,
    });
    return items.map(({ pk: _pk, sk: _sk, ...item }) => item as unknown as BankReturnVersion);
  }

  add(version: BankReturnVersion, audit: BankReturnAudit): Promise<boolean> {
    return putOnceWithAudit(this.#db, {
      table: this.#table,
      item: {
        pk: version.month,
        sk: `${version.bankId}#${String(version.version).padStart(6, '0')}`,
        ...version,
      },
      auditTable: this.#audit,
      audit,
    });
  }
}
