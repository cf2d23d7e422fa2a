import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError } from '@sme/kernel';
import type { PartitionPage, ProjectionChange } from '../use-cases/ports.ts';

const attempts = 5;

/**
 * Read → change → put conditioned on the revision read (`rev`), retried when another consumer wrote
 * in between. The whole item is rewritten, so the sparse index keys (set or left out by `toItem`)
 * always agree with the projection they are computed from.
 */
export async function updateOptimistically<T>(args: {
  db: DynamoDBDocumentClient;
  table: string;
  key: Record<string, string>;
  fromItem: (item: Record<string, unknown>) => T;
  toItem: (value: T) => Record<string, unknown>;
  change: ProjectionChange<T>;
}): Promise<void> {
  const { db, table, key } = args;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const out = await db.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
    const rev = typeof out.Item?.rev === 'number' ? out.Item.rev : 0;
    const next = args.change(out.Item ? args.fromItem(out.Item) : undefined);
    if (next === undefined) return;
    try {
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { ...args.toItem(next), ...key, rev: rev + 1 },
          ConditionExpression: rev === 0 ? 'attribute_not_exists(rev)' : 'rev = :rev',
          ...(rev === 0 ? {} : { ExpressionAttributeValues: { ':rev': rev } }),
        }),
      );
      return;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  throw new ConcurrentModificationError(
    `${table} ${JSON.stringify(key)} kept changing; the message is retried`,
  );
}

/** One page of a sparse index partition. */
export async function queryIndexPage<T>(args: {
  db: DynamoDBDocumentClient;
  table: string;
  index: string;
  partitionAttribute: string;
  partition: string;
  limit: number;
  startKey: Record<string, unknown> | undefined;
  fromItem: (item: Record<string, unknown>) => T;
}): Promise<PartitionPage<T>> {
  const out = await args.db.send(
    new QueryCommand({
      TableName: args.table,
      IndexName: args.index,
      KeyConditionExpression: '#p = :p',
      ExpressionAttributeNames: { '#p': args.partitionAttribute },
      ExpressionAttributeValues: { ':p': args.partition },
      Limit: args.limit,
      ExclusiveStartKey: args.startKey,
    }),
  );
  return {
    items: (out.Items ?? []).map(args.fromItem),
    ...(out.LastEvaluatedKey ? { lastKey: out.LastEvaluatedKey } : {}),
  };
}

/** How many items a sparse index partition holds (COUNT queries, paginated). */
export async function countIndexPartition(args: {
  db: DynamoDBDocumentClient;
  table: string;
  index: string;
  partitionAttribute: string;
  partition: string;
}): Promise<number> {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await args.db.send(
      new QueryCommand({
        TableName: args.table,
        IndexName: args.index,
        KeyConditionExpression: '#p = :p',
        ExpressionAttributeNames: { '#p': args.partitionAttribute },
        ExpressionAttributeValues: { ':p': args.partition },
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    count += out.Count ?? 0;
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return count;
}
