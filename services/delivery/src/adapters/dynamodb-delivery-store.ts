import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '@sme/kernel';
import { decodeCursor, encodeCursor } from '@sme/runtime';
import type { DeliveryRecord, DeliveryStatus } from '../domain/delivery-record.ts';
import type { DeliveryStore } from '../use-cases/ports.ts';

const statusSk = (r: DeliveryRecord) => `${r.bankId}#${r.createdAt}#${r.deliveryId}`;

function fromItem(item: Record<string, unknown>): DeliveryRecord {
  const { statusSk: _s, leaseUntil: _l, ...record } = item;
  return record as unknown as DeliveryRecord;
}

/** Adapter for the `delivery-deliveries` table. */
export class DynamoDbDeliveryStore implements DeliveryStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  /** Creates the record, or returns the one already there (same notice of the same fact). */
  async create(record: DeliveryRecord): Promise<{ created: boolean; record: DeliveryRecord }> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...record, statusSk: statusSk(record) },
          ConditionExpression: 'attribute_not_exists(deliveryId)',
        }),
      );
      return { created: true, record };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.get(record.deliveryId, true);
      if (!existing) throw error;
      return { created: false, record: existing };
    }
  }

  async get(deliveryId: string, consistent = false): Promise<DeliveryRecord | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { deliveryId }, ConsistentRead: consistent }),
    );
    return out.Item ? fromItem(out.Item) : undefined;
  }

  /**
   * Claims attempt `attempt` of the current round: only one holder of a copy of the outbound message
   * gets it (status still pending, count unchanged, no live lease). False when someone else has it.
   */
  async claim(record: DeliveryRecord, attempt: number, now: Date, leaseMs: number): Promise<boolean> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { deliveryId: record.deliveryId },
          UpdateExpression: 'SET leaseUntil = :until',
          ConditionExpression:
            '#s = :pending AND attempts = :prev AND round = :round AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':pending': 'pending',
            ':prev': attempt - 1,
            ':round': record.round,
            ':now': now.toISOString(),
            ':until': new Date(now.getTime() + leaseMs).toISOString(),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** Writes the record after an attempt (or a replay), conditioned on the state it was computed from. */
  async save(
    next: DeliveryRecord,
    expected: { status: DeliveryStatus; attempts: number; round: number },
  ): Promise<void> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...next, statusSk: statusSk(next) },
          ConditionExpression: '#s = :s AND attempts = :a AND round = :r',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':s': expected.status, ':a': expected.attempts, ':r': expected.round },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ConflictError(`Delivery ${next.deliveryId} changed meanwhile`, {
          deliveryId: next.deliveryId,
        });
      }
      throw error;
    }
  }

  /** How many deliveries have `status` (Select COUNT on byStatus: no items read back, only counted). */
  async count(status: DeliveryStatus): Promise<number> {
    let total = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.#db.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: 'byStatus',
          KeyConditionExpression: '#s = :s',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':s': status },
          Select: 'COUNT',
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      total += out.Count ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
    return total;
  }

  async list(status: DeliveryStatus, bankId: string | undefined, limit: number, cursor?: string) {
    const filter = `${status}|${bankId ?? ''}`;
    const start = decodeCursor(filter, cursor);
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byStatus',
        KeyConditionExpression: bankId ? '#s = :s AND begins_with(statusSk, :b)' : '#s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': status, ...(bankId ? { ':b': `${bankId}#` } : {}) },
        Limit: limit,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    return { items: (out.Items ?? []).map(fromItem), nextCursor: encodeCursor(filter, out.LastEvaluatedKey) };
  }
}
