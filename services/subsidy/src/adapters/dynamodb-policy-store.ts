import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { putOnceWithAudit, queryAll } from '@sme/runtime';
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
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'PUBLISHED' },
      ConsistentRead: true,
    });
    return items.map(({ pk: _pk, sk: _sk, ...item }) => item as unknown as PublishedItem);
  }

  /**
   * Stores the item and its audit entry in one transaction; false when an item with the same key exists
   * (the same request retried, or two publications in the same millisecond).
   */
  publish(item: PublishedItem, audit: PublicationAudit): Promise<boolean> {
    const name = item.kind === 'lpr' ? item.quote.month : item.version.id;
    return putOnceWithAudit(this.#db, {
      table: this.#table,
      item: { pk: 'PUBLISHED', sk: `${item.publishedAt}#${item.kind}#${name}`, ...item },
      auditTable: this.#audit,
      audit,
    });
  }
}
