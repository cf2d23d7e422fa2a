import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTables, startDynamoDbLocal } from '@sme/local';
import type { TableSpec } from '@sme/runtime';

export interface TestTables {
  documents: DynamoDBDocumentClient;
  /** Physical table name per logical name. */
  names: Record<string, string>;
  stop(): Promise<void>;
}

/** A DynamoDB Local of its own with the given manifest tables, for integration tests of one adapter. */
export async function startTestTables(city: string, tables: Record<string, TableSpec>): Promise<TestTables> {
  const ddb = await startDynamoDbLocal({ port: 0 });
  const raw = new DynamoDBClient({
    endpoint: ddb.endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  const created = await createTables(raw, city, tables);
  return {
    documents: DynamoDBDocumentClient.from(raw),
    names: Object.fromEntries(Object.entries(created).map(([logical, t]) => [logical, t.tableName])),
    stop: async () => {
      raw.destroy();
      await ddb.stop();
    },
  };
}
