import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError } from '@sme/kernel';
import {
  batchGetAll,
  batchWriteAll,
  decodePartitionCursor,
  encodePartitionCursor,
  type ItemWrite,
} from '@sme/runtime';
import type { StoredEnterprise } from '../domain/enterprise.ts';
import { divisionsOf } from '../domain/industry-codes.ts';
import type { EnterpriseRepository } from '../use-cases/ports.ts';

const sizeKeys = ['micro', 'small', 'medium', 'large', 'unclassified'] as const;
const derivedAttributes = ['pk', 'sk', 'industryDivision', 'industrySk', 'sizeKey', 'classSk'] as const;

export interface EnterpriseFilter {
  township?: string;
  industry?: string;
  sizeClass?: string;
  entityType?: string;
  status?: string;
  tag?: string;
}

export const enterpriseKey = (uscc: string) => ({ pk: `ENT#${uscc}`, sk: 'ENT' });
export const tagKey = (tag: string, uscc: string) => ({ pk: `TAG#${tag}`, sk: `ENT#${uscc}` });

export function toItem(e: StoredEnterprise): Record<string, unknown> {
  const division = e.industryCode.length >= 3 ? e.industryCode.slice(0, 3) : e.industryCode;
  return {
    ...enterpriseKey(e.uscc),
    ...e,
    industryDivision: division,
    industrySk: `${e.industryCode}#${e.uscc}`,
    sizeKey: e.size.sizeClass ?? 'unclassified',
    classSk: `${e.status}#${e.entityType}#${e.uscc}`,
  };
}

export function fromItem(item: Record<string, unknown>): StoredEnterprise {
  const copy: Record<string, unknown> = { ...item };
  for (const a of derivedAttributes) delete copy[a];
  // Empty maps and lists may come back absent or null from some readers (streams); the domain always has them.
  copy.tags ??= {};
  copy.lendingBanks ??= [];
  return copy as unknown as StoredEnterprise;
}

interface QueryPlan {
  /** Each partition is one Query; pages walk them in order. */
  partitions: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'Limit'>[];
  /** Tag queries return keys only; the enterprises are then fetched by key. */
  viaTag: boolean;
}

