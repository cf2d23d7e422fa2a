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
import type { EarliestDue, PushItem } from '../domain/push.ts';
import type { PushStatus } from '../domain/push-inbox-state.ts';
import type { PushStore } from '../use-cases/ports.ts';

const undecided: readonly PushStatus[] = ['PUSHED', 'CONTACTED', 'MATERIALS_COMPLETE'];

/** Index keys derived from the push, written with it (see the manifest's access patterns). */
function indexKeys(push: PushItem, earliestDue: EarliestDue) {
  const due = earliestDue(push);
  return {
    bankSk: `${push.pushedAt}#${push.pushId}`,
    batchUscc: `${push.batchId}#${push.uscc}`,
    ...(undecided.includes(push.progress.status) ? { open: 'OPEN' } : {}),
    ...(due === undefined ? {} : { dueIndex: 'DUE', dueSk: `${due}#${push.pushId}` }),
  };
}

export function pushFromItem(item: Record<string, unknown>): PushItem {
  const {
    bankSk: _b,
    batchUscc: _u,
    open: _o,
    dueIndex: _d,
    dueSk: _s,
    // Written by an earlier version of the sweep; overdue is now derived on read.
    overdue: _od,
    overdueSk: _os,
    overdueSince: _oi,
    ...push
  } = item;
  return push as unknown as PushItem;
}

/** Adapter for the `delivery-pushes` table. */
export class DynamoDbPushStore implements PushStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #earliestDue: EarliestDue;
  /** `earliestDue` keys the due-date index; it needs the city's day counts, not its holidays. */
  constructor(db: DynamoDBDocumentClient, table: string, earliestDue: EarliestDue) {
    this.#db = db;
    this.#table = table;
    this.#earliestDue = earliestDue;
  }

  /** Creates the inbox item; false when it already exists (a re-delivered EnterprisePushed). */
  async create(push: PushItem): Promise<boolean> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...push, ...indexKeys(push, this.#earliestDue) },
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
   * Writes the push after a progress step, conditioned on the version read. The open and due-date
   * index keys follow the new state: a decision takes the push out of both, complete materials or a
   * recorded application start a clock and so enter the due-date index.
   */
  async saveProgress(next: PushItem, expectedVersion: number): Promise<void> {
    const keys = indexKeys(next, this.#earliestDue);
    const set = ['progress = :p', 'history = :h', 'version = :v'];
    const remove: string[] = [];
    const values: Record<string, unknown> = {
      ':p': next.progress,
      ':h': next.history,
      ':v': next.version,
      ':expected': expectedVersion,
    };
    if (keys.open === undefined) remove.push('#open');
    if (keys.dueSk === undefined) remove.push('dueIndex', 'dueSk');
    else {
      set.push('dueIndex = :di', 'dueSk = :ds');
      values[':di'] = keys.dueIndex;
      values[':ds'] = keys.dueSk;
    }
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { pushId: next.pushId },
          UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
          ConditionExpression: 'version = :expected',
          ...(remove.includes('#open') ? { ExpressionAttributeNames: { '#open': 'open' } } : {}),
          ExpressionAttributeValues: values,
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

  /** Records an alert once: false when it was already recorded or the push was decided meanwhile. */
  async recordAlert(pushId: string, alert: string): Promise<boolean> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { pushId },
          UpdateExpression: 'SET alerts = list_append(alerts, :a)',
          ConditionExpression: 'attribute_exists(#open) AND NOT contains(alerts, :alert)',
          ExpressionAttributeNames: { '#open': 'open' },
          ExpressionAttributeValues: { ':a': [alert], ':alert': alert },
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

  /**
   * Undecided pushes with a running deadline that may fall before `before` (exclusive), earliest
   * first, page by page: the sweep reads what is due, not every open push.
   */
  async *dueBefore(before: string): AsyncGenerator<PushItem[]> {
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.#db.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: 'byDue',
          KeyConditionExpression: 'dueIndex = :d AND dueSk < :before',
          ExpressionAttributeValues: { ':d': 'DUE', ':before': before },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      yield (out.Items ?? []).map(pushFromItem);
      start = out.LastEvaluatedKey;
    } while (start);
  }

  /**
   * Pushes whose earliest possible deadline is before `today`, oldest first: the candidates of the
   * overdue list (the caller keeps those whose exact deadline has passed).
   */
  async listDueBefore(today: string, bankId: string | undefined, limit: number, cursor?: string) {
    const filter = `due|${today}|${bankId ?? ''}`;
    const start = decodeCursor(filter, cursor);
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byDue',
        KeyConditionExpression: 'dueIndex = :d AND dueSk < :before',
        ...(bankId ? { FilterExpression: 'bankId = :b' } : {}),
        ExpressionAttributeValues: { ':d': 'DUE', ':before': today, ...(bankId ? { ':b': bankId } : {}) },
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
