import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError, ConflictError } from '@sme/kernel';
import { decodeCursor, encodeCursor, queryAll, type VersionChange } from '@sme/runtime';
import type { BlacklistEntry } from '../domain/entry.ts';
import { listed } from '../domain/entry.ts';
import type { EntryState } from '../domain/entry-state.ts';
import type { StoredParty } from '../domain/parties.ts';
import type { Rekey } from '../domain/rekey.ts';
import type { ListedEntrySource, ScreeningEntryStore, ScreeningProjection } from '../use-cases/ports.ts';

/** A confirmed tie between a listed entry and an enterprise (IntermediaryHitChanged is derived from it). */
export interface IntermediaryHit {
  entryId: string;
  uscc: string;
  state: 'confirmed' | 'revoked';
  /** `report` (an enterprise named in the report) or `screening:<id>`. */
  sources: string[];
  version: number;
  updatedAt: string;
}

export const entryKey = (entryId: string) => ({ pk: `ENTRY#${entryId}`, sk: 'ENTRY' });
export const screenKey = (entryId: string) => ({ pk: `ENTRY#${entryId}`, sk: 'SCREEN' });
export const hitKey = (entryId: string, uscc: string) => ({ pk: `ENTRY#${entryId}`, sk: `HIT#${uscc}` });
export const rekeyHintKey = (entryId: string) => ({ pk: `REKEY#${entryId}`, sk: 'REKEY' });

const listedMarker = 'LISTED';
const screenFeed = 'SCREEN';
const rekeyFeed = 'REKEY';

/**
 * Identifiers a new report presented during a re-keying window, as older-version hash → current
 * hash pairs (hashes only, never a raw value), waiting for the screening function — the one holding
 * the index of hashes — to re-key the listed entries that hold an older hash.
 */
export interface RekeyHint {
  /** The report that presented them. */
  entryId: string;
  rekeys: Rekey[];
}

/** The entry item with the sparse keys of the work-list and bank-list indexes. */
export function entryItem(entry: BlacklistEntry, change: VersionChange): Record<string, unknown> {
  return {
    ...entryKey(entry.entryId),
    state: entry.state,
    stateSk: `${entry.reportedAt}#${entry.entryId}`,
    ...(listed(entry) ? { listed: listedMarker, listedSk: `${entry.listedAt}#${entry.entryId}` } : {}),
    version: entry.version,
    lastChange: change,
    entry,
  };
}

/**
 * The compact item screening loads (index `changes`): only for entries ever listed, parties only
 * while listed. `changedSk` orders the refresh by the writer's clock.
 */
export function screenItem(entry: BlacklistEntry): Record<string, unknown> {
  return {
    ...screenKey(entry.entryId),
    feed: screenFeed,
    changedSk: `${entry.updatedAt}#${entry.entryId}`,
    entryId: entry.entryId,
    version: entry.version,
    state: entry.state,
    parties: listed(entry) ? entry.parties : [],
  };
}

const fromItem = (item: Record<string, unknown>): BlacklistEntry => {
  const entry = item.entry as BlacklistEntry;
  entry.mergedReports ??= [];
  entry.appeals ??= [];
  entry.enterprises ??= [];
  return entry;
};

