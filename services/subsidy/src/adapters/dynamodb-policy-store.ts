import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { auditItem } from '@sme/runtime';
import type { PublishedItem } from '../domain/published-policy.ts';
import type { PolicyStore, PublicationAudit } from '../use-cases/ports.ts';

/**
 * Adapter for `subsidy-policy`: published program versions and LPR quotes, one partition (a city publishes
 * a handful a year), sk `<publishedAt>#<kind>#<id or month>` so one Query reads them in publication order.
 * Items are written once (attribute_not_exists) together with their audit entry, never updated.
 */
export class DynamoDbPolicyStore implements PolicyStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #audit: string;
  constructor(db: DynamoDBDocumentClient, tables: { policy: string; audit: string }) {
    this.#db = db;
    this.#table = tables.policy;
    this.#audit = tables.audit;
  }

  async list(): Promise<PublishedItem[]> {
    const items: PublishedItem[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.#db.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': 'PUBLISHED' },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const { pk: _pk, sk: _sk, ...item } of out.Items ?? []) items.push(item as PublishedItem);
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /**
   * Stores the item and its audit entry in one transaction; false when an item with the same key exists
   * (the same request retried, or two publications in the same millisecond).
   */
  async publish(item: PublishedItem, audit: PublicationAudit): Promise<boolean> {
    const name = item.kind === 'lpr' ? item.quote.month : item.version.id;
    try {
      await this.#db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#table,
                Item: { pk: 'PUBLISHED', sk: `${item.publishedAt}#${item.kind}#${name}`, ...item },
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