/** Adapter for the `enterprises` table (access patterns documented in the registry manifest). */
export class DynamoDbEnterpriseRepository implements EnterpriseRepository {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async get(uscc: string, consistent = false): Promise<StoredEnterprise | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: enterpriseKey(uscc), ConsistentRead: consistent }),
    );
    return out.Item ? fromItem(out.Item) : undefined;
  }

  /** Writes one version; `expectedVersion` undefined means "must not exist yet". */
  async save(enterprise: StoredEnterprise, expectedVersion: number | undefined): Promise<void> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: toItem(enterprise),
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ConcurrentModificationError(
          `Enterprise ${enterprise.uscc} was changed by another writer; read it again`,
          {
            uscc: enterprise.uscc,
          },
        );
      }
      throw error;
    }
  }

  /** Consistent batch read of enterprises (import chunks). */
  async getMany(usccs: string[]): Promise<Map<string, StoredEnterprise>> {
    const items = await batchGetAll(this.#db, this.#table, [...new Set(usccs)].map(enterpriseKey));
    return new Map(items.map(fromItem).map((e) => [e.uscc, e]));
  }

  /** Unconditional batch write of puts and deletes. */
  async writeMany(puts: Record<string, unknown>[], deletes: Record<string, unknown>[] = []): Promise<void> {
    await batchWriteAll(this.#db, this.#table, [
      ...puts.map((Item) => ({ PutRequest: { Item } })),
      ...deletes.map((Key) => ({ DeleteRequest: { Key } })),
    ]);
  }

  /**
   * Gives a version that was written over another copy of its number (see enterprise-changes) the next
   * number, if it is still the stored one; false when another writer has moved on since.
   */
  async restamp(uscc: string, version: number, updatedAt: string, now: string): Promise<boolean> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: enterpriseKey(uscc),
          UpdateExpression: 'SET version = :next, updatedAt = :now',
          ConditionExpression: 'version = :v AND updatedAt = :u',
          ExpressionAttributeValues: { ':next': version + 1, ':now': now, ':v': version, ':u': updatedAt },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** Unconditional batch write: for enterprises that did not exist when the chunk read them. */
  async putAll(enterprises: StoredEnterprise[]): Promise<void> {
    await this.writeMany(enterprises.map(toItem));
  }

  /**
   * Conditional writes of new versions, all at once; returns the USCCs whose stored version was no
   * longer the expected one (another writer got there first). BatchWriteItem has no conditions.
   */
  async saveAll(versions: { enterprise: StoredEnterprise; expectedVersion: number }[]): Promise<string[]> {
    const outcomes = await Promise.all(
      versions.map(async ({ enterprise, expectedVersion }) => {
        try {
          await this.save(enterprise, expectedVersion);
          return undefined;
        } catch (error) {
          if (error instanceof ConcurrentModificationError) return enterprise.uscc;
          throw error;
        }
      }),
    );
    return outcomes.filter((uscc): uscc is string => uscc !== undefined);
  }

  /** The writes that keep the tag membership items in step with a change of tags. */
  tagWrites(uscc: string, added: string[], removed: string[]): ItemWrite[] {
    return [
      ...added.map((tag) => ({
        table: this.#table,
        key: tagKey(tag, uscc),
        item: { ...tagKey(tag, uscc), uscc, tag },
      })),
      ...removed.map((tag) => ({ table: this.#table, key: tagKey(tag, uscc) })),
    ];
  }

  /**
   * A page of enterprises matching the filter. Picks the most selective index (tag, township,
   * industry, then size class); the remaining filters are FilterExpressions. The cursor is bound to
   * the filter, so reusing it with other filters is refused rather than silently wrong.
   */
  async list(
    filter: EnterpriseFilter,
    limit: number,
    cursor?: string,
  ): Promise<{ items: StoredEnterprise[]; nextCursor?: string }> {
    const fingerprint = createHash('sha256').update(JSON.stringify(filter)).digest('base64url').slice(0, 16);
    const plan = this.#plan(filter);
    const position = decodePartitionCursor(fingerprint, cursor, plan.partitions.length);
    const items: StoredEnterprise[] = [];
    let partition = position.partition;
    let startKey = position.key;
    // Bounded work per request: at most 8 Query calls, then hand back a cursor.
    for (let calls = 0; calls < 8 && partition < plan.partitions.length && items.length < limit; calls++) {
      const base = plan.partitions[partition];
      if (!base) break;
      const out = await this.#db.send(
        new QueryCommand({
          ...base,
          Limit: limit - items.length,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      let page = (out.Items ?? []).map(fromItem);
      if (plan.viaTag) page = await this.#resolveTagPage(out.Items ?? [], filter);
      items.push(...page);
      startKey = out.LastEvaluatedKey;
      if (!startKey) partition += 1;
    }
    const more = partition < plan.partitions.length;
    return {
      items,
      ...(more
        ? {
            nextCursor: encodePartitionCursor(fingerprint, {
              partition,
              ...(startKey ? { key: startKey } : {}),
            }),
          }
        : {}),
    };
  }

  async #resolveTagPage(
    tagItems: Record<string, unknown>[],
    filter: EnterpriseFilter,
  ): Promise<StoredEnterprise[]> {
    const usccs = tagItems.map((i) => String(i.uscc));
    if (usccs.length === 0) return [];
    const found = await this.getMany(usccs);
    return usccs
      .map((u) => found.get(u))
      .filter((e): e is StoredEnterprise => e !== undefined)
      .filter(
        (e) =>
          (!filter.township || e.township === filter.township) &&
          (!filter.industry || e.industryCode.startsWith(filter.industry)) &&
          (!filter.sizeClass || e.size.sizeClass === filter.sizeClass) &&
          (!filter.entityType || e.entityType === filter.entityType) &&
          (!filter.status || e.status === filter.status),
      );
  }

  #plan(filter: EnterpriseFilter): QueryPlan {
    const table = this.#table;
    if (filter.tag) {
      return {
        viaTag: true,
        partitions: [
          {
            TableName: table,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': `TAG#${filter.tag}` },
          },
        ],
      };
    }
    const residual: (keyof EnterpriseFilter)[] = [
      'township',
      'industry',
      'sizeClass',
      'entityType',
      'status',
    ];
    const withFilter = (input: QueryCommandInput, used: (keyof EnterpriseFilter)[]): QueryCommandInput => {
      const parts: string[] = [];
      const names: Record<string, string> = { ...input.ExpressionAttributeNames };
      const values: Record<string, unknown> = { ...input.ExpressionAttributeValues };
      for (const key of residual) {
        const value = filter[key];
        if (value === undefined || used.includes(key)) continue;
        if (key === 'industry') parts.push('begins_with(industryCode, :f_industry)');
        else if (key === 'sizeClass') parts.push('sizeKey = :f_sizeClass');
        else {
          parts.push(`#f_${key} = :f_${key}`);
          names[`#f_${key}`] = key;
        }
        values[`:f_${key}`] = value;
      }
      if (parts.length === 0) return input;
      return {
        ...input,
        FilterExpression: parts.join(' AND '),
        ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
      };
    };
    if (filter.township) {
      return {
        viaTag: false,
        partitions: [
          withFilter(
            {
              TableName: table,
              IndexName: 'byTownship',
              KeyConditionExpression: 'township = :t',
              ExpressionAttributeValues: { ':t': filter.township },
            },
            ['township'],
          ),
        ],
      };
    }
    if (filter.industry) {
      const code = filter.industry;
      // A bare section also matches items coded with the letter alone.
      const divisions = code.length >= 3 ? [code.slice(0, 3)] : [code, ...divisionsOf(code)];
      return {
        viaTag: false,
        partitions: divisions.map((division) =>
          withFilter(
            {
              TableName: table,
              IndexName: 'byIndustry',
              KeyConditionExpression: 'industryDivision = :d AND begins_with(industrySk, :prefix)',
              ExpressionAttributeValues: { ':d': division, ':prefix': code.length >= 3 ? code : division },
            },
            ['industry'],
          ),
        ),
      };
    }
    const prefix = filter.status
      ? `${filter.status}#${filter.entityType ? `${filter.entityType}#` : ''}`
      : '';
    const used: (keyof EnterpriseFilter)[] = [
      'sizeClass',
      ...(filter.status ? (['status'] as const) : []),
      ...(filter.status && filter.entityType ? (['entityType'] as const) : []),
    ];
    const keys = filter.sizeClass ? [filter.sizeClass] : [...sizeKeys];
    return {
      viaTag: false,
      partitions: keys.map((sizeKey) =>
        withFilter(
          {
            TableName: table,
            IndexName: 'bySizeClass',
            KeyConditionExpression: prefix ? 'sizeKey = :s AND begins_with(classSk, :p)' : 'sizeKey = :s',
            ExpressionAttributeValues: prefix ? { ':s': sizeKey, ':p': prefix } : { ':s': sizeKey },
          },
          used,
        ),
      ),
    };
  }
}
