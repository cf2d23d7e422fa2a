import type { Trigger } from '@sme/runtime';
import { Duration, Validations } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { EventSourceMapping, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import type { CityFunction } from './function.ts';
import type { DeadLetterQueue, WorkQueue } from './queue.ts';
import type { CityTable } from './table.ts';

type QueueTrigger = Extract<Trigger, { kind: 'queue' }>;
type StreamTrigger = Extract<Trigger, { kind: 'stream' }>;
type ScheduleTrigger = Extract<Trigger, { kind: 'schedule' }>;

/** Retries of a failing stream batch before it goes to the on-failure queue (halved each time by bisecting). */
export const streamRetryAttempts = 10;

/** Seconds a queue's messages must stay invisible for this consumer: AWS's 6 × timeout, plus the batching window. */
export function requiredVisibilitySeconds(timeoutSeconds: number, trigger: QueueTrigger): number {
  return 6 * timeoutSeconds + (trigger.maxBatchingWindowSeconds ?? 0);
}

const mappingOf = (fn: CityFunction): EventSourceMapping => {
  const mappings = fn.fn.node.children.filter(
    (c): c is EventSourceMapping => c instanceof EventSourceMapping,
  );
  const last = mappings.at(-1);
  if (!last) throw new Error(`${fn.functionName}: event source mapping was not created`);
  return last;
};

/** SQS → Lambda with partial batch responses, so one bad message does not redeliver its whole batch. */
export function addQueueTrigger(
  fn: CityFunction,
  logical: string,
  queue: WorkQueue,
  trigger: QueueTrigger,
): void {
  fn.bindQueue(logical, queue.queue, 'consume');
  fn.fn.addEventSource(
    new SqsEventSource(queue.queue, {
      batchSize: trigger.batchSize,
      maxBatchingWindow:
        trigger.maxBatchingWindowSeconds === undefined
          ? undefined
          : Duration.seconds(trigger.maxBatchingWindowSeconds),
      maxConcurrency: trigger.maxConcurrency,
      reportBatchItemFailures: true,
    }),
  );
  Validations.of(mappingOf(fn)).acknowledge({
    id: 'Serverless-LambdaEventSourceMappingDestination',
    reason: `SQS event source mappings support no on-failure destination; ${queue.queue.node.path} moves a message to its alarmed DLQ after maxReceiveCount receives.`,
  });
}

/**
 * DynamoDB stream → Lambda. A failing batch is bisected and retried; what still fails after
 * {@link streamRetryAttempts} goes to `failures` (a dead-letter queue with its own depth alarm) instead
 * of blocking the shard until the records expire.
 */
export function addStreamTrigger(
  fn: CityFunction,
  table: CityTable,
  trigger: StreamTrigger,
  failures: DeadLetterQueue,
): void {
  fn.fn.addEventSource(
    new DynamoEventSource(table.table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: trigger.batchSize,
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: streamRetryAttempts,
      onFailure: new SqsDlq(failures.queue),
    }),
  );
}

/**
 * EventBridge rule → Lambda. EventBridge invokes asynchronously: an event it cannot deliver goes to the
 * target's DLQ, and an invocation that fails after Lambda's own retries to the function's DLQ (same queue).
 */
export function addScheduleTrigger(
  scope: Construct,
  id: string,
  fn: CityFunction,
  trigger: ScheduleTrigger,
  failures: DeadLetterQueue,
): Rule {
  return new Rule(scope, id, {
    description: trigger.description,
    schedule: Schedule.expression(trigger.expression),
    targets: [
      new LambdaFunction(fn.fn, {
        deadLetterQueue: failures.queue,
        retryAttempts: 2,
        maxEventAge: Duration.hours(1),
      }),
    ],
  });
}
