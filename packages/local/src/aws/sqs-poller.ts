import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { ValidationError } from '@sme/kernel';
import type { SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';
import {
  type LambdaHandler,
  logPollerError,
  readBatchFailures,
  sleep,
  unsupportedCallback,
} from './batch-response.ts';
import { createLambdaContext } from './lambda-context.ts';

export interface QueuePollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  /** `eventSourceARN` of the records; looked up with GetQueueAttributes when absent. */
  queueArn?: string;
  /** Records per invocation, as in the event source mapping; above 10 several receives fill the batch. */
  batchSize: number;
  /** Visibility timeout requested on receive (the function's timeout × 6 in the stack). */
  visibilityTimeoutSeconds: number;
  handler: LambdaHandler<SQSEvent>;
  /** Shown in the Lambda context. */
  functionName?: string;
  /** Budget reported by `context.getRemainingTimeInMillis()`; not enforced. */
  timeoutSeconds?: number;
  /**
   * Seconds until a failed record is visible again. Deployed, a failed record waits out the whole
   * visibility timeout; locally we shorten that (default 1 s) so retries and DLQ redrive take seconds,
   * not minutes. Receive counts, and so redrive after `maxReceiveCount`, are unchanged.
   */
  retryDelaySeconds?: number;
  /** Handler errors and SQS errors; defaults to a JSON line on stderr. */
  onError?: (error: unknown) => void;
}

export interface QueuePoller {
  /** Stops receiving and waits for the batch in hand (at most one 1 s long poll plus the handler). */
  stop(): Promise<void>;
  /** Resolves once the queue has no visible, in-flight or delayed message and no batch is in hand. */
  idle(options?: { timeoutMs?: number }): Promise<void>;
}

function checkOptions(options: QueuePollerOptions): void {
  const issues = [];
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1 || options.batchSize > 10_000) {
    issues.push({ path: 'batchSize', message: 'must be an integer from 1 to 10000' });
  }
  const visibility = options.visibilityTimeoutSeconds;
  if (!Number.isInteger(visibility) || visibility < 0 || visibility > 43_200) {
    issues.push({ path: 'visibilityTimeoutSeconds', message: 'must be an integer from 0 to 43200' });
  }
  const retry = options.retryDelaySeconds;
  if (retry !== undefined && (!Number.isInteger(retry) || retry < 0 || retry > 43_200)) {
    issues.push({ path: 'retryDelaySeconds', message: 'must be an integer from 0 to 43200' });
  }
  if (issues.length > 0) throw new ValidationError('queue poller options are not valid', issues);
}

/** Lambda's message attribute shape: lower-camel keys, binary as base64, list fields always present. */
function messageAttributes(message: Message): SQSMessageAttributes {
  const result: SQSMessageAttributes = {};
  for (const [name, value] of Object.entries(message.MessageAttributes ?? {})) {
    result[name] = {
      dataType: value.DataType ?? 'String',
      stringListValues: [],
      binaryListValues: [],
      ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
      ...(value.BinaryValue !== undefined
        ? { binaryValue: Buffer.from(value.BinaryValue).toString('base64') }
        : {}),
    };
  }
  return result;
}

