import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalStack } from '@sme/local';

let client: { endpoint: string; raw: DynamoDBClient; documents: DynamoDBDocumentClient } | undefined;

/** The bench's own DocumentClient on the stack's DynamoDB Local, set up like @sme/runtime's. */
export function benchDocuments(stack: Pick<LocalStack, 'dynamoEndpoint'>): DynamoDBDocumentClient {
  if (client?.endpoint !== stack.dynamoEndpoint) {
    client?.raw.destroy();
    const raw = new DynamoDBClient({
      endpoint: stack.dynamoEndpoint,
      region: 'cn-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 3,
      // Enough sockets for the raw runs' requests in flight (the SDK's default pool holds 50).
      requestHandler: { httpAgent: { maxSockets: 256 } },
    });
    const documents = DynamoDBDocumentClient.from(raw, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
    client = { endpoint: stack.dynamoEndpoint, raw, documents };
  }
  return client.documents;
}

/** Closes the bench's client (the stack closes its own). */
export function closeBenchDocuments(): void {
  client?.raw.destroy();
  client = undefined;
}

/**
 * Registers one enterprise through the gateway and returns the item DynamoDB stored, so the baselines
 * (bare server, raw BatchWriteItem) write items of exactly the registry's shape and size.
 */
export async function storedItemTemplate(
  stack: Pick<LocalStack, 'baseUrl' | 'dynamoEndpoint' | 'tables'>,
  agencyKey: string,
  uscc: string,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const created = await fetch(`${stack.baseUrl}/v1/enterprises/${uscc}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-api-key': agencyKey },
    body: JSON.stringify(body),
  });
  if (created.status !== 201)
    throw new Error(`probe upsert answered ${created.status}: ${await created.text()}`);
  const stored = await benchDocuments(stack).send(
    new GetCommand({
      TableName: stack.tables.enterprises,
      Key: { pk: `ENT#${uscc}`, sk: 'ENT' },
      ConsistentRead: true,
    }),
  );
  if (!stored.Item) throw new Error('probe upsert stored nothing');
  return stored.Item;
}

/** A copy of the template for another USCC: the derived keys follow, the size stays the same. */
export function itemFor(template: Record<string, unknown>, uscc: string, origin: Record<string, unknown>) {
  const now = new Date().toISOString();
  return {
    ...template,
    pk: `ENT#${uscc}`,
    sk: 'ENT',
    uscc,
    industrySk: `${String(template.industryCode)}#${uscc}`,
    classSk: `${String(template.status)}#${String(template.entityType)}#${uscc}`,
    createdAt: now,
    updatedAt: now,
    origin,
  };
}
