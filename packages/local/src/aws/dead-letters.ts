import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListMessageMoveTasksCommand,
  ListQueuesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';

/**
 * The city's dead-letter queues and how to put their messages back to work. A queue consumer's DLQ
 * (`<city>-<queue>-dlq`) redrives to `<city>-<queue>`; a stream function's failure queue
 * (`<city>-<function>-dlq`) has no source queue and is reported, not moved (its records are replayed
 * from the stream: docs/runbook.md). Banks' own inbox DLQs (`<city>-bank-…`) are the bank's to read.
 */
export interface DeadLetterQueue {
  name: string;
  url: string;
  arn: string;
  /** Visible and in-flight messages (approximate, as SQS counts them). */
  messages: number;
  /** The queue it redrives to; undefined for a stream function's failure queue. */
  source?: { name: string; url: string };
}

export async function deadLetterQueues(sqs: SQSClient, city: string): Promise<DeadLetterQueue[]> {
  const urls: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sqs.send(
      new ListQueuesCommand({ QueueNamePrefix: `${city}-`, MaxResults: 1000, NextToken: nextToken }),
    );
    urls.push(...(page.QueueUrls ?? []));
    nextToken = page.NextToken;
  } while (nextToken);
  const byName = new Map(urls.map((url) => [url.slice(url.lastIndexOf('/') + 1), url]));
  const out: DeadLetterQueue[] = [];
  for (const [name, url] of byName) {
    const match = /^(.*)-dlq(\.fifo)?$/.exec(name);
    if (!match || name.startsWith(`${city}-bank-`)) continue;
    const sourceName = `${match[1]}${match[2] ?? ''}`;
    const attributes =
      (
        await sqs.send(
          new GetQueueAttributesCommand({
            QueueUrl: url,
            AttributeNames: [
              'QueueArn',
              'ApproximateNumberOfMessages',
              'ApproximateNumberOfMessagesNotVisible',
            ],
          }),
        )
      ).Attributes ?? {};
    const sourceUrl = byName.get(sourceName) ?? (await queueUrl(sqs, sourceName));
    out.push({
      name,
      url,
      arn: attributes.QueueArn ?? '',
      messages:
        Number(attributes.ApproximateNumberOfMessages ?? 0) +
        Number(attributes.ApproximateNumberOfMessagesNotVisible ?? 0),
      ...(sourceUrl ? { source: { name: sourceName, url: sourceUrl } } : {}),
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

async function queueUrl(sqs: SQSClient, name: string): Promise<string | undefined> {
  try {
    return (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl;
  } catch {
    return undefined;
  }
}

/**
 * Moves what a DLQ holds now back to its source queue, body and attributes unchanged (the consumers
 * are idempotent, so a message that had in fact been applied is a no-op). Sent before deleted: a crash
 * in between leaves a duplicate, never a loss. Stops after the messages it found at the start, so what
 * fails again while it runs waits for the next redrive instead of looping. Returns how many moved.
 * The emulator has no StartMessageMoveTask; deployed, `startMoveTask` is SQS's own redrive.
 */
export async function redriveLocally(sqs: SQSClient, dlq: DeadLetterQueue): Promise<number> {
  const source = dlq.source;
  if (!source) throw new Error(`${dlq.name} is a stream function's failure queue: it has no source queue`);
  const seen = new Set<string>();
  let moved = 0;
  while (moved < dlq.messages) {
    const got = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: dlq.url,
        MaxNumberOfMessages: Math.min(10, dlq.messages - moved),
        MessageAttributeNames: ['All'],
        VisibilityTimeout: 30,
      }),
    );
    const messages = (got.Messages ?? []).filter((m) => m.MessageId && !seen.has(m.MessageId));
    if (messages.length === 0) break;
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: source.url,
        Entries: messages.map((m, i) => ({
          Id: String(i),
          MessageBody: m.Body ?? '',
          ...(m.MessageAttributes && Object.keys(m.MessageAttributes).length > 0
            ? { MessageAttributes: m.MessageAttributes }
            : {}),
        })),
      }),
    );
    const ok = new Set((sent.Successful ?? []).map((s) => s.Id));
    const done = messages.filter((_, i) => ok.has(String(i)));
    if (done.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: dlq.url,
          Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
        }),
      );
    }
    for (const m of messages) seen.add(m.MessageId ?? '');
    moved += done.length;
    if (done.length < messages.length)
      throw new Error(`${messages.length - done.length} message(s) could not be sent back to ${source.name}`);
  }
  return moved;
}

/** Deployed: SQS's own DLQ redrive to the source queue; returns the task handle. */
export async function startMoveTask(sqs: SQSClient, dlq: DeadLetterQueue): Promise<string> {
  const started = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: dlq.arn }));
  return started.TaskHandle ?? '';
}

/** Deployed: the most recent redrive of a DLQ (status and counts), if any. */
export async function lastMoveTask(sqs: SQSClient, dlq: DeadLetterQueue) {
  const listed = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: dlq.arn, MaxResults: 1 }));
  return listed.Results?.[0];
}
