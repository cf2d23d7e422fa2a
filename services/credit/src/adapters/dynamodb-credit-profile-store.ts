import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError } from '@sme/kernel';
import type { CreditProfile } from '../domain/evaluate.ts';
import { type PublishedProfile, publishedPartOf } from '../domain/profile-change.ts';
import type { CreditProfileStore, ProfileState } from '../use-cases/ports.ts';

/**
 * What the credit service keeps per enterprise: what its last CreditProfileChanged said and what it
 * knows of the registry — a few hundred bytes, so each write is one unit. Items written before issue
 * 21 hold the whole evaluation (`profile`, `evaluationHash`) instead of `published`; the next save
 * removes them.
 */
export interface StoredProfile {
  uscc: string;
  profileVersion: number;
  published?: PublishedProfile;
  /** Before issue 21: the whole last evaluation. */
  profile?: CreditProfile;
  registered: boolean;
  township?: string;
  updatedAt?: string;
}

/** Adapter for the `credit-profiles` table. */
export class DynamoDbCreditProfileStore implements CreditProfileStore {
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

  async stateOf(uscc: string): Promise<ProfileState | undefined> {
    const stored = await this.get(uscc, true);
    if (!stored) return undefined;
    const published = stored.published ?? (stored.profile ? publishedPartOf(stored.profile) : undefined);
    return { profileVersion: stored.profileVersion ?? 0, ...(published ? { published } : {}) };
  }

  /** Records what the registry says; creates the item when the enterprise has no profile yet. */
  async markRegistered(uscc: string, township: string): Promise<{ evaluated: boolean }> {
    const out = await this.#db.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: { uscc },
        UpdateExpression:
          'SET registered = :t, township = :township, profileVersion = if_not_exists(profileVersion, :zero)',
        ExpressionAttributeValues: { ':t': true, ':township': township, ':zero': 0 },
        ReturnValues: 'UPDATED_OLD',
      }),
    );
    return { evaluated: Number(out.Attributes?.profileVersion ?? 0) > 0 };
  }

  /** Stores what was published as `previousVersion + 1`, if nobody stored another one since. */
  async savePublished(
    uscc: string,
    previousVersion: number,
    published: PublishedProfile,
    now: string,
  ): Promise<void> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { uscc },
          UpdateExpression:
            'SET profileVersion = :next, published = :p, updatedAt = :now, registered = if_not_exists(registered, :f) REMOVE profile, evaluationHash',
          ConditionExpression: 'attribute_not_exists(profileVersion) OR profileVersion = :prev',
          ExpressionAttributeValues: {
            ':next': previousVersion + 1,
            ':prev': previousVersion,
            ':p': published,
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
