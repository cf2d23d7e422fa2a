import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError, ConflictError, ValidationError } from '@sme/kernel';
import { batchGetAll, batchWriteAll, queryAll, type VersionChange } from '@sme/runtime';
import { type Declaration, isKeyIndustryChain } from '../domain/declaration.ts';
import type { DeclarationState } from '../domain/declaration-state.ts';
import type { DeclarationStore } from '../use-cases/ports.ts';

export const declarationKey = (id: string) => ({ pk: `DCL#${id}`, sk: 'DCL' });
/**
 * One item per open (enterprise, demand): the uniqueness guard of "one open declaration per demand",
 * and, queried by enterprise, the list of its open declarations (consistent, and no index to keep).
 */
export const openKey = (uscc: string, demandKey: string) => ({ pk: `ENT#${uscc}`, sk: `OPEN#${demandKey}` });

const closedStates: ReadonlySet<DeclarationState> = new Set(['CREDITED', 'REMOVED']);

/** Sort keys of the list indexes: key-industry-chain first (0), then the oldest declaration. */
export function listKeys(d: {
  id: string;
  state: DeclarationState;
  createdAt: string;
  keyIndustryChain: boolean;
  township: string | undefined;
}) {
  const tail = `${d.keyIndustryChain ? 0 : 1}#${d.createdAt}#${d.id}`;
  return {
    stateSk: tail,
    ...(d.township ? { township: d.township, townshipSk: `${d.state}#${tail}` } : {}),
  };
}

export function toItem(d: Declaration, change: VersionChange): Record<string, unknown> {
  return {
    ...declarationKey(d.id),
    state: d.state,
    ...listKeys({
      id: d.id,
      state: d.state,
      createdAt: d.createdAt,
      keyIndustryChain: isKeyIndustryChain(d),
      township: d.facts.registry?.township,
    }),
    version: d.version,
    lastChange: change,
    declaration: d,
  };
}

export function fromItem(item: Record<string, unknown>): Declaration {
  const d = item.declaration as Declaration;
  // Empty lists may come back absent from some readers (streams); the domain always has them.
  d.reviews ??= [];
  d.declinedBy ??= [];
  d.facts ??= { intermediaryEntryIds: [] };
  d.facts.intermediaryEntryIds ??= [];
  return d;
}

export interface DeclarationFilter {
  state?: DeclarationState;
  township?: string;
}

const invalidCursor = () =>
  new ValidationError('Invalid cursor', [
    { path: 'query.cursor', message: 'not a cursor this list returned' },
  ]);

