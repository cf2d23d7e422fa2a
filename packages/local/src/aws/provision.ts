import {
  type AttributeDefinition,
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  type KeySchemaElement,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { ValidationError } from '@sme/kernel';
import { type KeySpec, physicalName, type QueueSpec, type TableSpec } from '@sme/runtime';

export interface ProvisionedTable {
  tableName: string;
  /** Set when the spec asks for a stream; the stream poller reads from it. */
  streamArn?: string;
}

export interface ProvisionedQueue {
  url: string;
  arn: string;
  dlqUrl: string;
  dlqArn: string;
}

function keySchema(partitionKey: KeySpec, sortKey: KeySpec | undefined): KeySchemaElement[] {
  const schema: KeySchemaElement[] = [{ AttributeName: partitionKey.name, KeyType: 'HASH' }];
  if (sortKey) schema.push({ AttributeName: sortKey.name, KeyType: 'RANGE' });
  return schema;
}

/** Every key attribute once; one name used with two types would be rejected by DynamoDB less clearly. */
function attributeDefinitions(logical: string, spec: TableSpec): AttributeDefinition[] {
  const keys: { key: KeySpec; path: string }[] = [{ key: spec.partitionKey, path: 'partitionKey' }];
  if (spec.sortKey) keys.push({ key: spec.sortKey, path: 'sortKey' });
  for (const [indexName, index] of Object.entries(spec.indexes ?? {})) {
    keys.push({ key: index.partitionKey, path: `indexes.${indexName}.partitionKey` });
    if (index.sortKey) keys.push({ key: index.sortKey, path: `indexes.${indexName}.sortKey` });
  }
  const types = new Map<string, KeySpec['type']>();
  for (const { key, path } of keys) {
    const seen = types.get(key.name);
    if (seen !== undefined && seen !== key.type) {
      throw new ValidationError(
        `table ${logical}: attribute ${key.name} is used as both ${seen} and ${key.type}`,
        [
          {
            path: `tables.${logical}.${path}.type`,
            message: `must be ${seen} like the other uses of ${key.name}`,
          },
        ],
      );
    }
    types.set(key.name, key.type);
  }
  return [...types].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }));
}

/** The CreateTable request for one manifest table: on-demand, GSIs, and a stream when asked. */
export function createTableInput(city: string, logical: string, spec: TableSpec): CreateTableCommandInput {
  const indexes = Object.entries(spec.indexes ?? {});
  return {
    TableName: physicalName.table(city, logical),
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: keySchema(spec.partitionKey, spec.sortKey),
    AttributeDefinitions: attributeDefinitions(logical, spec),
    ...(indexes.length > 0
      ? {
          GlobalSecondaryIndexes: indexes.map(([IndexName, index]) => ({
            IndexName,
            KeySchema: keySchema(index.partitionKey, index.sortKey),
            Projection: { ProjectionType: index.projection === 'all' ? 'ALL' : 'KEYS_ONLY' },
          })),
        }
      : {}),
    ...(spec.stream
      ? { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }
      : {}),
  };
}

async function createTable(
  client: DynamoDBClient,
  city: string,
  logical: string,
  spec: TableSpec,
): Promise<ProvisionedTable> {
  const input = createTableInput(city, logical, spec);
  const tableName = physicalName.table(city, logical);
  let streamArn: string | undefined;
  try {
    const created = await client.send(new CreateTableCommand(input));
    streamArn = created.TableDescription?.LatestStreamArn;
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    streamArn = described.Table?.LatestStreamArn;
  }
  if (spec.timeToLive) {
    // UpdateTimeToLive fails when TTL is already on, so a second run asks first.
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { Enabled: true, AttributeName: spec.timeToLive },
        }),
      );
    }
  }
  return spec.stream && streamArn ? { tableName, streamArn } : { tableName };
}

/**
 * Creates the manifest's tables as the city stack defines them (names from `physicalName.table`).
 * Idempotent: an existing table is left as it is, so a restart against a kept database is fine.
 *
 * @returns per logical name, the physical table name and, for streamed tables, the stream ARN.
 */
export async function createTables(
  client: DynamoDBClient,
  city: string,
  tables: Record<string, TableSpec>,
): Promise<Record<string, ProvisionedTable>> {
  const entries = await Promise.all(
    Object.entries(tables).map(
      async ([logical, spec]) => [logical, await createTable(client, city, logical, spec)] as const,
    ),
  );
  return Object.fromEntries(entries);
}

function checkQueue(logical: string, spec: QueueSpec, visibility: number): void {
  const issues = [];
  if (!Number.isInteger(spec.maxReceiveCount) || spec.maxReceiveCount < 1 || spec.maxReceiveCount > 1000) {
    issues.push({ path: `queues.${logical}.maxReceiveCount`, message: 'must be an integer from 1 to 1000' });
  }
  if (!Number.isInteger(visibility) || visibility < 0 || visibility > 43_200) {
    issues.push({
      path: `queues.${logical}.visibilityTimeoutSeconds`,
      message: 'must be an integer from 0 to 43200',
    });
  }
  if (issues.length > 0) throw new ValidationError(`queue ${logical} is not valid`, issues);
}

export async function createQueue(sqs: SQSClient, name: string, attributes: Record<string, string>) {
  const created = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  const url = created.QueueUrl;
  if (!url) throw new Error(`CreateQueue ${name} returned no QueueUrl`);
  const described = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
  );
  const arn = described.Attributes?.QueueArn;
  if (!arn) throw new Error(`queue ${name} has no QueueArn`);
  return { url, arn };
}

/**
 * Creates each manifest queue with its DLQ first, then the queue redriving to it after
 * `maxReceiveCount` receives. FIFO queues get a FIFO DLQ (SQS requires it) and content-based
 * deduplication. `visibilityFor` gives the visibility timeout in seconds per logical queue, so the
 * caller applies the same "≥ 6 × consumer timeout" rule as the CDK stack.
 */
export async function createQueues(
  sqs: SQSClient,
  city: string,
  queues: Record<string, QueueSpec>,
  visibilityFor: (logical: string) => number,
): Promise<Record<string, ProvisionedQueue>> {
  const entries = await Promise.all(
    Object.entries(queues).map(async ([logical, spec]) => {
      const visibility = visibilityFor(logical);
      checkQueue(logical, spec, visibility);
      const fifo = spec.fifo === true;
      const fifoAttributes: Record<string, string> = fifo
        ? { FifoQueue: 'true', ContentBasedDeduplication: 'true' }
        : {};
      const dlq = await createQueue(sqs, physicalName.dlq(city, logical, fifo), { ...fifoAttributes });
      const queue = await createQueue(sqs, physicalName.queue(city, logical, fifo), {
        ...fifoAttributes,
        VisibilityTimeout: String(visibility),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: dlq.arn,
          maxReceiveCount: spec.maxReceiveCount,
        }),
      });
      const provisioned: ProvisionedQueue = {
        url: queue.url,
        arn: queue.arn,
        dlqUrl: dlq.url,
        dlqArn: dlq.arn,
      };
      return [logical, provisioned] as const;
    }),
  );
  return Object.fromEntries(entries);
}
