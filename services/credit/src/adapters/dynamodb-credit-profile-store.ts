import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError } from '@sme/kernel';
import type { CreditProfile } from '../domain/evaluate.ts';

/** What the credit service keeps per enterprise: the last evaluation and what it knows of the registry. */
export interface StoredProfile {
  uscc: string;
  profileVersion: number;
  /** Hash of the evaluation without its date: equal hashes mean nothing changed. */
  evaluationHash?: string;
  profile?: CreditProfile;
  registered: boolean;
  township?: string;
  updatedAt?: string;
}

/** Adapter for the `credit-profiles` table. */
export class DynamoDbCreditProfileStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async get(uscc: string, consistent = false): Promise<StoredProfile | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { uscc }, ConsistentRead: consistent }),
    );
    return out.Item as StoredProfile | undefined;
  }

  /** Records what the registry says; creates the item when the enterprise has no profile yet. */
  async markRegistered(uscc: string, township: string): Promise<void> {
    await this.#db.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: { uscc },
        UpdateExpression:
          'SET registered = :t, township = :township, profileVersion = if_not_exists(profileVersion, :zero)',
        ExpressionAttributeValues: { ':t': true, ':township': township, ':zero': 0 },
      }),
    );
  }

  /** Stores a new evaluation as `profileVersion`, if nobody stored another one since `previousVersion`. */
  async saveEvaluation(
    uscc: string,
    previousVersion: number,
    profile: CreditProfile,
    evaluationHash: string,
    now: string,
  ): Promise<void> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { uscc },
          UpdateExpression:
            'SET profileVersion = :next, evaluationHash = :h, profile = :p, updatedAt = :now, registered = if_not_exists(registered, :f)',
          ConditionExpression: 'attribute_not_exists(profileVersion) OR profileVersion = :prev',
          ExpressionAttributeValues: {
            ':next': previousVersion + 1,
            ':prev': previousVersion,
            ':h': evaluationHash,
            ':p': profile,
            ':now': now,
            ':f': false,
          },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ConcurrentModificationError(`Profile ${uscc} was re-evaluated concurrently`);
      }
      throw error;
    }
  }
}
