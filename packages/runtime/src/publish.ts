import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
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
    queues.flatMap((queue) => {
      const url = queueUrl(queue);
      const batches = [];
      for (let i = 0; i < events.length; i += 10) batches.push(events.slice(i, i + 10));
      return batches.map(async (batch) => {
        let entries = batch.map((e, j) => ({
          Id: String(j),
          MessageBody: JSON.stringify(e),
          MessageAttributes: { type: { DataType: 'String', StringValue: e.type } },
        }));
        for (let attempt = 0; entries.length > 0; attempt++) {
          if (attempt > 4) throw new Error(`Could not publish to ${queue}`);
          const out = await sqsClient().send(
            new SendMessageBatchCommand({ QueueUrl: url, Entries: entries }),
          );
          const failed = new Set((out.Failed ?? []).map((f) => f.Id));
          entries = entries.filter((e) => failed.has(e.Id));
        }
      });
    }),
  );
}
