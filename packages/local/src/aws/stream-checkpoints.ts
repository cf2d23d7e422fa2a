import {
  CreateTableCommand,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
  type QueryCommandOutput,
} from '@aws-sdk/client-dynamodb';

/** Where a stream consumer got to on one shard. */
export interface ShardCheckpoint {
  /** The last record handled, or parked on the failures queue: reading resumes after it. */
  sequenceNumber?: string;
  /** The shard is closed and every record of it was handled: nothing left to read. */
  done?: boolean;
}

/**
 * The checkpoints of one consumer (a function) on one stream, by shard: what the event source mapping
 * keeps for a deployed function, so a restarted poller carries on where the last one stopped.
 */
export interface StreamCheckpointStore {
  /** Every shard checkpoint saved so far, by shard id (empty for a consumer never started). */
  load(): Promise<Map<string, ShardCheckpoint>>;
  save(shardId: string, checkpoint: ShardCheckpoint): Promise<void>;
}

/** Checkpoints kept in memory: survive a poller's stop and a new start in the same process (tests). */
export function memoryCheckpointStore(): StreamCheckpointStore & { saves: number } {
  const shards = new Map<string, ShardCheckpoint>();
  const store = {
    saves: 0,
    load: async () => new Map(shards),
    save: async (shardId: string, checkpoint: ShardCheckpoint) => {
      store.saves += 1;
      shards.set(shardId, { ...checkpoint });
    },
  };
  return store;
}

/**
 * Creates the local stack's checkpoint table if missing: key `consumer` (function and stream ARN) and
 * `shardId`. It lives in DynamoDB Local beside the tables whose streams it tracks, so it is kept and
 * wiped with them (`./dev start` keeps both; `--fresh` and tests start both empty).
 */
export async function createCheckpointTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'consumer', KeyType: 'HASH' },
          { AttributeName: 'shardId', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'consumer', AttributeType: 'S' },
          { AttributeName: 'shardId', AttributeType: 'S' },
        ],
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
}

/**
 * Checkpoints of `functionName` on `streamArn` in the table made by `createCheckpointTable`. A table
 * recreated with a new stream has a new stream ARN, so it starts with no checkpoints, as it should.
 */
export function dynamoDbCheckpointStore(args: {
  client: DynamoDBClient;
  tableName: string;
  functionName: string;
  streamArn: string;
}): StreamCheckpointStore {
  const { client, tableName } = args;
  const consumer = `${args.functionName} ${args.streamArn}`;
  return {
    load: async () => {
      const shards = new Map<string, ShardCheckpoint>();
      let start: QueryCommandOutput['LastEvaluatedKey'];
      do {
        const out = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'consumer = :c',
            ExpressionAttributeValues: { ':c': { S: consumer } },
            ConsistentRead: true,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const item of out.Items ?? []) {
          const shardId = item.shardId?.S;
          if (!shardId) continue;
          const sequenceNumber = item.sequenceNumber?.S;
          shards.set(shardId, {
            ...(sequenceNumber ? { sequenceNumber } : {}),
            ...(item.done?.BOOL ? { done: true } : {}),
          });
        }
        start = out.LastEvaluatedKey;
      } while (start);
      return shards;
    },
    save: async (shardId, checkpoint) => {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: {
            consumer: { S: consumer },
            shardId: { S: shardId },
            ...(checkpoint.sequenceNumber ? { sequenceNumber: { S: checkpoint.sequenceNumber } } : {}),
            ...(checkpoint.done ? { done: { BOOL: true } } : {}),
            savedAt: { S: new Date().toISOString() },
          },
        }),
      );
    },
  };
}
