import {
  type _Record,
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type Shard,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import { ValidationError } from '@sme/kernel';
import { defaultTimeoutSeconds } from '@sme/runtime';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import {
  type LambdaHandler,
  logPollerError,
  readBatchFailures,
  sleep,
  unsupportedCallback,
} from './batch-response.ts';
import { createLambdaContext } from './lambda-context.ts';
import type { ShardCheckpoint, StreamCheckpointStore } from './stream-checkpoints.ts';
import { toDynamoDbRecord } from './stream-image.ts';

/** What the local stand-in for the on-failure destination receives when a batch is given up. */
export interface DiscardedBatch {
  shardId: string;
  /** The records skipped: from the first failed one to the end of the batch, as Lambda skips them. */
  records: DynamoDBRecord[];
  /** Invocations made for these records, the first one included. */
  attempts: number;
}

export interface StreamPollerOptions {
  streamsClient: DynamoDBStreamsClient;
  streamArn: string;
  batchSize: number;
  handler: LambdaHandler<DynamoDBStreamEvent>;
  /** Retries after the first failed invocation before the batch is discarded (Lambda's MaximumRetryAttempts). */
  maxRetryAttempts?: number;
  /**
   * Stand-in for the event source mapping's on-failure destination: called with the records given up.
   * When it returns a promise, the shard moves on only once it resolves; if it rejects, the batch is
   * tried again and parked again, never skipped unparked. Defaults to a JSON line on stderr.
   */
  onDiscard?: (batch: DiscardedBatch) => unknown;
  /**
   * Where this consumer got to, per shard, as an event source mapping keeps it. With a store, the
   * poller saves the last record of every batch handled (or parked) before it takes the next, and on
   * start resumes each shard after its checkpoint, reading shards it has no checkpoint for from
   * TRIM_HORIZON (the deployed mappings' starting position): a stop, crash or restart loses nothing
   * and repeats at most the batch in hand. Without one, it starts at LATEST and forgets on stop.
   */
  checkpoints?: StreamCheckpointStore;
  onError?: (error: unknown) => void;
  functionName?: string;
  timeoutSeconds?: number;
  /** Pause between polls of the shards. */
  pollIntervalMs?: number;
}

export interface StreamPoller {
  /** Stops polling and waits for the batch in hand. */
  stop(): Promise<void>;
  /** Resolves after a full poll, started after the call, found nothing new and nothing to retry. */
  idle(options?: { timeoutMs?: number }): Promise<void>;
}

interface ShardState {
  shardId: string;
  parentShardId: string | undefined;
  iteratorType: ShardIteratorType;
  iterator: string | undefined;
  /** Last record fetched, to get a fresh iterator after an error without losing our place. */
  lastSequence: string | undefined;
  /** Fetched records not yet checkpointed: the head is where a retry starts. */
  pending: _Record[];
  attempts: number;
}

const shardDiscoveryMs = 1_000;

function checkOptions(options: StreamPollerOptions): void {
  const issues = [];
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1 || options.batchSize > 1_000) {
    // GetRecords returns at most 1000 records; the deployed mapping allows up to 10000 with a window.
    issues.push({ path: 'batchSize', message: 'must be an integer from 1 to 1000' });
  }
  const retries = options.maxRetryAttempts;
  if (retries !== undefined && (!Number.isInteger(retries) || retries < 0 || retries > 10_000)) {
    issues.push({ path: 'maxRetryAttempts', message: 'must be an integer from 0 to 10000' });
  }
  if (issues.length > 0) throw new ValidationError('stream poller options are not valid', issues);
}

async function listShards(client: DynamoDBStreamsClient, streamArn: string): Promise<Shard[]> {
  const shards: Shard[] = [];
  let start: string | undefined;
  do {
    const out = await client.send(
      new DescribeStreamCommand({ StreamArn: streamArn, ...(start ? { ExclusiveStartShardId: start } : {}) }),
    );
    shards.push(...(out.StreamDescription?.Shards ?? []));
    start = out.StreamDescription?.LastEvaluatedShardId;
  } while (start);
  return shards;
}