/** Adapter for the `matching-declarations` table (access patterns in the matching manifest). */
export class DynamoDbDeclarationStore implements DeclarationStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  get table(): string {
    return this.#table;
  }

  async get(id: string, consistent = false): Promise<Declaration | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: declarationKey(id), ConsistentRead: consistent }),
    );
    return out.Item ? fromItem(out.Item) : undefined;
  }

  /**
   * Writes a new declaration and claims its (enterprise, demand) in one transaction. A claim held
   * by another open declaration → `ConflictError` naming it (`existingDeclarationId`).
   */
  async create(d: Declaration, change: VersionChange): Promise<void> {
    const claim = openKey(d.uscc, d.demandKey);
    try {
      await this.#db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#table,
                Item: { ...claim, declarationId: d.id, claimedAt: d.createdAt },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: this.#table,
                Item: toItem(d, change),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      if (error.CancellationReasons?.[0]?.Code !== 'ConditionalCheckFailed') throw error;
      const held = await this.#db.send(
        new GetCommand({ TableName: this.#table, Key: claim, ConsistentRead: true }),
      );
      const existing = String(held.Item?.declarationId ?? 'unknown');
      throw new ConflictError(
        `Enterprise ${d.uscc} already has open declaration ${existing} for this demand (${d.demandKey})`,
        { existingDeclarationId: existing, demandKey: d.demandKey },
      );
    }
  }

  /**
   * Writes a new version if the stored one is still `expectedVersion`; closing it (REMOVED,
   * CREDITED) releases its (enterprise, demand) claim in the same transaction.
   */
  async save(d: Declaration, expectedVersion: number, change: VersionChange): Promise<void> {
    const put = {
      TableName: this.#table,
      Item: toItem(d, change),
      ConditionExpression: 'version = :v',
      ExpressionAttributeValues: { ':v': expectedVersion },
    };
    const stale = () =>
      new ConcurrentModificationError(`Declaration ${d.id} was changed concurrently; read it again`, {
        declarationId: d.id,
      });
    try {
      if (!closedStates.has(d.state)) {
        await this.#db.send(new PutCommand(put));
        return;
      }
      await this.#db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: put },
            {
              Delete: {
                TableName: this.#table,
                Key: openKey(d.uscc, d.demandKey),
                ConditionExpression: 'attribute_not_exists(pk) OR declarationId = :id',
                ExpressionAttributeValues: { ':id': d.id },
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw stale();
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
      )
        throw stale();
      throw error;
    }
  }

  /** The enterprise's declarations that are not closed (re-screened when its facts change), read consistently. */
  async openOf(uscc: string): Promise<Declaration[]> {
    const claims = await queryAll(this.#db, {
      TableName: this.#table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :open)',
      ExpressionAttributeValues: { ':pk': `ENT#${uscc}`, ':open': 'OPEN#' },
      ConsistentRead: true,
    });
    const found = await this.getMany(claims.map((c) => String(c.declarationId)));
    return [...found.values()].filter((d) => !closedStates.has(d.state));
  }

  /** Every declaration in a state, in list order (a push batch over all RECOMMENDED). */
  async allIn(state: DeclarationState): Promise<Declaration[]> {
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      IndexName: 'byState',
      KeyConditionExpression: '#s = :s',
      ExpressionAttributeNames: { '#s': 'state' },
      ExpressionAttributeValues: { ':s': state },
    });
    return items.map(fromItem);
  }

  /** Consistent read by id; unknown ids are simply absent from the map. */
  async getMany(ids: readonly string[]): Promise<Map<string, Declaration>> {
    const items = await batchGetAll(this.#db, this.#table, [...new Set(ids)].map(declarationKey));
    return new Map(items.map(fromItem).map((d) => [d.id, d]));
  }

  /** Unconditional writes, for seeding a benchmark or a demo; requests never use it. */
  async putAll(declarations: readonly Declaration[], change: VersionChange): Promise<void> {
    await batchWriteAll(
      this.#db,
      this.#table,
      declarations.flatMap((d) => [
        { PutRequest: { Item: toItem(d, change) } },
        {
          PutRequest: {
            Item: { ...openKey(d.uscc, d.demandKey), declarationId: d.id, claimedAt: d.createdAt },
          },
        },
      ]),
    );
  }

  /**
   * A page by township (index byTownship, optionally narrowed to a state) or by state (byState).
   * The cursor is bound to the filter, so reusing it with another filter is refused.
   */
  async list(filter: DeclarationFilter, limit: number, cursor?: string) {
    const bound = `${filter.state ?? ''}|${filter.township ?? ''}`;
    let start: Record<string, unknown> | undefined;
    if (cursor) {
      let parsed: { f?: unknown; k?: unknown };
      try {
        parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
          f?: unknown;
          k?: unknown;
        };
      } catch {
        throw invalidCursor();
      }
      if (parsed.f !== bound || typeof parsed.k !== 'object' || parsed.k === null) throw invalidCursor();
      start = parsed.k as Record<string, unknown>;
    }
    let query: QueryCommandInput;
    if (filter.township) {
      query = {
        TableName: this.#table,
        IndexName: 'byTownship',
        KeyConditionExpression: filter.state
          ? 'township = :t AND begins_with(townshipSk, :s)'
          : 'township = :t',
        ExpressionAttributeValues: {
          ':t': filter.township,
          ...(filter.state ? { ':s': `${filter.state}#` } : {}),
        },
      };
    } else if (filter.state) {
      query = {
        TableName: this.#table,
        IndexName: 'byState',
        KeyConditionExpression: '#s = :s',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':s': filter.state },
      };
    } else {
      throw new ValidationError('Name a state or a township', [
        { path: 'query', message: 'state or township is required (lists never scan the table)' },
      ]);
    }
    const out = await this.#db.send(
      new QueryCommand({ ...query, Limit: limit, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    const next = out.LastEvaluatedKey
      ? Buffer.from(JSON.stringify({ f: bound, k: out.LastEvaluatedKey })).toString('base64url')
      : undefined;
    return { items: (out.Items ?? []).map(fromItem), ...(next ? { nextCursor: next } : {}) };
  }
}
