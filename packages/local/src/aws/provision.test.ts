import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { ValidationError } from '@sme/kernel';
import type { TableSpec } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { type SqsEmulator, startSqsEmulator } from './fauxqs.ts';
import { localClients } from './local-clients.ts';
import { createQueues, createTables } from './provision.ts';

let ddb: DynamoDbLocal;
let emulator: SqsEmulator;
let dynamodb: DynamoDBClient;
let sqs: SQSClient;

beforeAll(async () => {
  [ddb, emulator] = await Promise.all([startDynamoDbLocal({ port: 0 }), startSqsEmulator({ port: 0 })]);
  dynamodb = localClients.dynamodb(ddb.endpoint);
  sqs = localClients.sqs(emulator.endpoint);
});

afterAll(async () => {
  dynamodb?.destroy();
  sqs?.destroy();
  await Promise.all([ddb?.stop(), emulator?.stop()]);
});

const enterprises: TableSpec = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  indexes: {
    'by-township': {
      partitionKey: { name: 'township', type: 'S' },
      sortKey: { name: 'uscc', type: 'S' },
      projection: 'all',
    },
    'by-size': { partitionKey: { name: 'sizeClass', type: 'S' }, projection: 'keys' },
  },
  timeToLive: 'expiresAt',
  stream: true,
  accessPatterns: ['enterprise by USCC', 'list by township', 'list by size class'],
};
const audit: TableSpec = { partitionKey: { name: 'pk', type: 'S' }, accessPatterns: ['append only'] };