/**
 * Polls a DynamoDB (Local) stream and invokes a Lambda handler with the event the DynamoDB event
 * source mapping would build. Resolves once positioned on the open shards, so writes made after it
 * resolves are delivered: after their checkpoints when `checkpoints` is given (TRIM_HORIZON for a shard
 * without one), else at LATEST; shards that appear later are read from TRIM_HORIZON, children after
 * their parent. Checkpointing follows Lambda's ReportBatchItemFailures semantics: records
 * before the first failed SequenceNumber are done, the batch is retried from that record (a thrown
 * error retries it whole), and after `maxRetryAttempts` retries the rest of the batch goes to
 * `onDiscard` and the shard moves on. One batch at a time over all shards.
 */
export async function startStreamPoller(options: StreamPollerOptions): Promise<StreamPoller> {
  checkOptions(options);
  const { streamsClient: client, streamArn, batchSize } = options;
  const maxRetryAttempts = options.maxRetryAttempts ?? 3;
  const pollIntervalMs = options.pollIntervalMs ?? 100;
  const onError =
    options.onError ?? ((error: unknown) => logPollerError(`stream poller ${streamArn}`, error));
  const onDiscard =
    options.onDiscard ??
    ((batch: DiscardedBatch) =>
      logPollerError(
        `stream poller ${streamArn}`,
        `discarded ${batch.records.length} record(s) of shard ${batch.shardId} after ${batch.attempts} attempts`,
      ));
  const region = await client.config.region();
  const shards = new Map<string, ShardState>();
  const known = new Set<string>();
  const store = options.checkpoints;
  const saved: Map<string, ShardCheckpoint> = store ? await store.load() : new Map();

  /** An iterator after `sequence`; TRIM_HORIZON when the checkpoint is no longer in the stream (trimmed after 24 h). */
  const iteratorAfter = async (shardId: string, sequence: string) => {
    try {
      const out = await client.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: 'AFTER_SEQUENCE_NUMBER',
          SequenceNumber: sequence,
        }),
      );
      return out.ShardIterator;
    } catch (error) {
      if ((error as Error).name !== 'TrimmedDataAccessException') throw error;
      onError(new Error(`checkpoint ${sequence} of shard ${shardId} was trimmed; reading from TRIM_HORIZON`));
      const out = await client.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      return out.ShardIterator;
    }
  };

  const track = async (found: Shard[], firstLook: boolean) => {
    for (const shard of found) {
      const shardId = shard.ShardId;
      if (!shardId || known.has(shardId)) continue;
      known.add(shardId);
      const closed = shard.SequenceNumberRange?.EndingSequenceNumber !== undefined;
      const checkpoint = saved.get(shardId);
      if (checkpoint?.done) continue;
      // Without checkpoints, records already in the stream when we start are history, as for a new
      // mapping at LATEST; with them, a shard never checkpointed is read whole, as from TRIM_HORIZON.
      if (!store && firstLook && closed) continue;
      const iteratorType: ShardIteratorType = !store && firstLook ? 'LATEST' : 'TRIM_HORIZON';
      const iterator = checkpoint?.sequenceNumber
        ? await iteratorAfter(shardId, checkpoint.sequenceNumber)
        : (
            await client.send(
              new GetShardIteratorCommand({
                StreamArn: streamArn,
                ShardId: shardId,
                ShardIteratorType: iteratorType,
              }),
            )
          ).ShardIterator;
      shards.set(shardId, {
        shardId,
        parentShardId: shard.ParentShardId,
        iteratorType,
        iterator,
        lastSequence: checkpoint?.sequenceNumber,
        pending: [],
        attempts: 0,
      });
    }
  };

  /** Records the last handled record of the shard, before the next batch is taken. */
  const checkpoint = async (state: ShardState, handled: DynamoDBRecord[]) => {
    const sequenceNumber = handled.at(-1)?.dynamodb?.SequenceNumber;
    if (!store || !sequenceNumber) return;
    await store.save(state.shardId, { sequenceNumber });
  };

  const refreshIterator = async (state: ShardState) => {
    const out = await client.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: state.shardId,
        ...(state.lastSequence
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: state.lastSequence }
          : { ShardIteratorType: state.iteratorType }),
      }),
    );
    state.iterator = out.ShardIterator;
  };

  /** Tops up the shard's pending records; false when nothing new arrived. */
  const fetch = async (state: ShardState): Promise<boolean> => {
    if (state.pending.length >= batchSize || state.iterator === undefined) return false;
    let out: GetRecordsCommandOutput;
    try {
      out = await client.send(
        new GetRecordsCommand({ ShardIterator: state.iterator, Limit: batchSize - state.pending.length }),
      );
    } catch (error) {
      // DynamoDB Local answers a LATEST iterator on a still-empty shard with TrimmedDataAccessException;
      // a fresh iterator fixes it, so it is not worth an error line.
      if ((error as Error).name !== 'TrimmedDataAccessException') onError(error);
      // Re-positioning at LATEST would skip whatever was written meanwhile: from here on, read the
      // shard from its start (after the last record seen, when there is one).
      state.iteratorType = 'TRIM_HORIZON';
      await refreshIterator(state);
      return false;
    }
    const records = out.Records ?? [];
    state.pending.push(...records);
    state.lastSequence = records.at(-1)?.dynamodb?.SequenceNumber ?? state.lastSequence;
    // No next iterator: the shard is closed and we have read all of it.
    state.iterator = out.NextShardIterator;
    return records.length > 0;
  };

  const invoke = async (state: ShardState): Promise<void> => {
    const batch = state.pending.slice(0, batchSize);
    const records = batch.map((record) => toDynamoDbRecord(record, streamArn, region));
    const sequences = records.map((record) => record.dynamodb?.SequenceNumber ?? '');
    const context = createLambdaContext({
      functionName: options.functionName ?? 'local-stream-consumer',
      timeoutSeconds: options.timeoutSeconds ?? defaultTimeoutSeconds,
      region,
    });
    let failures: ReturnType<typeof readBatchFailures>;
    try {
      const result = await options.handler({ Records: records }, context, unsupportedCallback);
      failures = readBatchFailures(result, new Set(sequences));
    } catch (error) {
      onError(error);
      failures = 'all';
    }
    if (failures === 'none') {
      state.pending.splice(0, batch.length);
      state.attempts = 0;
      await checkpoint(state, records);
      return;
    }
    const failedSet = failures;
    const firstFailed = failedSet === 'all' ? 0 : sequences.findIndex((sequence) => failedSet.has(sequence));
    // Records before the first failure are checkpointed, as Lambda does.
    state.pending.splice(0, firstFailed);
    state.attempts = firstFailed > 0 ? 1 : state.attempts + 1;
    await checkpoint(state, records.slice(0, firstFailed));
    if (state.attempts > maxRetryAttempts) {
      const given = records.slice(firstFailed);
      try {
        await onDiscard({ shardId: state.shardId, records: given, attempts: state.attempts });
      } catch (error) {
        // Not parked: keep the records; the next poll tries them again and parks them again.
        onError(error);
        return;
      }
      state.pending.splice(0, batch.length - firstFailed);
      state.attempts = 0;
      await checkpoint(state, given);
    }
  };

  let stopping = false;
  let tick = 0;
  let lastQuietTick = -1;
  let lastDiscovery = 0;

  const poll = async () => {
    tick += 1;
    const thisTick = tick;
    let quiet = true;
    if (Date.now() - lastDiscovery >= shardDiscoveryMs) {
      lastDiscovery = Date.now();
      await track(await listShards(client, streamArn), false);
    }
    for (const [shardId, state] of shards) {
      // A child shard waits until its parent is drained (and so untracked), keeping per-key order.
      if (state.parentShardId && shards.has(state.parentShardId)) continue;
      if (await fetch(state)) quiet = false;
      if (state.pending.length > 0) {
        quiet = false;
        await invoke(state);
      }
      // Closed (no next iterator) and fully handled.
      if (state.iterator === undefined && state.pending.length === 0) {
        if (store) {
          await store.save(shardId, {
            done: true,
            ...(state.lastSequence ? { sequenceNumber: state.lastSequence } : {}),
          });
        }
        shards.delete(shardId);
      }
    }
    if (quiet) lastQuietTick = thisTick;
  };

  await track(await listShards(client, streamArn), true);
  lastDiscovery = Date.now();

  const running = (async () => {
    while (!stopping) {
      try {
        await poll();
      } catch (error) {
        onError(error);
      }
      await sleep(pollIntervalMs);
    }
  })();

  return {
    stop: async () => {
      stopping = true;
      await running;
    },
    idle: async ({ timeoutMs = 30_000 } = {}) => {
      const from = tick;
      const deadline = Date.now() + timeoutMs;
      while (lastQuietTick <= from) {
        if (Date.now() > deadline) throw new Error(`stream ${streamArn} not idle after ${timeoutMs} ms`);
        await sleep(Math.min(50, pollIntervalMs));
      }
    },
  };
}