/** One record of the event the SQS event source mapping would send. */
export function toSqsRecord(message: Message, queueArn: string, region: string): SQSRecord | undefined {
  if (!message.MessageId || !message.ReceiptHandle) return undefined;
  const system = message.Attributes ?? {};
  return {
    messageId: message.MessageId,
    receiptHandle: message.ReceiptHandle,
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: system.ApproximateReceiveCount ?? '1',
      SentTimestamp: system.SentTimestamp ?? String(Date.now()),
      SenderId: system.SenderId ?? '000000000000',
      ApproximateFirstReceiveTimestamp: system.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      ...(system.SequenceNumber ? { SequenceNumber: system.SequenceNumber } : {}),
      ...(system.MessageGroupId ? { MessageGroupId: system.MessageGroupId } : {}),
      ...(system.MessageDeduplicationId ? { MessageDeduplicationId: system.MessageDeduplicationId } : {}),
    },
    messageAttributes: messageAttributes(message),
    md5OfBody: message.MD5OfBody ?? '',
    ...(message.MD5OfMessageAttributes ? { md5OfMessageAttributes: message.MD5OfMessageAttributes } : {}),
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Polls one queue and invokes a Lambda handler with the event the SQS event source mapping would
 * build, honouring ReportBatchItemFailures: records listed in `batchItemFailures` stay on the queue,
 * the rest are deleted; a thrown error keeps the whole batch. Moving a record to the DLQ after
 * `maxReceiveCount` receives is the queue's redrive policy, applied by fauxqs as by SQS.
 * One batch at a time: local runs trade Lambda's concurrency for readable logs.
 *
 * @example
 * const poller = startQueuePoller({ sqs, queueUrl, batchSize: 10, visibilityTimeoutSeconds: 60, handler });
 * await poller.idle();
 * await poller.stop();
 */
export function startQueuePoller(options: QueuePollerOptions): QueuePoller {
  checkOptions(options);
  const { sqs, queueUrl, batchSize } = options;
  const retryDelaySeconds = options.retryDelaySeconds ?? 1;
  const onError = options.onError ?? ((error: unknown) => logPollerError(`queue poller ${queueUrl}`, error));
  let stopping = false;
  let batchInHand = false;
  let arn: Promise<string> | undefined;

  const queueArn = () => {
    arn ??= options.queueArn
      ? Promise.resolve(options.queueArn)
      : sqs
          .send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }))
          .then((out) => out.Attributes?.QueueArn ?? queueUrl);
    return arn;
  };

  const receive = async (max: number, waitSeconds: number) => {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: Math.min(10, max),
        WaitTimeSeconds: waitSeconds,
        VisibilityTimeout: options.visibilityTimeoutSeconds,
        MessageSystemAttributeNames: ['All'],
        MessageAttributeNames: ['All'],
      }),
    );
    return out.Messages ?? [];
  };

  // The first receive long-polls briefly (1 s keeps stop() fast); later ones only top the batch up.
  const receiveBatch = async () => {
    const messages = await receive(batchSize, 1);
    let last = messages.length;
    while (messages.length < batchSize && last === 10) {
      const more = await receive(batchSize - messages.length, 0);
      messages.push(...more);
      last = more.length;
    }
    return messages;
  };

  const settle = async (done: SQSRecord[], failed: SQSRecord[]) => {
    for (const part of chunks(done, 10)) {
      const out = await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: part.map((record, i) => ({ Id: String(i), ReceiptHandle: record.receiptHandle })),
        }),
      );
      for (const failure of out.Failed ?? []) onError(new Error(`DeleteMessage failed: ${failure.Message}`));
    }
    if (retryDelaySeconds >= options.visibilityTimeoutSeconds) return;
    for (const part of chunks(failed, 10)) {
      await sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: queueUrl,
          Entries: part.map((record, i) => ({
            Id: String(i),
            ReceiptHandle: record.receiptHandle,
            VisibilityTimeout: retryDelaySeconds,
          })),
        }),
      );
    }
  };

  const invoke = async (messages: Message[]) => {
    const region = await sqs.config.region();
    const sourceArn = await queueArn();
    const records = messages.flatMap((message) => toSqsRecord(message, sourceArn, region) ?? []);
    if (records.length === 0) return;
    const context = createLambdaContext({
      functionName: options.functionName ?? 'local-queue-consumer',
      timeoutSeconds: options.timeoutSeconds ?? Math.max(1, Math.floor(options.visibilityTimeoutSeconds / 6)),
      region,
    });
    let failures: ReturnType<typeof readBatchFailures>;
    try {
      const result = await options.handler({ Records: records }, context, unsupportedCallback);
      failures = readBatchFailures(result, new Set(records.map((record) => record.messageId)));
    } catch (error) {
      onError(error);
      failures = 'all';
    }
    const isFailed = (record: SQSRecord) =>
      failures === 'all' || (failures !== 'none' && failures.has(record.messageId));
    await settle(
      records.filter((record) => !isFailed(record)),
      records.filter(isFailed),
    );
  };

  const loop = async () => {
    while (!stopping) {
      try {
        const messages = await receiveBatch();
        if (messages.length === 0) continue;
        batchInHand = true;
        await invoke(messages);
      } catch (error) {
        onError(error);
        // An unreachable emulator would otherwise spin this loop.
        await sleep(500);
      } finally {
        batchInHand = false;
      }
    }
  };
  const running = loop();

  return {
    stop: async () => {
      stopping = true;
      await running;
    },
    idle: async ({ timeoutMs = 30_000 } = {}) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (!batchInHand) {
          const out = await sqs.send(
            new GetQueueAttributesCommand({
              QueueUrl: queueUrl,
              AttributeNames: [
                'ApproximateNumberOfMessages',
                'ApproximateNumberOfMessagesNotVisible',
                'ApproximateNumberOfMessagesDelayed',
              ],
            }),
          );
          const counts = Object.values(out.Attributes ?? {});
          if (!batchInHand && counts.every((count) => count === '0')) return;
        }
        if (Date.now() > deadline) throw new Error(`queue ${queueUrl} not idle after ${timeoutMs} ms`);
        await sleep(50);
      }
    },
  };
}
