import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError } from '@sme/kernel';
import type { Actor } from '../domain/entry.ts';
import type { ScreeningRecord } from '../domain/screening-record.ts';
import type { ScreeningStore } from '../use-cases/ports.ts';

export const screeningKey = (screeningId: string) => ({ pk: `SCR#${screeningId}`, sk: 'SCR' });
export const exclusionKey = (partyKey: string, entryId: string) => ({
  pk: `PARTY#${partyKey}`,
  sk: `NOTSAME#${entryId}`,
});

/** Adapter for the `blacklist-screenings` table: screenings (kept for a retention period) and "not the same" decisions. */
export class DynamoDbScreeningStore implements ScreeningStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #retentionDays: number;
  constructor(db: DynamoDBDocumentClient, table: string, retentionDays: number) {
    this.#db = db;
    this.#table = table;
    this.#retentionDays = retentionDays;
  }

  #item(s: ScreeningRecord) {
    const expiresAt = Math.floor(Date.parse(s.at) / 1000) + this.#retentionDays * 86_400;
    return { ...screeningKey(s.screeningId), version: s.version, expiresAt, screening: s };
  }

  async create(s: ScreeningRecord): Promise<void> {
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: this.#item(s),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async get(screeningId: string): Promise<ScreeningRecord | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: screeningKey(screeningId), ConsistentRead: true }),
    );
    const s = out.Item?.screening as ScreeningRecord | undefined;
    if (s) s.decisions ??= [];
    return s;
  }

  /** Writes the next version if the stored one is still `expectedVersion`. */
  async save(s: ScreeningRecord, expectedVersion: number): Promise<void> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: this.#item(s),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': expectedVersion },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ConcurrentModificationError(
          `Screening ${s.screeningId} was changed concurrently; read it again`,
        );
      }
      throw error;
    }
  }

  /** Remembers that a party is not the listed one; future screenings skip the pair. */
  async exclude(
    partyKey: string,
    entryId: string,
    by: Actor,
    at: string,
    screeningId: string,
  ): Promise<void> {
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: { ...exclusionKey(partyKey, entryId), entryId, decidedBy: by, at, screeningId },
      }),
    );
  }

  /**
   * Copies a party's "not the same" decisions from its key under an older identifier key version to
   * its key under the current one (lazy re-keying), never over a decision already there. Returns how
   * many were copied.
   */
  async copyExclusions(fromPartyKey: string, toPartyKey: string): Promise<number> {
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :ns)',
        ExpressionAttributeValues: { ':pk': `PARTY#${fromPartyKey}`, ':ns': 'NOTSAME#' },
      }),
    );
    let copied = 0;
    for (const item of out.Items ?? []) {
      try {
        await this.#db.send(
          new PutCommand({
            TableName: this.#table,
            Item: { ...item, ...exclusionKey(toPartyKey, String(item.entryId)) },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        copied++;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    return copied;
  }

  /** Entries reviewers said each party is not, by party key (one query per party, in parallel). */
  async exclusionsOf(partyKeys: readonly string[]): Promise<Map<string, Set<string>>> {
    const unique = [...new Set(partyKeys)];
    const found = await Promise.all(
      unique.map(async (key) => {
        const out = await this.#db.send(
          new QueryCommand({
            TableName: this.#table,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :ns)',
            ExpressionAttributeValues: { ':pk': `PARTY#${key}`, ':ns': 'NOTSAME#' },
            ProjectionExpression: 'entryId',
          }),
        );
        return [key, new Set((out.Items ?? []).map((i) => String(i.entryId)))] as const;
      }),
    );
    return new Map(found.filter(([, ids]) => ids.size > 0));
  }
}
