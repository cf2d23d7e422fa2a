import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Borrower } from '../domain/borrower.ts';

/**
 * Adapter for `subsidy-enterprises`: the projection of the registry's enterprise events the rules
 * need (borrower type, industry, tags). A version replaces only an older one, so redelivered or
 * reordered events never roll the facts back.
 */
export class DynamoDbBorrowerStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async get(uscc: string): Promise<Borrower | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { uscc }, ConsistentRead: true }),
    );
    return out.Item as Borrower | undefined;
  }

  /** Stores the facts unless a newer version is stored; false when they were stale. */
  async apply(borrower: Borrower): Promise<boolean> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: borrower,
          ConditionExpression: 'attribute_not_exists(uscc) OR enterpriseVersion < :v',
          ExpressionAttributeValues: { ':v': borrower.enterpriseVersion },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
