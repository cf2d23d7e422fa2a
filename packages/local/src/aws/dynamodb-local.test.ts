import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateTableCommand,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { localClients } from './local-clients.ts';

let ddb: DynamoDbLocal;

beforeAll(async () => {
  ddb = await startDynamoDbLocal({ port: 0 });
});

afterAll(async () => {
  await ddb?.stop();
});

function javaProcessesOnPort(port: number): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes('DynamoDBLocal.jar') && line.includes(`-port ${port}`));
}

function occupy(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

describe('Function: startDynamoDbLocal', () => {
  it('answers on 127.0.0.1 with one shared database for every region and credential', async () => {
    // Prepare
    const east = localClients.dynamodb(ddb.endpoint, 'us-east-1');
    const beijing = localClients.dynamodb(ddb.endpoint, 'cn-north-1');

    // Act
    await east.send(
      new CreateTableCommand({
        TableName: 'shared-check',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      }),
    );
    const seen = await beijing.send(new ListTablesCommand({}));

    // Assess
    expect(ddb.endpoint).toBe(`http://127.0.0.1:${ddb.port}`);
    expect(seen.TableNames).toContain('shared-check');
    east.destroy();
    beijing.destroy();
  });

  it('keeps tables and items in dbPath across a restart', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'ddb-kept-'));
    const first = await startDynamoDbLocal({ dbPath: dir });
    const before = localClients.dynamodb(first.endpoint);
    await before.send(
      new CreateTableCommand({
        TableName: 'kept',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      }),
    );
    await before.send(new PutItemCommand({ TableName: 'kept', Item: { pk: { S: 'E1' } } }));
    before.destroy();
    await first.stop();

    // Act
    const second = await startDynamoDbLocal({ dbPath: dir });
    const after = localClients.dynamodb(second.endpoint);
    const got = await after.send(new GetItemCommand({ TableName: 'kept', Key: { pk: { S: 'E1' } } }));
    after.destroy();
    await second.stop();
    rmSync(dir, { recursive: true, force: true });

    // Assess
    expect(first.dbPath).toBe(dir);
    expect(got.Item).toEqual({ pk: { S: 'E1' } });
  }, 90_000);

  it('gives a clear message when the port is already in use', async () => {
    // Prepare
    const { server, port } = await occupy();

    // Act
    const result = startDynamoDbLocal({ port });

    // Assess
    await expect(result).rejects.toThrow(`port ${port} is already in use`);
    server.close();
  });

  it('says Java is missing when the java binary cannot be found', async () => {
    // Act
    const result = startDynamoDbLocal({ java: '/nonexistent/bin/java' });

    // Assess
    await expect(result).rejects.toThrow(/Java runtime not found/);
  });

  it('leaves no Java process behind after stop', async () => {
    // Prepare
    expect(javaProcessesOnPort(ddb.port)).toHaveLength(1);

    // Act
    await ddb.stop();

    // Assess
    expect(() => process.kill(ddb.pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
    expect(javaProcessesOnPort(ddb.port)).toEqual([]);
  });
});
