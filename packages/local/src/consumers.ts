import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { LambdaHandler } from './aws/batch-response.ts';
import { localClients } from './aws/local-clients.ts';
import { startQueuePoller } from './aws/sqs-poller.ts';
import { dynamoDbCheckpointStore } from './aws/stream-checkpoints.ts';
import { startStreamPoller } from './aws/stream-poller.ts';

/** One queue or stream consumer as the pollers run it; plain data, so a worker process can be given it. */
export interface ConsumerSpec {
  /** `<service>-<function>`. */
  id: string;
  /** The handler module (absolute path); it exports `handler`. */
  entry: string;
  timeoutSeconds: number;
  source:
    | {
        kind: 'queue';
        queueUrl: string;
        queueArn: string;
        batchSize: number;
        /** How long a received message stays hidden: a consumer that dies holding it, it is received again after this. */
        visibilityTimeoutSeconds: number;
        /** Pollers at once (the event source mapping's maximum concurrency). */
        concurrency: number;
      }
    | {
        kind: 'stream';
        streamArn: string;
        batchSize: number;
        /** `<city>-<function>-dlq`: where a batch that exhausts its retries is parked, with its records. */
        failuresQueueUrl: string;
      };
}

/** Everything the consumers of a local stack need: endpoints, the checkpoint table and each consumer. */
export interface ConsumerPlan {
  region: string;
  dynamoEndpoint: string;
  sqsEndpoint: string;
  /** Stream checkpoints (see `createCheckpointTable`), in the same DynamoDB Local. */
  checkpointTable: string;
  consumers: ConsumerSpec[];
}

export interface Consumers {
  /** Stops every poller together, each after the batch in hand (and its checkpoint). */
  stop(): Promise<void>;
  /** Resolves when every queue and stream is drained; two passes, as a stream record may queue a message. */
  idle(): Promise<void>;
}

/**
 * Runs the queue and stream consumers of a plan, as the event source mappings do deployed: queue
 * pollers honouring batchItemFailures (the queue's redrive policy moves a message to its DLQ), stream
 * pollers resuming from their checkpoints and parking a batch that exhausts its retries on the
 * function's failures queue, records included, before moving past it. The stack runs this in its own
 * process or in a worker process (`consumer-worker.ts`) that can be killed and restarted.
 */
export async function startConsumers(
  plan: ConsumerPlan,
  handlerOf: (id: string) => LambdaHandler<unknown>,
): Promise<Consumers> {
  const sqs = localClients.sqs(plan.sqsEndpoint, plan.region);
  const dynamodb = localClients.dynamodb(plan.dynamoEndpoint, plan.region);
  const streams = localClients.streams(plan.dynamoEndpoint, plan.region);
  const stops: (() => Promise<void>)[] = [];
  const idlers: (() => Promise<void>)[] = [];
  const stop = async () => {
    // Together: each may be in a 1 s long poll, and one after another dozens would take most of a minute.
    await Promise.all(stops.map((s) => s()));
    stops.length = 0;
    sqs.destroy();
    dynamodb.destroy();
    streams.destroy();
  };
  try {
    for (const consumer of plan.consumers) {
      const source = consumer.source;
      const handler = handlerOf(consumer.id);
      if (source.kind === 'queue') {
        for (let i = 0; i < source.concurrency; i++) {
          const poller = startQueuePoller({
            sqs,
            queueUrl: source.queueUrl,
            queueArn: source.queueArn,
            batchSize: source.batchSize,
            visibilityTimeoutSeconds: source.visibilityTimeoutSeconds,
            handler,
            functionName: consumer.id,
            timeoutSeconds: consumer.timeoutSeconds,
          });
          stops.push(() => poller.stop());
          idlers.push(() => poller.idle());
        }
        continue;
      }
      const { streamArn, failuresQueueUrl } = source;
      const poller = await startStreamPoller({
        streamsClient: streams,
        streamArn,
        batchSize: source.batchSize,
        handler,
        functionName: consumer.id,
        timeoutSeconds: consumer.timeoutSeconds,
        checkpoints: dynamoDbCheckpointStore({
          client: dynamodb,
          tableName: plan.checkpointTable,
          functionName: consumer.id,
          streamArn,
        }),
        // As deployed: a batch that keeps failing is parked on the function's failures queue (the event
        // source mapping's on-failure destination). Locally the message carries the records too, so
        // they can be inspected and replayed. Awaited: the checkpoint moves past the batch only once parked.
        onDiscard: async (batch) => {
          await sqs.send(
            new SendMessageCommand({
              QueueUrl: failuresQueueUrl,
              MessageBody: JSON.stringify({
                requestContext: {
                  functionArn: consumer.id,
                  condition: 'RetryAttemptsExhausted',
                  approximateInvokeCount: batch.attempts,
                },
                DDBStreamBatchInfo: {
                  shardId: batch.shardId,
                  streamArn,
                  batchSize: batch.records.length,
                  startSequenceNumber: batch.records[0]?.dynamodb?.SequenceNumber,
                  endSequenceNumber: batch.records.at(-1)?.dynamodb?.SequenceNumber,
                },
                records: batch.records,
              }),
            }),
          );
        },
      });
      stops.push(() => poller.stop());
      idlers.push(() => poller.idle());
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    stop,
    idle: async () => {
      for (let pass = 0; pass < 2; pass++) for (const idle of idlers) await idle();
    },
  };
}
