import {
  BatchGetCommand,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';

/** One put or delete of a BatchWriteItem request. */
export type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

/** Backs off (with jitter) between retries of unprocessed items; gives up after 9 tries. */
async function backoff(attempt: number): Promise<void> {
  if (attempt > 8) throw new Error('DynamoDB kept returning unprocessed items');
  await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2)));
}

/**
 * Writes every request, 25 a call (in parallel), retrying unprocessed items until none remain.
 * Unconditional by nature: callers that need conditions use single writes.
 */
export async function batchWriteAll(
  db: DynamoDBDocumentClient,
  table: string,
  requests: WriteRequest[],
): Promise<void> {
  const batches: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += 25) batches.push(requests.slice(i, i + 25));
  await Promise.all(
    batches.map(async (batch) => {
      let pending = batch;
      for (let attempt = 0; pending.length > 0; attempt++) {
        const out = await db.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
        pending = out.UnprocessedItems?.[table] ?? [];
        if (pending.length > 0) await backoff(attempt);
      }
    }),
  );
}

/** Reads items by key, 100 a call, retrying unprocessed keys; order of the result is not the keys'. */
export async function batchGetAll(
  db: DynamoDBDocumentClient,
  table: string,
  keys: Record<string, unknown>[],
  consistent = true,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let pending = keys.slice(i, i + 100);
    for (let attempt = 0; pending.length > 0; attempt++) {
      const out = await db.send(
        new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: consistent } } }),
      );
      items.push(...(out.Responses?.[table] ?? []));
      pending = (out.UnprocessedKeys?.[table]?.Keys as Record<string, unknown>[] | undefined) ?? [];
      if (pending.length > 0) await backoff(attempt);
    }
  }
  return items;
}

/** Every item a query matches, page after page. For small, bounded result sets only. */
export async function queryAll(
  db: Pick<DynamoDBDocumentClient, 'send'>,
  query: QueryCommandInput,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.send(new QueryCommand({ ...query, ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}
