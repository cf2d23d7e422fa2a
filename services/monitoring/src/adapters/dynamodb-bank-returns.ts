import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { auditItem } from '@sme/runtime';
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
    const items: BankReturnVersion[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.#db.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
          ExpressionAttributeValues: { ':pk': month, ...(prefix ? { ':prefix': prefix } : {}) },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const { pk: _pk, sk: _sk, ...item } of out.Items ?? []) items.push(item as BankReturnVersion);
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async add(version: BankReturnVersion, audit: BankReturnAudit): Promise<boolean> {
    try {
      await this.#db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#table,
                Item: {
                  pk: version.month,
                  sk: `${version.bankId}#${String(version.version).padStart(6, '0')}`,
                  ...version,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: this.#audit,
                Item: auditItem(audit),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException || error instanceof ConditionalCheckFailedException)
        return false;
      throw error;
    }
  }
}