const conditionFailed = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException ||
  (error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed'));

/** Adapter for the `blacklist-entries` table (access patterns in the blacklist manifest). */
export class DynamoDbEntryStore implements ListedEntrySource, ScreeningEntryStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async get(entryId: string, consistent = false): Promise<BlacklistEntry | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: entryKey(entryId), ConsistentRead: consistent }),
    );
    return out.Item ? fromItem(out.Item) : undefined;
  }

  /**
   * Writes a new report; with `rekeys` (a report made during a re-keying window), also the hint that
   * lets screening re-key older entries holding the same identifiers, in the same transaction.
   */
  async create(entry: BlacklistEntry, change: VersionChange, rekeys: readonly Rekey[] = []): Promise<void> {
    const put = {
      TableName: this.#table,
      Item: entryItem(entry, change),
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    if (rekeys.length === 0) {
      await this.#db.send(new PutCommand(put));
      return;
    }
    const hint = {
      ...rekeyHintKey(entry.entryId),
      feed: rekeyFeed,
      changedSk: `${change.at}#${entry.entryId}`,
      entryId: entry.entryId,
      rekeys,
    };
    await this.#db.send(
      new TransactWriteCommand({
        TransactItems: [{ Put: put }, { Put: { TableName: this.#table, Item: hint } }],
      }),
    );
  }

  /** Re-keying hints not yet applied (index `changes`, feed REKEY; each is deleted once applied). */
  async rekeyHints(): Promise<RekeyHint[]> {
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      IndexName: 'changes',
      KeyConditionExpression: 'feed = :f',
      ExpressionAttributeValues: { ':f': rekeyFeed },
    });
    return items.map((i) => ({
      entryId: String(i.entryId),
      rekeys: (i.rekeys as Rekey[] | undefined) ?? [],
    }));
  }

  async deleteRekeyHint(entryId: string): Promise<void> {
    await this.#db.send(new DeleteCommand({ TableName: this.#table, Key: rekeyHintKey(entryId) }));
  }

  /**
   * The parties of every entry that can match: listed ones (from the screening items, index
   * `changes`) and reports awaiting review (index `byStatus`) — what the key-version counts read.
   */
  async matchableParties(): Promise<{ state: 'listed' | 'reported'; parties: StoredParty[] }[]> {
    const [screen, reported] = await Promise.all([
      this.changedSince(undefined),
      queryAll(this.#db, {
        TableName: this.#table,
        IndexName: 'byStatus',
        KeyConditionExpression: '#s = :s',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':s': 'reported' },
      }),
    ]);
    return [
      ...screen.filter((e) => listed(e)).map((e) => ({ state: 'listed' as const, parties: e.parties })),
      ...reported.map((i) => ({ state: 'reported' as const, parties: fromItem(i).parties })),
    ];
  }

  #putIfVersion(entry: BlacklistEntry, expectedVersion: number, change: VersionChange) {
    return {
      Put: {
        TableName: this.#table,
        Item: entryItem(entry, change),
        ConditionExpression: 'version = :v',
        ExpressionAttributeValues: { ':v': expectedVersion },
      },
    };
  }

  /**
   * Writes new versions if each stored one is still the version read (optimistic concurrency), and
   * the screening item of every entry that is or was listed, in one transaction.
   */
  async save(
    changes: { entry: BlacklistEntry; expectedVersion: number; change: VersionChange }[],
  ): Promise<void> {
    const items = changes.flatMap(({ entry, expectedVersion, change }) => [
      this.#putIfVersion(entry, expectedVersion, change),
      ...(entry.listedAt ? [{ Put: { TableName: this.#table, Item: screenItem(entry) } }] : []),
    ]);
    try {
      await this.#db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (conditionFailed(error)) {
        throw new ConcurrentModificationError(
          `Blacklist entry ${changes.map((c) => c.entry.entryId).join(', ')} was changed concurrently; read it again`,
        );
      }
      throw error;
    }
  }

  /** A page of entries in a state (index byStatus), oldest report first. */
  async listByState(state: EntryState, limit: number, cursor?: string) {
    return this.#page(
      {
        TableName: this.#table,
        IndexName: 'byStatus',
        KeyConditionExpression: '#s = :s',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':s': state },
      },
      `state:${state}`,
      limit,
      cursor,
    );
  }

  /** A page of the entries on the list now (index current), in listing order. */
  async listListed(limit: number, cursor?: string) {
    return this.#page(
      {
        TableName: this.#table,
        IndexName: 'current',
        KeyConditionExpression: 'listed = :l',
        ExpressionAttributeValues: { ':l': listedMarker },
      },
      'listed',
      limit,
      cursor,
    );
  }

  async #page(query: QueryCommandInput, filter: string, limit: number, cursor: string | undefined) {
    const start = decodeCursor(filter, cursor);
    const out = await this.#db.send(
      new QueryCommand({ ...query, Limit: limit, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    const next = encodeCursor(filter, out.LastEvaluatedKey);
    return { items: (out.Items ?? []).map(fromItem), ...(next ? { nextCursor: next } : {}) };
  }

  /** Screening items changed at or after `since` (all of them when undefined), from index `changes`. */
  async changedSince(since: string | undefined): Promise<ScreeningProjection[]> {
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      IndexName: 'changes',
      KeyConditionExpression: since ? 'feed = :f AND changedSk >= :since' : 'feed = :f',
      ExpressionAttributeValues: { ':f': screenFeed, ...(since ? { ':since': since } : {}) },
    });
    return items.map((i) => ({
      entryId: String(i.entryId),
      version: Number(i.version),
      state: i.state as EntryState,
      parties: (i.parties as ScreeningProjection['parties'] | undefined) ?? [],
    }));
  }

  /** The enterprises tied to an entry, consistently read. */
  async hitsOf(entryId: string): Promise<IntermediaryHit[]> {
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :hit)',
      ExpressionAttributeValues: { ':pk': `ENTRY#${entryId}`, ':hit': 'HIT#' },
      ConsistentRead: true,
    });
    return items.map(hitFromItem);
  }

  #confirmHit(entryId: string, uscc: string, source: string, change: VersionChange) {
    return {
      TableName: this.#table,
      Key: hitKey(entryId, uscc),
      UpdateExpression:
        'SET #state = :confirmed, entryId = :e, uscc = :u, updatedAt = :now, lastChange = :change, ' +
        'version = if_not_exists(version, :zero) + :one ADD sources :source',
      // A hit is never revived: entries are never listed again once revoked.
      ConditionExpression:
        '(attribute_not_exists(pk) OR #state = :confirmed) AND NOT contains(sources, :sourceValue)',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':confirmed': 'confirmed',
        ':e': entryId,
        ':u': uscc,
        ':now': change.at,
        ':change': change,
        ':zero': 0,
        ':one': 1,
        ':source': new Set([source]),
        ':sourceValue': source,
      },
    };
  }

  /** Ties an enterprise named in a listed report to the entry; a tie already recorded is left alone. */
  async ensureHit(entryId: string, uscc: string, source: string, change: VersionChange): Promise<void> {
    try {
      await this.#db.send(new UpdateCommand(this.#confirmHit(entryId, uscc, source, change)));
    } catch (error) {
      if (!conditionFailed(error)) throw error;
    }
  }

  /**
   * Ties an application's enterprise to an entry a screening matched, on condition that the entry is
   * still listed (checked in the same transaction, so a revocation in between cannot be missed).
   * Returns false when the tie from this source was already recorded.
   */
  async recordScreeningHit(
    entryId: string,
    uscc: string,
    source: string,
    change: VersionChange,
  ): Promise<boolean> {
    try {
      await this.#db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              ConditionCheck: {
                TableName: this.#table,
                Key: entryKey(entryId),
                ConditionExpression: 'listed = :l',
                ExpressionAttributeValues: { ':l': listedMarker },
              },
            },
            { Update: this.#confirmHit(entryId, uscc, source, change) },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [entryCheck, hit] = error.CancellationReasons ?? [];
      if (entryCheck?.Code === 'ConditionalCheckFailed') {
        throw new ConflictError(`Blacklist entry ${entryId} is no longer listed`, { entryId });
      }
      if (hit?.Code === 'ConditionalCheckFailed') return false;
      throw error;
    }
  }

  /** Ends every confirmed tie of an entry taken off the list; each becomes an IntermediaryHitChanged (revoked). */
  async revokeHits(entryId: string, change: VersionChange): Promise<number> {
    let revoked = 0;
    for (const hit of await this.hitsOf(entryId)) {
      if (hit.state !== 'confirmed') continue;
      try {
        await this.#db.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: hitKey(entryId, hit.uscc),
            UpdateExpression:
              'SET #state = :revoked, updatedAt = :now, lastChange = :change, version = version + :one',
            ConditionExpression: '#state = :confirmed',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: {
              ':revoked': 'revoked',
              ':confirmed': 'confirmed',
              ':now': change.at,
              ':change': change,
              ':one': 1,
            },
          }),
        );
        revoked++;
      } catch (error) {
        if (!conditionFailed(error)) throw error;
      }
    }
    return revoked;
  }
}

/** A hit item as read from the table or a stream image. */
export function hitFromItem(item: Record<string, unknown>): IntermediaryHit {
  return {
    entryId: String(item.entryId),
    uscc: String(item.uscc),
    state: item.state === 'revoked' ? 'revoked' : 'confirmed',
    sources: [...((item.sources as Set<string> | string[] | undefined) ?? [])].sort(),
    version: Number(item.version),
    updatedAt: String(item.updatedAt),
  };
}
