import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { itemFor } from './dynamo.ts';

export interface BareServer {
  url: string;
  close(): Promise<void>;
}

const path = /^\/v1\/enterprises\/([0-9A-Z]{18})$/;

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

/**
 * The baseline of the upsert benchmark: a bare `node:http` server that issues the same DynamoDB calls
 * per request as the registry's upsert (GetItem with ConsistentRead, then PutItem with
 * `attribute_not_exists(pk)`) with an item of the same shape and size (`template`, an item the
 * gateway stored), and nothing else: no routing table, auth, validation, problem+json or logging.
 * GET does the read path's one eventually consistent GetItem.
 */
export async function startBareServer(args: {
  dynamoEndpoint: string;
  region: string;
  table: string;
  template: Record<string, unknown>;
}): Promise<BareServer> {
  // The same client settings as @sme/runtime's documentClient(), so the SDK cost is the same.
  const raw = new DynamoDBClient({ endpoint: args.dynamoEndpoint, region: args.region, maxAttempts: 3 });
  const db = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  const key = (uscc: string) => ({ pk: `ENT#${uscc}`, sk: 'ENT' });

  const server = createServer((req, res) => {
    const uscc = path.exec(req.url ?? '')?.[1];
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!uscc) return answer(404, { message: 'not found' });
    const work = async () => {
      if (req.method === 'GET') {
        const out = await db.send(new GetCommand({ TableName: args.table, Key: key(uscc) }));
        return out.Item ? answer(200, out.Item) : answer(404, { message: 'not found' });
      }
      const input = JSON.parse(await readBody(req)) as { name?: string };
      const existing = await db.send(
        new GetCommand({ TableName: args.table, Key: key(uscc), ConsistentRead: true }),
      );
      if (existing.Item) return answer(200, existing.Item);
      const item = { ...itemFor(args.template, uscc, { requestId: randomUUID() }), name: input.name };
      await db.send(
        new PutCommand({
          TableName: args.table,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      answer(201, item);
    };
    work().catch((error: unknown) => answer(500, { message: (error as Error).message }));
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      raw.destroy();
    },
  };
}
