import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
  SQSEvent,
  SQSRecord,
} from 'aws-lambda';
import type { z } from 'zod';
import { logger } from './logger.ts';

/**
 * An SQS consumer with partial batch responses: each record is parsed with the message schema and
 * handled alone; failures are reported back so only they are redelivered, and after the queue's
 * maxReceiveCount they land in its DLQ. A full-batch failure is rethrown, never swallowed.
 */
export function sqsConsumer<S extends z.ZodType>(
  schema: S,
  handleMessage: (message: z.output<S>, record: SQSRecord) => Promise<void>,
  /** One record at a time, in order: for consumers whose records may touch the same item. */
  options: { sequential?: boolean } = {},
) {
  // One processor per invocation: it holds the batch's state, and the local stack runs several
  // invocations of one handler at once (maxConcurrency pollers in one process), unlike Lambda.
  return async (event: SQSEvent, context: Context) =>
    processPartialResponse(
      event,
      async (record: SQSRecord) => {
        let message: z.output<S>;
        try {
          message = schema.parse(JSON.parse(record.body));
        } catch (error) {
          logger.error('Unparseable message; it will reach the DLQ after its retries', {
            messageId: record.messageId,
            error: error as Error,
          });
          throw error;
        }
        await handleMessage(message, record);
      },
      new BatchProcessor(EventType.SQS),
      { context, processInParallel: !options.sequential },
    );
}

/**
 * A DynamoDB stream consumer with partial batch responses. Records of different items are handled
 * concurrently; records of one item stay in stream order, and after a failure the rest of that
 * item's records are not attempted. The response names the failed records; Lambda (and the local
 * poller) resumes the shard from the earliest one, so nothing after it is lost, and every effect
 * must be idempotent because later records of other items may run again.
 */
/** Items of one stream batch handled at once. */
const streamConcurrency = 8;

export function streamConsumer(handleRecord: (record: DynamoDBRecord) => Promise<void>) {
  return async (event: DynamoDBStreamEvent, _context?: Context): Promise<DynamoDBBatchResponse> => {
    const groups = new Map<string, DynamoDBRecord[]>();
    for (const record of event.Records) {
      const key = JSON.stringify(record.dynamodb?.Keys ?? record.eventID);
      groups.set(key, [...(groups.get(key) ?? []), record]);
    }
    const failed: string[] = [];
    const queue = [...groups.values()];
    const worker = async () => {
      for (let records = queue.shift(); records; records = queue.shift()) {
        for (const [i, record] of records.entries()) {
          try {
            await handleRecord(record);
          } catch (error) {
            logger.error('Stream record failed; the shard resumes from it', {
              eventID: record.eventID,
              error: error as Error,
            });
            for (const r of records.slice(i)) failed.push(r.dynamodb?.SequenceNumber ?? '');
            break;
          }
        }
      }
    };
    // Bounded: a batch of 100 must not open 100 × (calls per record) connections at once.
    await Promise.all(Array.from({ length: Math.min(streamConcurrency, queue.length) }, worker));
    return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
