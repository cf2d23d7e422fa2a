import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateQueueCommand,
  ListQueuesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { startSqsEmulator } from './fauxqs.ts';
import { localClients } from './local-clients.ts';

function occupy(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

describe('Function: startSqsEmulator', () => {
  it('serves the SQS API on 127.0.0.1 and frees the port on stop', async () => {
    // Prepare
    const emulator = await startSqsEmulator({ port: 0 });
    const sqs = localClients.sqs(emulator.endpoint);

    // Act
    await sqs.send(new CreateQueueCommand({ QueueName: 'ping' }));
    const listed = await sqs.send(new ListQueuesCommand({}));
    sqs.destroy();
    await emulator.stop();

    // Assess
    expect(emulator.endpoint).toBe(`http://127.0.0.1:${emulator.port}`);
    expect(listed.QueueUrls?.some((url) => url.endsWith('/ping'))).toBe(true);
    const again = await startSqsEmulator({ port: emulator.port });
    await again.stop();
  });

  it('keeps queues and their messages in dataDir across a restart', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'sqs-kept-'));
    const first = await startSqsEmulator({ dataDir: dir });
    const before = localClients.sqs(first.endpoint);
    const { QueueUrl } = await before.send(new CreateQueueCommand({ QueueName: 'kept' }));
    await before.send(new SendMessageCommand({ QueueUrl, MessageBody: 'still here' }));
    before.destroy();
    await first.stop();

    // Act
    const second = await startSqsEmulator({ dataDir: dir });
    const after = localClients.sqs(second.endpoint);
    const { QueueUrl: again } = await after.send(new CreateQueueCommand({ QueueName: 'kept' }));
    const got = await after.send(new ReceiveMessageCommand({ QueueUrl: again }));
    after.destroy();
    await second.stop();
    rmSync(dir, { recursive: true, force: true });

    // Assess
    expect(got.Messages?.map((m) => m.Body)).toEqual(['still here']);
  });

  it('gives a clear message when the port is already in use', async () => {
    // Prepare
    const { server, port } = await occupy();

    // Act
    const result = startSqsEmulator({ port });

    // Assess
    await expect(result).rejects.toThrow(`port ${port} is already in use`);
    server.close();
  });
});
