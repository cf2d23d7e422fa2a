import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError } from '@sme/kernel';
import { batchWriteAll } from '@sme/runtime';
import { transition } from '../domain/declaration-state.ts';
import type {
  ChunkTally,
  CommitResult,
  ConfirmCounters,
  ConfirmFacts,
  ConfirmingBatch,
  PushBatch,
  StoredChunk,
} from '../domain/push-batch.ts';
import type { BatchChunk, BatchEntry } from '../domain/push-batch-plan.ts';
import type { PushBatchStore } from '../use-cases/ports.ts';
import { declarationKey, listKeys } from './dynamodb-declaration-store.ts';

const headKey = (batchId: string) => ({ pk: `BATCH#${batchId}`, sk: 'HEAD' });
const chunkSk = (index: number) => `CHUNK#${String(index).padStart(6, '0')}`;
const pushed = transition('RECOMMENDED', { type: 'push' });

function stripKeys<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest as T;
}

/**
 * The header as the domain reads it: the confirm's counters are top-level attributes (so one
 * UpdateItem can ADD to them under a condition), the chunks counted a number set and the dropped
 * declarations a string set; they become `progress`.
 */
function toBatch(item: Record<string, unknown>): PushBatch {
  const { chunksDone, pushesDone, pushesDropped, countedChunks, droppedIds, ...rest } =
    stripKeys<Record<string, unknown>>(item);
  const batch = rest as unknown as PushBatch;
  if (chunksDone === undefined) return batch;
  const progress: ConfirmCounters = {
    chunksDone: Number(chunksDone),
    pushesDone: Number(pushesDone ?? 0),
    pushesDropped: Number(pushesDropped ?? 0),
    countedChunks: [...((countedChunks as Set<number> | undefined) ?? [])].map(Number).sort((a, b) => a - b),
    droppedDeclarationIds: [...((droppedIds as Set<string> | undefined) ?? [])].sort(),
  };
  return { ...batch, progress };
}

/**
 * A chunk's entries are stored gzipped: reasons repeat across enterprises, so 25 entries of
 * ~180 KB of JSON take ~15 KB, far from the 400 KB item limit and quick to write and read back.
 */
function chunkItem(batchId: string, chunk: BatchChunk): Record<string, unknown> {
  const { entries, ...rest } = chunk;
  return {
    pk: `BATCH#${batchId}`,
    sk: chunkSk(chunk.index),
    ...rest,
    entriesGz: gzipSync(JSON.stringify(entries)),
  };
}

function toChunk(item: Record<string, unknown>): StoredChunk {
  const { entriesGz, ...rest } = stripKeys<Record<string, unknown>>(item);
  return {
    ...(rest as Omit<StoredChunk, 'entries'>),
    entries: JSON.parse(gunzipSync(entriesGz as Uint8Array).toString('utf8')) as BatchEntry[],
    done: rest.done === true,
    skipped: (rest.skipped as string[] | undefined) ?? [],
  };
}

/**
 * Adapter for `matching-batches` and `matching-pushes`; a confirm writes to `matching-declarations`
 * as well, in the same transactions. Each chunk commits with its own marker, so a chunk is written
 * exactly once however many times its message is delivered, and chunks may commit in any order; the
 * header counts the chunks settled (`countChunk`), and the last one counted makes the batch CONFIRMED.
 */
