import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, SQSEvent, SQSRecord } from 'aws-lambda';
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
  const processor = new BatchProcessor(EventType.SQS);
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
      processor,
      { context, processInParallel: !options.sequential },
    );
}

/** A DynamoDB stream consumer with partial batch responses (checkpoint at the first failure). */
export function streamConsumer(handleRecord: (record: DynamoDBRecord) => Promise<void>) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return async (event: DynamoDBStreamEvent, context: Context) =>
    processPartialResponse(event, handleRecord, processor, { context, processInParallel: false });
}
