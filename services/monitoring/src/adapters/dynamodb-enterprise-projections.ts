import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  type EnterpriseProjection,
  isKeyIndustryChain,
  shouldBeIn,
} from '../domain/enterprise-projection.ts';
import type { EnterpriseProjections, ProjectionChange } from '../use-cases/ports.ts';
import { countIndexPartition, queryIndexPage, updateOptimistically } from './optimistic-update.ts';

/** The sparse index of "should be in but isn't" (应进未进). */
export const shouldBeInIndex = { name: 'shouldBeIn', partition: 'gapTownship', sort: 'gapSk' } as const;

/** The item of a projection: its parts, and the index keys only while it is in the gap. */
export function toItem(p: EnterpriseProjection): Record<string, unknown> {
  const item: Record<string, unknown> = { ...p };
  if (shouldBeIn(p) && p.registry) {
    item[shouldBeInIndex.partition] = p.registry.township;
    // Key-industry-chain enterprises first (seed 001 §二(二)), then by USCC.
    item[shouldBeInIndex.sort] = `${isKeyIndustryChain(p) ? 0 : 1}#${p.uscc}`;
  }
  return item;
}

export function fromItem(item: Record<string, unknown>): EnterpriseProjection {
  const { rev: _rev, gapTownship: _t, gapSk: _s, ...p } = item;
  return p as unknown as EnterpriseProjection;
}

/** Adapter for `monitoring-enterprises` (access patterns in the manifest). */
export class DynamoDbEnterpriseProjections implements EnterpriseProjections {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async get(uscc: string): Promise<EnterpriseProjection | undefined> {
    const out = await this.#db.send(new GetCommand({ TableName: this.#table, Key: { uscc } }));
    return out.Item ? fromItem(out.Item) : undefined;
  }

  update(uscc: string, change: ProjectionChange<EnterpriseProjection>): Promise<void> {
    return updateOptimistically({
      db: this.#db,
      table: this.#table,
      key: { uscc },
      fromItem,
      toItem,
      change,
    });
  }

  page(township: string, limit: number, startKey?: Record<string, unknown>) {
    return queryIndexPage({
      db: this.#db,
      table: this.#table,
      index: shouldBeInIndex.name,
      partitionAttribute: shouldBeInIndex.partition,
      partition: township,
      limit,
      startKey,
      fromItem,
    });
  }

  count(township: string): Promise<number> {
    return countIndexPartition({
      db: this.#db,
      table: this.#table,
      index: shouldBeInIndex.name,
      partitionAttribute: shouldBeInIndex.partition,
      partition: township,
    });
  }
}
