import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EndpointState, EndpointStore } from '../use-cases/ports.ts';

/**
 * Adapter for `delivery-endpoints`: a webhook bank's signing secrets and whether a 410 disabled it.
 * The secrets are stored sealed (ciphertext, key id, createdAt): this adapter never sees a plaintext
 * one it did not get from a legacy row; sealing and opening happen in the use cases, with the sealer.
 */
export class DynamoDbEndpointStore implements EndpointStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async get(bankId: string): Promise<EndpointState> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { bankId }, ConsistentRead: true }),
    );
    return (out.Item as EndpointState | undefined) ?? { bankId, secrets: [] };
  }

  /**
   * Stores a rotation only if no other one landed since `newestBefore` was read (the newest secret's
   * `createdAt`, undefined when there was none); false when one did.
   */
  async putRotated(state: EndpointState, newestBefore: string | undefined): Promise<boolean> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: state,
          ConditionExpression: newestBefore
            ? 'secrets[0].createdAt = :before'
            : 'attribute_not_exists(bankId) OR size(secrets) = :zero',
          ExpressionAttributeValues: newestBefore ? { ':before': newestBefore } : { ':zero': 0 },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async disable(bankId: string, at: string, status: number): Promise<void> {
    await this.#db.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: { bankId },
        UpdateExpression: 'SET disabled = :d, secrets = if_not_exists(secrets, :none)',
        ExpressionAttributeValues: { ':d': { at, status }, ':none': [] },
      }),
    );
  }

  async enable(bankId: string): Promise<void> {
    await this.#db.send(
      new UpdateCommand({ TableName: this.#table, Key: { bankId }, UpdateExpression: 'REMOVE disabled' }),
    );
  }
}
