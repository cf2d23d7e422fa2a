import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { HouseholdStore, NoLoanFlag } from '../use-cases/ports.ts';

/** Adapter for `delivery-enterprises`: each enterprise's no-loan household flag, by uscc. */
export class DynamoDbHouseholdStore implements HouseholdStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async isNoLoanHousehold(uscc: string): Promise<boolean> {
    const out = await this.#db.send(new GetCommand({ TableName: this.#table, Key: { uscc } }));
    return out.Item?.noLoanHousehold === true;
  }

  async putIfNewer(flag: NoLoanFlag): Promise<boolean> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: flag,
          ConditionExpression: 'attribute_not_exists(uscc) OR enterpriseVersion < :v',
          ExpressionAttributeValues: { ':v': flag.enterpriseVersion },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
