import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError, ValidationError } from '@sme/kernel';
import { batchGetAll, batchWriteAll } from '@sme/runtime';
import type { CreditRecord } from '../domain/record.ts';
import { type RetentionPolicy, ttlEpochSeconds } from '../domain/retention.ts';
import type { CreditRecordStore, WriteOrigin } from '../use-cases/ports.ts';

export const recordKey = (agencyId: string, sourceRecordId: string) => ({
  pk: `SRC#${agencyId}#${sourceRecordId}`,
  sk: 'CURRENT',
});

/** Who wrote a version and through what (for the audit entry the stream derives). */

/** The stored item: the record as a map, plus the keys of the two indexes, the TTL and the write's origin. */
export function toItem(
  record: CreditRecord,
  retention: RetentionPolicy,
  origin: WriteOrigin,
): Record<string, unknown> {
  const ttl = ttlEpochSeconds(record, retention);
  return {
    origin,
    ...recordKey(record.sourceAgencyId, record.sourceRecordId),
    uscc: record.uscc,
    recordKey: `${record.category}#${record.sourceAgencyId}#${record.sourceRecordId}`,
    sourceAgencyId: record.sourceAgencyId,
    sourceSk: `${record.updatedAt}#${record.sourceRecordId}`,
    ...(ttl === undefined ? {} : { expiresAt: ttl }),
    record,
  };
}

export const fromItem = (item: Record<string, unknown>): CreditRecord => item.record as CreditRecord;

/** Adapter for the `credit-records` table (access patterns in the credit manifest). */
export class DynamoDbCreditRecordStore implements CreditRecordStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #retention: RetentionPolicy;
  constructor(db: DynamoDBDocumentClient, table: string, retention: RetentionPolicy) {
    this.#db = db;
    this.#table = table;
    this.#retention = retention;
  }

  async get(agencyId: string, sourceRecordId: string): Promise<CreditRecord | undefined> {
    const out = await this.#db.send(
      new GetCommand({
        TableName: this.#table,
        Key: recordKey(agencyId, sourceRecordId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? fromItem(out.Item) : undefined;
  }

  /** Writes a new version; `expectedVersion` undefined means "must not exist yet". */
  async save(record: CreditRecord, expectedVersion: number | undefined, origin: WriteOrigin): Promise<void> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: toItem(record, this.#retention, origin),
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: '#r.version = :v',
                ExpressionAttributeNames: { '#r': 'record' },
                ExpressionAttributeValues: { ':v': expectedVersion },
              }),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ConcurrentModificationError(
          `Record ${record.sourceRecordId} was changed concurrently; submit again`,
        );
      }
      throw error;
    }
  }

  /** Every current record of an enterprise (revoked ones included; evaluation skips them). */
  async ofEnterprise(uscc: string): Promise<CreditRecord[]> {
    const records: CreditRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.#db.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: 'byEnterprise',
          KeyConditionExpression: 'uscc = :u',
          ExpressionAttributeValues: { ':u': uscc },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      records.push(...(out.Items ?? []).map(fromItem));
      start = out.LastEvaluatedKey;
    } while (start);
    return records;
  }

  /** Whether an agency supplied any record (current or revoked) about the enterprise. */
  async hasSupplied(uscc: string, agencyId: string): Promise<boolean> {
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byEnterprise',
        KeyConditionExpression: 'uscc = :u',
        FilterExpression: 'sourceAgencyId = :a',
        ExpressionAttributeValues: { ':u': uscc, ':a': agencyId },
        ProjectionExpression: 'pk',
      }),
    );
    return (out.Items ?? []).length > 0;
  }

  async bySource(agencyId: string, limit: number, cursor: string | undefined) {
    let start: Record<string, unknown> | undefined;
    if (cursor) {
      try {
        start = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
      } catch {
        throw new ValidationError('Invalid cursor', [
          { path: 'query.cursor', message: 'not a cursor this list returned' },
        ]);
      }
      if (start.sourceAgencyId !== agencyId)
        throw new ValidationError('Invalid cursor', [
          { path: 'query.cursor', message: 'not a cursor this list returned' },
        ]);
    }
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'bySource',
        KeyConditionExpression: 'sourceAgencyId = :a',
        ExpressionAttributeValues: { ':a': agencyId },
        Limit: limit,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    const next = out.LastEvaluatedKey
      ? Buffer.from(JSON.stringify(out.LastEvaluatedKey)).toString('base64url')
      : undefined;
    // The index keeps keys only (cheap writes); the page's records are read by key.
    const keys = (out.Items ?? []).map((i) => ({ pk: i.pk, sk: i.sk }));
    const byPk = new Map(
      (await batchGetAll(this.#db, this.#table, keys, false)).map((i) => [i.pk, fromItem(i)]),
    );
    const records = keys.map((k) => byPk.get(k.pk)).filter((r): r is CreditRecord => r !== undefined);
    return { records, ...(next ? { nextCursor: next } : {}) };
  }

  /** Consistent batch read of current records by (agency, source id), for import chunks. */
  async getMany(agencyId: string, sourceRecordIds: string[]): Promise<Map<string, CreditRecord>> {
    const keys = [...new Set(sourceRecordIds)].map((id) => recordKey(agencyId, id));
    const items = await batchGetAll(this.#db, this.#table, keys);
    return new Map(items.map(fromItem).map((r) => [r.sourceRecordId, r]));
  }

  /** Unconditional batch write (bulk import: last writer wins, as documented). */
  async putAll(records: CreditRecord[], origin: WriteOrigin): Promise<void> {
    await batchWriteAll(
      this.#db,
      this.#table,
      records.map((r) => ({ PutRequest: { Item: toItem(r, this.#retention, origin) } })),
    );
  }
}
