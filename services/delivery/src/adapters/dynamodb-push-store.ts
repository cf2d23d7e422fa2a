import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError } from '@sme/kernel';
import { decodeCursor, encodeCursor } from '@sme/runtime';
import type { OpenPush } from '../domain/deadline-sweep.ts';
import type { ProgressEvent, PushProgress, PushStatus } from '../domain/push-inbox-state.ts';

export interface HistoryEntry {
  seq: number;
  type: ProgressEvent['type'];
  at: string;
  clientId: string;
  requestId: string;
  event: ProgressEvent;
}

/** A push as delivery keeps it: the bank's inbox item. */
export interface PushItem {
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  pushedAt: string;
  pushedOn: string;
  noLoanHousehold: boolean;
  progress: PushProgress;
  history: HistoryEntry[];
  alerts: string[];
  version: number;
  /** Shanghai date the first deadline breach was found; set with the overdue index keys. */
  overdueSince?: string;
}

const undecided: readonly PushStatus[] = ['PUSHED', 'CONTACTED', 'MATERIALS_COMPLETE'];

/** Index keys derived from the push, written with it (see the manifest's access patterns). */
function indexKeys(push: PushItem) {
  return {
    bankSk: `${push.pushedAt}#${push.pushId}`,
    batchUscc: `${push.batchId}#${push.uscc}`,
    ...(undecided.includes(push.progress.status) ? { open: 'OPEN' } : {}),
  };
}

/** The push as the deadline rules see it. */
export function toOpenPush(push: PushItem): OpenPush {
  return {
    ...push,
    status: push.progress.status,
    ...(push.progress.materialsCompleteOn ? { materialsCompleteOn: push.progress.materialsCompleteOn } : {}),
  };
}

export function pushFromItem(item: Record<string, unknown>): PushItem {
  const { bankSk: _b, batchUscc: _u, open: _o, overdue: _d, overdueSk: _s, ...push } = item;
  return push as unknown as PushItem;
}

/** Adapter for the `delivery-pushes` table. */
export class DynamoDbPushStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  /** Creates the inbox item; false when it already exists (a re-delivered EnterprisePushed). */
  async create(push: PushItem): Promise<boolean> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...push, ...indexKeys(push) },
          ConditionExpression: 'attribute_not_exists(pushId)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async get(pushId: string, consistent = false): Promise<PushItem | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { pushId }, ConsistentRead: consistent }),
    );
    return out.Item ? pushFromItem(out.Item) : undefined;
  }

  /**
   * Writes the push after a progress step, conditioned on the version read. A decision takes the
   * push out of the open and overdue indexes.
   */
  async saveProgress(next: PushItem, expectedVersion: number): Promise<void> {
    const decided = !undecided.includes(next.progress.status);
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { pushId: next.pushId },
          UpdateExpression: `SET progress = :p, history = :h, version = :v${decided ? ' REMOVE #open, overdue, overdueSk' : ''}`,
          ConditionExpression: 'version = :expected',
          ...(decided ? { ExpressionAttributeNames: { '#open': 'open' } } : {}),
          ExpressionAttributeValues: {
            ':p': next.progress,
            ':h': next.history,
            ':v': next.version,
            ':expected': expectedVersion,
          },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ConcurrentModificationError(`Push ${next.pushId} changed meanwhile; read it again`, {
          expectedVersion,
        });
      }
      throw error;
    }
  }

  /**
   * Records an alert once: false when it was already recorded or the push was decided meanwhile. A
   * breach also puts the push on the coordinator's overdue list.
   */
  async recordAlert(
    pushId: string,
    alert: string,
    overdue?: { since: string; due: string },
  ): Promise<boolean> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { pushId },
          UpdateExpression: overdue
            ? 'SET alerts = list_append(alerts, :a), overdue = :o, overdueSk = if_not_exists(overdueSk, :sk), overdueSince = if_not_exists(overdueSince, :since)'
            : 'SET alerts = list_append(alerts, :a)',
          ConditionExpression: 'attribute_exists(#open) AND NOT contains(alerts, :alert)',
          ExpressionAttributeNames: { '#open': 'open' },
          ExpressionAttributeValues: {
            ':a': [alert],
            ':alert': alert,
            ...(overdue
              ? { ':o': 'OVERDUE', ':sk': `${overdue.due}#${pushId}`, ':since': overdue.since }
              : {}),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** A bank's inbox, newest first; filtered by status in the query (the index is per bank). */
  async listByBank(bankId: string, status: PushStatus | undefined, limit: number, cursor?: string) {
    const filter = `bank|${bankId}|${status ?? ''}`;
    const start = decodeCursor(filter, cursor);
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byBank',
        KeyConditionExpression: 'bankId = :b',
        ...(status
          ? {
              FilterExpression: 'progress.#s = :s',
              ExpressionAttributeNames: { '#s': 'status' },
            }
          : {}),
        ExpressionAttributeValues: { ':b': bankId, ...(status ? { ':s': status } : {}) },
        ScanIndexForward: false,
        Limit: limit,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    return {
      items: (out.Items ?? []).map(pushFromItem),
      nextCursor: encodeCursor(filter, out.LastEvaluatedKey),
    };
  }

  /** Every push of one enterprise in one batch (at most the batch's banks per enterprise). */
  async siblings(batchId: string, uscc: string): Promise<PushItem[]> {
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byBatchEnterprise',
        KeyConditionExpression: 'batchUscc = :k',
        ExpressionAttributeValues: { ':k': `${batchId}#${uscc}` },
      }),
    );
    return (out.Items ?? []).map(pushFromItem);
  }

  /** Every undecided push, page by page (the sweep). */
  async *open(): AsyncGenerator<PushItem[]> {
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.#db.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: 'byOpen',
          KeyConditionExpression: '#open = :o',
          ExpressionAttributeNames: { '#open': 'open' },
          ExpressionAttributeValues: { ':o': 'OPEN' },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      yield (out.Items ?? []).map(pushFromItem);
      start = out.LastEvaluatedKey;
    } while (start);
  }

  /** The overdue list, oldest deadline first. */
  async listOverdue(bankId: string | undefined, limit: number, cursor?: string) {
    const filter = `overdue|${bankId ?? ''}`;
    const start = decodeCursor(filter, cursor);
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byOverdue',
        KeyConditionExpression: 'overdue = :o',
        ...(bankId ? { FilterExpression: 'bankId = :b' } : {}),
        ExpressionAttributeValues: { ':o': 'OVERDUE', ...(bankId ? { ':b': bankId } : {}) },
        Limit: limit,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    return {
      items: (out.Items ?? []).map(pushFromItem),
      nextCursor: encodeCursor(filter, out.LastEvaluatedKey),
    };
  }
}
