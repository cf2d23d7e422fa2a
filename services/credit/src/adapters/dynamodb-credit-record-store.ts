import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError, ValidationError } from '@sme/kernel';
import { batchGetAll, batchWriteAll, queryAll } from '@sme/runtime';
import { type CreditRecord, recordId } from '../domain/record.ts';
import { type RetentionPolicy, ttlEpochSeconds } from '../domain/retention.ts';
import type { CreditRecordStore, EnterpriseRecords, RecordKey, WriteOrigin } from '../use-cases/ports.ts';

export const recordKey = (agencyId: string, sourceRecordId: string) => ({
  pk: `SRC#${agencyId}#${sourceRecordId}`,
  sk: 'CURRENT',
});

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
export class DynamoDbCreditRecordStore implements CreditRecordStore, EnterpriseRecords {
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

  /**
   * Every current record of an enterprise (revoked ones included; evaluation skips them). `byEnterpriseKeys`
   * keeps keys only (an entry costs one write unit when a record is created and none when it is
   * corrected or revoked), so the records are read by key, eventually consistent as the index itself
   * is. `justWritten` are read whether or not the index shows them yet, and again strongly consistent
   * when the copy read is older than the version the stream named (or absent). A record that names
   * another enterprise by now (a correction moved it) is left out.
   */
  async ofEnterprise(uscc: string, justWritten: readonly RecordKey[] = []): Promise<CreditRecord[]> {
    const named = new Map(justWritten.map((k) => [recordKey(k.sourceAgencyId, k.sourceRecordId).pk, k]));
    const indexed = await queryAll(this.#db, {
      TableName: this.#table,
      IndexName: 'byEnterpriseKeys',
      KeyConditionExpression: 'uscc = :u',
      ExpressionAttributeValues: { ':u': uscc },
    });
    const keys = new Map<string, Record<string, unknown>>(
      indexed.map((i) => [String(i.pk), { pk: i.pk, sk: i.sk }]),
    );
    for (const k of named.values()) {
      const key = recordKey(k.sourceAgencyId, k.sourceRecordId);
      keys.set(key.pk, key);
    }
    const items = new Map(
      (keys.size > 0 ? await batchGetAll(this.#db, this.#table, [...keys.values()], false) : []).map((i) => [
        String(i.pk),
        i,
      ]),
    );
    const stale = [...named].filter(([pk, k]) => {
      const item = items.get(pk);
      return !item || fromItem(item).version < (k.version ?? Number.POSITIVE_INFINITY);
    });
    if (stale.length > 0)
      for (const item of await batchGetAll(
        this.#db,
        this.#table,
        stale.map(([, k]) => recordKey(k.sourceAgencyId, k.sourceRecordId)),
        true,
      ))
        items.set(String(item.pk), item);
    return [...items.values()]
      .filter((i) => i.uscc === uscc)
      .map(fromItem)
      .sort((a, b) => (recordId(a) < recordId(b) ? -1 : recordId(a) > recordId(b) ? 1 : 0));
  }

  /** Whether an agency supplied any record (current or revoked) about the enterprise: its keys name the agency. */
  async hasSupplied(uscc: string, agencyId: string): Promise<boolean> {
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      IndexName: 'byEnterpriseKeys',
      KeyConditionExpression: 'uscc = :u',
      FilterExpression: 'begins_with(pk, :p)',
      ExpressionAttributeValues: { ':u': uscc, ':p': `SRC#${agencyId}#` },
    });
    return items.length > 0;
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
