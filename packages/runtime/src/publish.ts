import { SendMessageBatchCommand, type SendMessageBatchRequestEntry } from '@aws-sdk/client-sqs';
import { queueUrl } from './env.ts';
import { envNames } from './manifest.ts';
import { sqsClient } from './sqs-client.ts';

/**
 * Publishes events to a channel: each event goes to every subscribed queue (at least once; each
 * event carries its own stable `eventId` for de-duplication). Events are sent in batches of 10;
 * a failed entry is retried, and a persistent failure throws so the caller's message is retried.
 */
export async function publish(channel: string, events: { eventId: string; type: string }[]): Promise<void> {
  const variable = envNames.channel(channel);
  const listed = process.env[variable];
  if (listed === undefined)
    throw new Error(`${variable} is not set: does the function declare publishes: ['${channel}']?`);
  const queues = listed.split(',').filter(Boolean);
  await Promise.all(
    queues.map((queue) =>
      sendBatches(
        queueUrl(queue),
        events.map((e) => ({
          MessageBody: JSON.stringify(e),
          MessageAttributes: { type: { DataType: 'String', StringValue: e.type } },
        })),
        `Could not publish to ${queue}`,
      ),
    ),
  );
}

/**
 * Sends messages to one of the function's own queues (declared in `sends`), ten a request, all
 * requests at once; a failed entry is retried, and a persistent failure throws.
 */
export async function sendMessages(queue: string, bodies: readonly unknown[]): Promise<void> {
  await sendBatches(
    queueUrl(queue),
    bodies.map((body) => ({ MessageBody: JSON.stringify(body) })),
    `Could not send to ${queue}`,
  );
}

async function sendBatches(
  url: string,
  messages: Omit<SendMessageBatchRequestEntry, 'Id'>[],
  failure: string,
): Promise<void> {
  const batches = [];
  for (let i = 0; i < messages.length; i += 10) batches.push(messages.slice(i, i + 10));
  await Promise.all(
    batches.map(async (batch) => {
      let entries = batch.map((m, j) => ({ ...m, Id: String(j) }));
      for (let attempt = 0; entries.length > 0; attempt++) {
        if (attempt > 4) throw new Error(failure);
        const out = await sqsClient().send(new SendMessageBatchCommand({ QueueUrl: url, Entries: entries }));
        const failed = new Set((out.Failed ?? []).map((f) => f.Id));
        entries = entries.filter((e) => failed.has(e.Id));
      }
    }),
  );
}
