import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '@sme/kernel';
import type { ApiClient } from '../domain/api-client.ts';
import type { ApiClientStore } from '../use-cases/ports.ts';

/** Adapter for the `api-clients` table (access patterns in the access manifest). */
export class DynamoDbApiClientStore implements ApiClientStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async byKeyHash(keyHash: string): Promise<ApiClient | undefined> {
    const out = await this.#db.send(new GetCommand({ TableName: this.#table, Key: { keyHash } }));
    return out.Item ? toClient(out.Item) : undefined;
  }

  async create(client: ApiClient, keyHash: string): Promise<void> {
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: { keyHash, kind: 'client', ...client },
        ConditionExpression: 'attribute_not_exists(keyHash)',
      }),
    );
  }

  async list(): Promise<ApiClient[]> {
    const clients: ApiClient[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.#db.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: 'byClient',
          KeyConditionExpression: 'kind = :k',
          ExpressionAttributeValues: { ':k': 'client' },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      clients.push(...(out.Items ?? []).map(toClient));
      start = out.LastEvaluatedKey;
    } while (start);
    return clients;
  }

  async revoke(clientId: string, now: string): Promise<ApiClient> {
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byClient',
        KeyConditionExpression: 'kind = :k AND clientId = :c',
        ExpressionAttributeValues: { ':k': 'client', ':c': clientId },
      }),
    );
    const item = out.Items?.[0];
    if (!item) throw new NotFoundError(`No API client ${clientId}`);
    await this.#db.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: { keyHash: item.keyHash },
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :now)',
        ExpressionAttributeValues: { ':now': now },
      }),
    );
    return { ...toClient(item), revokedAt: (item.revokedAt as string | undefined) ?? now };
  }
}

function toClient(item: Record<string, unknown>): ApiClient {
  const { keyHash: _h, kind: _k, ...client } = item;
  return client as unknown as ApiClient;
}