describe('Function: createTables', () => {
  it('creates on-demand tables named <city>-<logical> with GSIs, TTL and a stream', async () => {
    // Act
    const created = await createTables(dynamodb, 'harbour', { enterprises, audit });

    // Assess
    const { Table: table } = await dynamodb.send(
      new DescribeTableCommand({ TableName: 'harbour-enterprises' }),
    );
    expect(table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    const indexes = Object.fromEntries(
      (table?.GlobalSecondaryIndexes ?? []).map((index) => [
        index.IndexName,
        {
          keys: index.KeySchema?.map((key) => key.AttributeName),
          projection: index.Projection?.ProjectionType,
        },
      ]),
    );
    expect(indexes).toEqual({
      'by-township': { keys: ['township', 'uscc'], projection: 'ALL' },
      'by-size': { keys: ['sizeClass'], projection: 'KEYS_ONLY' },
    });
    expect(table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    const ttl = await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: 'harbour-enterprises' }));
    expect(ttl.TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
    expect(created).toEqual({
      enterprises: { tableName: 'harbour-enterprises', streamArn: table?.LatestStreamArn },
      audit: { tableName: 'harbour-audit' },
    });
    const { Table: auditTable } = await dynamodb.send(
      new DescribeTableCommand({ TableName: 'harbour-audit' }),
    );
    expect(auditTable?.StreamSpecification).toBeUndefined();
  });

  it('is idempotent: a second run keeps the tables and returns the same result', async () => {
    // Prepare
    const first = await createTables(dynamodb, 'quay', { enterprises });

    // Act
    const second = await createTables(dynamodb, 'quay', { enterprises });

    // Assess
    expect(second).toEqual(first);
    expect(second.enterprises?.streamArn).toMatch(/quay-enterprises/);
  });

  it('brings a kept table to a changed manifest (indexes, stream, TTL) and keeps its items', async () => {
    // Prepare: the table as an earlier version of the manifest had it, with one item.
    const before: TableSpec = {
      partitionKey: { name: 'pk', type: 'S' },
      indexes: {
        'by-size': { partitionKey: { name: 'sizeClass', type: 'S' }, projection: 'keys' },
        obsolete: { partitionKey: { name: 'legacy', type: 'S' }, projection: 'keys' },
      },
      accessPatterns: [],
    };
    await createTables(dynamodb, 'pier', { enterprises: before });
    await dynamodb.send(
      new PutItemCommand({
        TableName: 'pier-enterprises',
        Item: { pk: { S: 'E1' }, sizeClass: { S: 'micro' } },
      }),
    );
    const after: TableSpec = {
      partitionKey: { name: 'pk', type: 'S' },
      indexes: {
        // Redefined: a sort key added and all attributes projected.
        'by-size': {
          partitionKey: { name: 'sizeClass', type: 'S' },
          sortKey: { name: 'pk', type: 'S' },
          projection: 'all',
        },
        'by-township': { partitionKey: { name: 'township', type: 'S' }, projection: 'keys' },
      },
      timeToLive: 'expiresAt',
      stream: true,
      accessPatterns: [],
    };
    const changes: string[] = [];

    // Act
    const result = await createTables(dynamodb, 'pier', { enterprises: after }, (m) => changes.push(m));

    // Assess
    const { Table: table } = await dynamodb.send(new DescribeTableCommand({ TableName: 'pier-enterprises' }));
    const indexes = Object.fromEntries(
      (table?.GlobalSecondaryIndexes ?? []).map((index) => [
        index.IndexName,
        [index.KeySchema?.map((key) => key.AttributeName), index.Projection?.ProjectionType],
      ]),
    );
    expect(indexes).toEqual({
      'by-size': [['sizeClass', 'pk'], 'ALL'],
      'by-township': [['township'], 'KEYS_ONLY'],
    });
    expect(table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    expect(result.enterprises?.streamArn).toBe(table?.LatestStreamArn);
    const ttl = await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: 'pier-enterprises' }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe('expiresAt');
    expect(table?.ItemCount).toBe(1);
    expect(changes.sort()).toEqual([
      'table pier-enterprises: index by-size redefined',
      'table pier-enterprises: index by-township added',
      'table pier-enterprises: index obsolete dropped',
      'table pier-enterprises: stream switched on',
    ]);
  });

  it('leaves a kept table whose key changed as it is, saying so, instead of failing the start', async () => {
    // Prepare
    await createTables(dynamodb, 'jetty', { audit });
    const rekeyed: TableSpec = {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'at', type: 'S' },
      accessPatterns: [],
    };
    const changes: string[] = [];

    // Act
    const result = await createTables(dynamodb, 'jetty', { audit: rekeyed }, (m) => changes.push(m));

    // Assess
    expect(result).toEqual({ audit: { tableName: 'jetty-audit' } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatch(/jetty-audit: its key \(pk\) differs .*\(pk, at\).*--fresh/);
  });

  it('rejects a key attribute declared with two types, naming the field', async () => {
    // Prepare
    const clash: TableSpec = {
      partitionKey: { name: 'pk', type: 'S' },
      indexes: { 'by-pk-number': { partitionKey: { name: 'pk', type: 'N' }, projection: 'keys' } },
      accessPatterns: [],
    };

    // Act
    const result = createTables(dynamodb, 'harbour', { clash });

    // Assess
    await expect(result).rejects.toThrow(ValidationError);
    await expect(result).rejects.toMatchObject({
      issues: [{ path: 'tables.clash.indexes.by-pk-number.partitionKey.type' }],
    });
  });
});

describe('Function: createQueues', () => {
  it('creates each queue after its DLQ, with the redrive policy and visibility timeout', async () => {
    // Act
    const queues = await createQueues(
      sqs,
      'harbour',
      {
        imports: { maxReceiveCount: 5, description: 'bulk import rows' },
        pushes: { maxReceiveCount: 3, fifo: true, description: 'bank pushes in order' },
      },
      (logical) => (logical === 'imports' ? 180 : 60),
    );

    // Assess
    const imports = queues.imports;
    const pushes = queues.pushes;
    expect(imports?.url).toMatch(/\/harbour-imports$/);
    expect(imports?.dlqUrl).toMatch(/\/harbour-imports-dlq$/);
    expect(pushes?.url).toMatch(/\/harbour-pushes\.fifo$/);
    expect(pushes?.dlqUrl).toMatch(/\/harbour-pushes-dlq\.fifo$/);
    const attributes = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: imports?.url, AttributeNames: ['All'] }),
    );
    expect(attributes.Attributes?.VisibilityTimeout).toBe('180');
    expect(attributes.Attributes?.QueueArn).toBe(imports?.arn);
    expect(JSON.parse(attributes.Attributes?.RedrivePolicy ?? '{}')).toEqual({
      deadLetterTargetArn: imports?.dlqArn,
      maxReceiveCount: 5,
    });
    const fifo = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: pushes?.url, AttributeNames: ['All'] }),
    );
    expect(fifo.Attributes).toMatchObject({
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
      VisibilityTimeout: '60',
    });
    const fifoDlq = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: pushes?.dlqUrl, AttributeNames: ['All'] }),
    );
    expect(fifoDlq.Attributes?.FifoQueue).toBe('true');
  });

  it('is idempotent: a second run returns the same queues', async () => {
    // Prepare
    const spec = { events: { maxReceiveCount: 3, description: 'domain events' } };
    const first = await createQueues(sqs, 'quay', spec, () => 60);

    // Act
    const second = await createQueues(sqs, 'quay', spec, () => 60);

    // Assess
    expect(second).toEqual(first);
  });

  it('gives a kept queue the attributes the manifest asks now instead of failing', async () => {
    // Prepare
    const spec = { events: { maxReceiveCount: 3, description: 'domain events' } };
    const first = await createQueues(sqs, 'wharf', spec, () => 60);

    // Act
    const second = await createQueues(
      sqs,
      'wharf',
      { events: { ...spec.events, maxReceiveCount: 5 } },
      () => 90,
    );

    // Assess
    expect(second).toEqual(first);
    const attributes = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: second.events?.url, AttributeNames: ['All'] }),
    );
    expect(attributes.Attributes?.VisibilityTimeout).toBe('90');
    expect(JSON.parse(attributes.Attributes?.RedrivePolicy ?? '{}')).toMatchObject({ maxReceiveCount: 5 });
  });

  it('rejects a visibility timeout above 12 hours, naming the field', async () => {
    // Act
    const result = createQueues(
      sqs,
      'harbour',
      { slow: { maxReceiveCount: 3, description: 'x' } },
      () => 43_201,
    );

    // Assess
    await expect(result).rejects.toMatchObject({
      issues: [{ path: 'queues.slow.visibilityTimeoutSeconds' }],
    });
  });
});