export class DynamoDbPushBatchStore implements PushBatchStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #batches: string;
  readonly #pushes: string;
  readonly #declarations: string;
  constructor(db: DynamoDBDocumentClient, tables: { batches: string; pushes: string; declarations: string }) {
    this.#db = db;
    this.#batches = tables.batches;
    this.#pushes = tables.pushes;
    this.#declarations = tables.declarations;
  }

  /** Stores the chunks, then the header: a header that exists always has all its chunks. */
  async create(batch: PushBatch, chunks: readonly BatchChunk[]): Promise<void> {
    await batchWriteAll(
      this.#db,
      this.#batches,
      chunks.map((c) => ({ PutRequest: { Item: chunkItem(batch.batchId, c) } })),
    );
    await this.#db.send(
      new PutCommand({
        TableName: this.#batches,
        Item: { ...headKey(batch.batchId), ...batch },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async get(batchId: string, consistent = false): Promise<PushBatch | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#batches, Key: headKey(batchId), ConsistentRead: consistent }),
    );
    return out.Item ? toBatch(out.Item) : undefined;
  }

  /** Chunks from `fromIndex`, in order; `max` bounds the page. */
  async chunks(batchId: string, fromIndex = 0, max?: number): Promise<StoredChunk[]> {
    const chunks: StoredChunk[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.#db.send(
        new QueryCommand({
          TableName: this.#batches,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': `BATCH#${batchId}`,
            ':from': chunkSk(fromIndex),
            ':to': 'CHUNK#~',
          },
          ConsistentRead: true,
          ...(max === undefined ? {} : { Limit: max - chunks.length }),
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      chunks.push(...(out.Items ?? []).map(toChunk));
      start = out.LastEvaluatedKey;
    } while (start && (max === undefined || chunks.length < max));
    return chunks;
  }

  async chunk(batchId: string, index: number): Promise<StoredChunk | undefined> {
    const out = await this.#db.send(
      new GetCommand({
        TableName: this.#batches,
        Key: { pk: `BATCH#${batchId}`, sk: chunkSk(index) },
        ConsistentRead: true,
      }),
    );
    return out.Item ? toChunk(out.Item) : undefined;
  }

  /** DRAFT → CONFIRMING with the confirm's fixed facts and zeroed counters; the batch as stored after, whoever started it. */
  async startConfirm(batchId: string, confirm: ConfirmFacts): Promise<PushBatch> {
    try {
      const out = await this.#db.send(
        new UpdateCommand({
          TableName: this.#batches,
          Key: headKey(batchId),
          UpdateExpression:
            'SET #s = :confirming, version = version + :one, #c = :c, chunksDone = :zero, pushesDone = :zero, pushesDropped = :zero',
          ConditionExpression: '#s = :draft',
          ExpressionAttributeNames: { '#s': 'state', '#c': 'confirm' },
          ExpressionAttributeValues: {
            ':confirming': 'CONFIRMING',
            ':draft': 'DRAFT',
            ':one': 1,
            ':zero': 0,
            ':c': confirm,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toBatch(out.Attributes ?? {});
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.get(batchId, true);
      if (!current) throw error;
      return current;
    }
  }

  /** The right to queue the chunks: CONFIRMING, not queued, no unexpired lease of another request. */
  async claimQueueing(
    batchId: string,
    lease: NonNullable<ConfirmFacts['queueLease']>,
    now: string,
  ): Promise<PushBatch | undefined> {
    try {
      const out = await this.#db.send(
        new UpdateCommand({
          TableName: this.#batches,
          Key: headKey(batchId),
          UpdateExpression: 'SET #c.#lease = :lease',
          ConditionExpression:
            '#s = :confirming AND attribute_not_exists(#c.#queued) AND (attribute_not_exists(#c.#lease) OR #c.#lease.#until < :now)',
          ExpressionAttributeNames: {
            '#s': 'state',
            '#c': 'confirm',
            '#lease': 'queueLease',
            '#queued': 'queuedAt',
            '#until': 'until',
          },
          ExpressionAttributeValues: { ':confirming': 'CONFIRMING', ':lease': lease, ':now': now },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toBatch(out.Attributes ?? {});
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  /** Records that every chunk is queued; the lease is dropped. */
  async markQueued(batchId: string, at: string): Promise<PushBatch> {
    const out = await this.#db.send(
      new UpdateCommand({
        TableName: this.#batches,
        Key: headKey(batchId),
        UpdateExpression: 'SET #c.#queued = :at REMOVE #c.#lease',
        ConditionExpression: 'attribute_exists(#c)',
        ExpressionAttributeNames: { '#c': 'confirm', '#lease': 'queueLease', '#queued': 'queuedAt' },
        ExpressionAttributeValues: { ':at': at },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toBatch(out.Attributes ?? {});
  }

  /**
   * Writes one chunk in one transaction: its marker, each pushed declaration's move to PUSHED and
   * each push. A declaration that is no longer RECOMMENDED with a passing screening and no
   * blacklist hit fails its condition; it is dropped from the chunk and the rest is retried, so the
   * outcome depends on the data, not on timing.
   */
  async commitChunk(batch: ConfirmingBatch, chunk: BatchChunk): Promise<CommitResult> {
    const skipped = new Set<string>();
    for (let attempt = 0; ; attempt++) {
      const { items, owners } = this.#transaction(batch, chunk, skipped);
      try {
        await this.#db.send(new TransactWriteCommand({ TransactItems: items }));
        return { committed: true, skipped: [...skipped] };
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = error.CancellationReasons ?? [];
        if (reasons[0]?.Code === 'ConditionalCheckFailed') return { committed: false };
        const failed = reasons.flatMap((r, i) => (r.Code === 'ConditionalCheckFailed' ? [owners[i]] : []));
        const dropped = failed.filter((id): id is string => id !== undefined && !skipped.has(id));
        if (dropped.length > 0) for (const id of dropped) skipped.add(id);
        else if (!reasons.some((r) => r.Code === 'TransactionConflict') || attempt > 8) throw error;
        else await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * Math.random()));
      }
    }
  }

  /**
   * Adds a settled chunk to the header's counters, once: one UpdateItem whose condition is that the
   * chunk is not yet in the counted set, so concurrent chunks never lose an increment (no read-modify-
   * write) and a redelivered chunk adds nothing. The header as stored after either way.
   */
  async countChunk(batchId: string, index: number, tally: ChunkTally): Promise<PushBatch> {
    const dropped = tally.droppedDeclarationIds.length > 0;
    try {
      const out = await this.#db.send(
        new UpdateCommand({
          TableName: this.#batches,
          Key: headKey(batchId),
          UpdateExpression:
            'ADD chunksDone :one, pushesDone :pushes, pushesDropped :droppedPushes, countedChunks :index' +
            (dropped ? ', droppedIds :ids' : ''),
          ConditionExpression: '#s = :confirming AND NOT contains(countedChunks, :i)',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: {
            ':confirming': 'CONFIRMING',
            ':one': 1,
            ':pushes': tally.pushes,
            ':droppedPushes': tally.pushesDropped,
            ':index': new Set([index]),
            ':i': index,
            ...(dropped ? { ':ids': new Set(tally.droppedDeclarationIds) } : {}),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toBatch(out.Attributes ?? {});
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.get(batchId, true);
      if (current?.state === 'CONFIRMED' || current?.progress?.countedChunks.includes(index)) return current;
      throw new ConcurrentModificationError(
        `Batch ${batchId} is ${current?.state ?? 'gone'}, not CONFIRMING: chunk ${index} not counted`,
      );
    }
  }

  /** CONFIRMING → CONFIRMED with what was pushed, only once every chunk is counted. */
  async finish(
    batchId: string,
    confirmedAt: string,
    outcome: NonNullable<PushBatch['outcome']>,
  ): Promise<PushBatch> {
    try {
      const out = await this.#db.send(
        new UpdateCommand({
          TableName: this.#batches,
          Key: headKey(batchId),
          UpdateExpression: 'SET #s = :confirmed, version = version + :one, confirmedAt = :at, outcome = :o',
          ConditionExpression: '#s = :confirming AND chunksDone = chunkCount',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: {
            ':confirmed': 'CONFIRMED',
            ':confirming': 'CONFIRMING',
            ':one': 1,
            ':at': confirmedAt,
            ':o': outcome,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toBatch(out.Attributes ?? {});
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.get(batchId, true);
      if (current?.state === 'CONFIRMED') return current;
      throw new ConcurrentModificationError(
        `Batch ${batchId} is ${current?.state ?? 'gone'} with ${current?.progress?.chunksDone ?? 0} of ${current?.chunkCount} chunks counted, not ready to be CONFIRMED`,
      );
    }
  }

  /** The transaction items of a chunk, and which declaration each item belongs to (for cancellation reasons). */
  #transaction(batch: ConfirmingBatch, chunk: BatchChunk, skipped: ReadonlySet<string>) {
    const at = batch.confirm.startedAt;
    const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [
      {
        Update: {
          TableName: this.#batches,
          Key: { pk: `BATCH#${batch.batchId}`, sk: chunkSk(chunk.index) },
          UpdateExpression: 'SET #done = :t, skipped = :s, committedAt = :at',
          ConditionExpression: 'attribute_not_exists(#done)',
          ExpressionAttributeNames: { '#done': 'done' },
          ExpressionAttributeValues: { ':t': true, ':s': [...skipped], ':at': at },
        },
      },
    ];
    const owners: (string | undefined)[] = [undefined];
    for (const entry of chunk.entries) {
      if (entry.assignedBanks.length === 0 || skipped.has(entry.declarationId)) continue;
      items.push({ Update: this.#declarationUpdate(batch, entry) });
      owners.push(entry.declarationId);
      for (const bank of entry.assignedBanks) {
        items.push({
          Put: {
            TableName: this.#pushes,
            Item: {
              pushId: bank.pushId,
              batchId: batch.batchId,
              declarationId: entry.declarationId,
              uscc: entry.uscc,
              bankId: bank.bankId,
              rank: bank.rank,
              existingLender: bank.existingLender,
              products: bank.products,
              // The reasons in full stay with the batch (its chunk); the push keeps their codes.
              reasonCodes: bank.reasons.map((r) => r.code),
              chunk: chunk.index,
              pushedAt: at,
              creditAccessUntil: batch.confirm.creditAccessUntil,
            },
            ConditionExpression: 'attribute_not_exists(pushId)',
          },
        });
        owners.push(entry.declarationId);
      }
    }
    return { items, owners };
  }

  #declarationUpdate(batch: ConfirmingBatch, entry: BatchEntry) {
    const at = batch.confirm.startedAt;
    const keys = listKeys({
      id: entry.declarationId,
      state: pushed,
      createdAt: entry.createdAt,
      keyIndustryChain: entry.keyIndustryChain,
      township: entry.township || undefined,
    });
    const push = {
      batchId: batch.batchId,
      at,
      banks: entry.assignedBanks.map((b) => ({ bankId: b.bankId, pushId: b.pushId, rank: b.rank })),
    };
    return {
      TableName: this.#declarations,
      Key: declarationKey(entry.declarationId),
      UpdateExpression:
        'SET #s = :pushed, stateSk = :ssk, version = version + :one, lastChange = :change, ' +
        '#d.#s = :pushed, #d.#v = #d.#v + :one, #d.push = :push, #d.updatedAt = :at' +
        (keys.townshipSk ? ', townshipSk = :tsk' : ''),
      ConditionExpression:
        '#s = :recommended AND #d.screening.outcome = :pass AND size(#d.facts.intermediaryEntryIds) = :zero',
      ExpressionAttributeNames: { '#s': 'state', '#d': 'declaration', '#v': 'version' },
      ExpressionAttributeValues: {
        ':pushed': pushed,
        ':recommended': 'RECOMMENDED',
        ':pass': 'pass',
        ':zero': 0,
        ':one': 1,
        ':ssk': keys.stateSk,
        ':push': push,
        ':at': at,
        ':change': {
          action: 'declaration.pushed',
          clientId: batch.confirm.by.clientId,
          orgId: batch.confirm.by.orgId,
          at,
          cause: batch.batchId,
          detail: { banks: push.banks.map((b) => b.bankId) },
        },
        ...(keys.townshipSk ? { ':tsk': keys.townshipSk } : {}),
      },
    };
  }
}
