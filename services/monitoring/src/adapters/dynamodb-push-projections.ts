import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type PushProjection, shouldBeLent } from '../domain/push-projection.ts';
import type { ProjectionChange, PushProjections } from '../use-cases/ports.ts';
import { countIndexPartition, queryIndexPage, updateOptimistically } from './optimistic-update.ts';

/** The sparse index of "should be lent but isn't" (应贷未贷). */
export const shouldBeLentIndex = { name: 'shouldBeLent', partition: 'gapBank', sort: 'gapSk' } as const;

/** The item of a push: its projection, and the index keys only while it is in the gap. */
export function toItem(p: PushProjection): Record<string, unknown> {
  const item: Record<string, unknown> = { ...p };
  if (shouldBeLent(p) && p.pushedOn) {
    item[shouldBeLentIndex.partition] = p.bankId;
    // Oldest push first: the longest wait heads the bank's list.
    item[shouldBeLentIndex.sort] = `${p.pushedOn}#${p.pushId}`;
  }
  return item;
}

export function fromItem(item: Record<string, unknown>): PushProjection {
  const { rev: _rev, gapBank: _b, gapSk: _s, ...p } = item;
  const push = p as unknown as PushProjection;
  // Empty lists may come back absent; the domain always has them.
  return { ...push, steps: push.steps ?? [] };
}

const listed = (item: Record<string, unknown>) => fromItem(item) as PushProjection & { pushedOn: string };

/** Adapter for `monitoring-pushes` (access patterns in the manifest). */
export class DynamoDbPushProjections implements PushProjections {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  update(pushId: string, change: ProjectionChange<PushProjection>): Promise<void> {
    return updateOptimistically({
      db: this.#db,
      table: this.#table,
      key: { pushId },
      fromItem,
      toItem,
      change,
    });
  }

  page(bankId: string, limit: number, startKey?: Record<string, unknown>) {
    return queryIndexPage({
      db: this.#db,
      table: this.#table,
      index: shouldBeLentIndex.name,
      partitionAttribute: shouldBeLentIndex.partition,
      partition: bankId,
      limit,
      startKey,
      fromItem: listed,
    });
  }

  count(bankId: string): Promise<number> {
    return countIndexPartition({
      db: this.#db,
      table: this.#table,
      index: shouldBeLentIndex.name,
      partitionAttribute: shouldBeLentIndex.partition,
      partition: bankId,
    });
  }
}
