import {
  type AttributeDefinition,
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  type KeySchemaElement,
  type TableDescription,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  SetQueueAttributesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
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
  onChange: (message: string) => void,
): Promise<ProvisionedTable> {
  const input = createTableInput(city, logical, spec);
  const tableName = physicalName.table(city, logical);
  let streamArn: string | undefined;
  try {
    const created = await client.send(new CreateTableCommand(input));
    streamArn = created.TableDescription?.LatestStreamArn;
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
    streamArn = await reconcileTable(client, input, onChange);
  }
  await reconcileTimeToLive(client, tableName, spec.timeToLive, onChange);
  return spec.stream && streamArn ? { tableName, streamArn } : { tableName };
}

const sameKeys = (a: KeySchemaElement[] | undefined, b: KeySchemaElement[] | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

async function describeTable(client: DynamoDBClient, tableName: string): Promise<TableDescription> {
  const { Table: table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  if (!table) throw new Error(`DescribeTable ${tableName} returned no table`);
  return table;
}

/** Waits until the table and its indexes are ACTIVE again after an UpdateTable (instant on DynamoDB Local, mostly). */
async function waitActive(client: DynamoDBClient, tableName: string): Promise<TableDescription> {
  for (let i = 0; ; i++) {
    const table = await describeTable(client, tableName);
    const busy =
      table.TableStatus !== 'ACTIVE' ||
      (table.GlobalSecondaryIndexes ?? []).some((index) => index.IndexStatus !== 'ACTIVE');
    if (!busy) return table;
    if (i > 300) throw new Error(`table ${tableName} is still ${table.TableStatus} after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Brings a table kept from an earlier run (`./dev start` keeps its data) to what the manifest asks now:
 * indexes added, dropped or redefined, the stream switched on or off. A different primary key cannot be
 * changed in place: that is reported, and the table is left as it is (`./dev start --fresh` recreates it).
 *
 * @returns the table's current stream ARN, if it has a stream.
 */
async function reconcileTable(
  client: DynamoDBClient,
  wanted: CreateTableCommandInput,
  onChange: (message: string) => void,
): Promise<string | undefined> {
  const tableName = wanted.TableName ?? '';
  let table = await waitActive(client, tableName);
  if (!sameKeys(table.KeySchema, wanted.KeySchema)) {
    onChange(
      `table ${tableName}: its key (${table.KeySchema?.map((k) => k.AttributeName).join(', ')}) differs from ` +
        `the manifest's (${wanted.KeySchema?.map((k) => k.AttributeName).join(', ')}); kept as it is — ` +
        'start with --fresh to recreate it',
    );
    return table.LatestStreamArn;
  }
  const existing = new Map((table.GlobalSecondaryIndexes ?? []).map((index) => [index.IndexName, index]));
  const desired = new Map((wanted.GlobalSecondaryIndexes ?? []).map((index) => [index.IndexName, index]));
  const redefined = new Set<string | undefined>();
  // One index change per UpdateTable, as DynamoDB requires.
  for (const [name, index] of existing) {
    const target = name === undefined ? undefined : desired.get(name);
    const same =
      target !== undefined &&
      sameKeys(index.KeySchema, target.KeySchema) &&
      index.Projection?.ProjectionType === target.Projection?.ProjectionType;
    if (same) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: name } }],
      }),
    );
    onChange(`table ${tableName}: index ${name} ${target ? 'redefined' : 'dropped'}`);
    if (target) redefined.add(name);
    existing.delete(name);
    table = await waitActive(client, tableName);
  }
  for (const [name, index] of desired) {
    if (existing.has(name)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: wanted.AttributeDefinitions,
        GlobalSecondaryIndexUpdates: [
          { Create: { IndexName: name, KeySchema: index.KeySchema, Projection: index.Projection } },
        ],
      }),
    );
    if (!redefined.has(name)) onChange(`table ${tableName}: index ${name} added`);
    table = await waitActive(client, tableName);
  }
  const stream = table.StreamSpecification;
  const wantedStream = wanted.StreamSpecification;
  const streamOn = stream?.StreamEnabled === true;
  if (streamOn && (!wantedStream || stream?.StreamViewType !== wantedStream.StreamViewType)) {
    await client.send(
      new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: false } }),
    );
    onChange(`table ${tableName}: stream switched off`);
    table = await waitActive(client, tableName);
  }
  if (wantedStream && table.StreamSpecification?.StreamEnabled !== true) {
    await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: wantedStream }));
    onChange(`table ${tableName}: stream switched on`);
    table = await waitActive(client, tableName);
  }
  return table.StreamSpecification?.StreamEnabled ? table.LatestStreamArn : undefined;
}

/** TTL on the manifest's attribute, off when the manifest has none; asks first, as UpdateTimeToLive fails on a no-op. */
async function reconcileTimeToLive(
  client: DynamoDBClient,
  tableName: string,
  attribute: string | undefined,
  onChange: (message: string) => void,
): Promise<void> {
  const ttl = (await client.send(new DescribeTimeToLiveCommand({ TableName: tableName })))
    .TimeToLiveDescription;
  const on = ttl?.TimeToLiveStatus === 'ENABLED' || ttl?.TimeToLiveStatus === 'ENABLING';
  if (on && ttl?.AttributeName === attribute) return;
  if (on && ttl?.AttributeName) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { Enabled: false, AttributeName: ttl.AttributeName },
      }),
    );
    onChange(`table ${tableName}: time to live on ${ttl.AttributeName} switched off`);
  }
  if (attribute) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: attribute },
      }),
    );
  }
}

/**
 * Creates the manifest's tables as the city stack defines them (names from `physicalName.table`).
 * Idempotent: an existing table keeps its items and is brought to the manifest's indexes, stream and
 * TTL (see `reconcileTable`), so a restart against a kept database is fine; `onChange` hears of each
 * change made to an existing table (default: one line on stderr).
 *
 * @returns per logical name, the physical table name and, for streamed tables, the stream ARN.
 */
export async function createTables(
  client: DynamoDBClient,
  city: string,
  tables: Record<string, TableSpec>,
  onChange: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): Promise<Record<string, ProvisionedTable>> {
  const entries = await Promise.all(
    Object.entries(tables).map(
      async ([logical, spec]) => [logical, await createTable(client, city, logical, spec, onChange)] as const,
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

/**
 * Creates a queue, or finds it (a kept emulator database); a kept queue whose attributes changed since
 * (a new visibility timeout or redrive policy in the manifest) gets the new ones instead of failing the start.
 */
export async function createQueue(sqs: SQSClient, name: string, attributes: Record<string, string>) {
  let url: string | undefined;
  try {
    url = (await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }))).QueueUrl;
  } catch (error) {
    // `QueueNameExists` (AWS.SimpleQueueService.QueueNameExists in the query protocol's spelling).
    if (!/QueueNameExists|QueueAlreadyExists/.test((error as Error).name)) throw error;
    url = (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl;
    // FifoQueue cannot change, and SQS refuses to be told it again.
    const { FifoQueue: _fifo, ...changeable } = attributes;
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: changeable }));
  }
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
