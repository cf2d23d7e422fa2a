import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '@sme/kernel';
import { batchGetAll } from '../dynamo-batch.ts';

export type RowOutcome = 'registered' | 'updated' | 'created' | 'corrected' | 'unchanged' | 'rejected';
export interface RowResult {
  row: number;
  outcome: RowOutcome;
  /** The row's business key (e.g. the USCC), when it could be read. */
  key?: string;
  errors?: { path: string; message: string }[];
}

export interface ImportJob {
  jobId: string;
  kind: string;
  status: 'queued' | 'running' | 'completed';
  totalRows: number;
  totalChunks: number;
  processedChunks: number;
  processedRows: number;
  acceptedRows: number;
  rejectedRows: number;
  createdAt: string;
  completedAt?: string;
  createdBy: { clientId: string; orgId: string };
}

/** Jobs and their per-chunk row results are kept 30 days. */
const retentionSeconds = 30 * 24 * 60 * 60;
const jobKey = (jobId: string) => ({ pk: `JOB#${jobId}`, sk: 'JOB' });
const chunkKey = (jobId: string, chunk: number) => ({
  pk: `JOB#${jobId}`,
  sk: `CHUNK#${String(chunk).padStart(5, '0')}`,
});
const tallyKey = (jobId: string, chunk: number) => ({
  pk: `JOB#${jobId}`,
  sk: `TALLY#${String(chunk).padStart(5, '0')}`,
});

type JobCounters = Pick<
  ImportJob,
  'status' | 'processedChunks' | 'processedRows' | 'acceptedRows' | 'rejectedRows' | 'completedAt'
>;

/**
 * Adapter for the `jobs` table: bulk-import jobs, their per-row results and, per chunk, a tally of
 * them. The job item itself never changes after it is created: the many chunks of a job are counted
 * in items of their own (`TALLY#n`, written after `CHUNK#n`), so concurrent workers never queue on
 * one hot item, and a job's progress is its tallies summed when it is read (one small query).
 */
export class DynamoDbJobStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async create(
    job: Omit<ImportJob, 'status' | 'processedChunks' | 'processedRows' | 'acceptedRows' | 'rejectedRows'>,
    principal: Principal,
  ): Promise<ImportJob> {
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: {
          ...jobKey(job.jobId),
          ...job,
          createdByRole: principal.role,
          expiresAt: expiry(job.createdAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return { ...job, ...countersFrom(job.totalChunks, []) };
  }

  /** The job with its progress: the tallies of its chunks, summed. */
  async get(jobId: string): Promise<ImportJob | undefined> {
    const [out, tallies] = await Promise.all([
      this.#db.send(new GetCommand({ TableName: this.#table, Key: jobKey(jobId) })),
      this.#tallies(jobId),
    ]);
    if (!out.Item) return undefined;
    const job = jobFrom(out.Item);
    // A job recorded before tallies existed kept its counters on the job item.
    const legacy = out.Item.processedChunks as number | undefined;
    if (legacy !== undefined && legacy > tallies.length) return { ...job, ...legacyCounters(out.Item) };
    return { ...job, ...countersFrom(job.totalChunks, tallies) };
  }

  /** The job (without its progress) and whether `chunk` was already counted, in one request. */
  async getWithChunk(jobId: string, chunk: number): Promise<{ job?: ImportJob; chunkDone: boolean }> {
    const tally = tallyKey(jobId, chunk);
    const items = await batchGetAll(this.#db, this.#table, [jobKey(jobId), tally], false);
    const jobItem = items.find((i) => i.sk === 'JOB');
    return {
      ...(jobItem ? { job: { ...jobFrom(jobItem), ...countersFrom(0, []) } } : {}),
      chunkDone: items.some((i) => i.sk === tally.sk),
    };
  }

  /**
   * Records a chunk's row results, then its tally; returns false when the chunk was already
   * counted. Safe at any point of failure: results are written only if absent (a redelivered chunk
   * keeps its first results, which a re-run would report as "unchanged"), and the tally, which says
   * the chunk is done, only after them.
   */
  async recordChunk(job: ImportJob, chunk: number, rows: RowResult[], now: string): Promise<boolean> {
    const rejected = rows.filter((r) => r.outcome === 'rejected').length;
    const expiresAt = expiry(job.createdAt);
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...chunkKey(job.jobId, chunk), rows, expiresAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: {
            ...tallyKey(job.jobId, chunk),
            rows: rows.length,
            accepted: rows.length - rejected,
            rejected,
            at: now,
            expiresAt,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return false;
    }
  }

  async #tallies(jobId: string): Promise<Tally[]> {
    const tallies: Tally[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.#db.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :tally)',
          ExpressionAttributeValues: { ':pk': `JOB#${jobId}`, ':tally': 'TALLY#' },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      tallies.push(...((out.Items ?? []) as Tally[]));
      start = out.LastEvaluatedKey;
    } while (start);
    return tallies;
  }

  /** Row results in row order, a few chunks a page. */
  async rows(jobId: string, cursor: string | undefined, chunksPerPage = 5) {
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :chunk)',
        ExpressionAttributeValues: { ':pk': `JOB#${jobId}`, ':chunk': 'CHUNK#' },
        Limit: chunksPerPage,
        ...(cursor ? { ExclusiveStartKey: { pk: `JOB#${jobId}`, sk: cursor } } : {}),
      }),
    );
    const rows = (out.Items ?? []).flatMap((i) => i.rows as RowResult[]);
    const last = out.LastEvaluatedKey?.sk as string | undefined;
    return { rows, ...(last ? { nextCursor: last } : {}) };
  }
}

interface Tally {
  rows: number;
  accepted: number;
  rejected: number;
  at: string;
}

function countersFrom(totalChunks: number, tallies: Tally[]): JobCounters {
  const sum = (f: (t: Tally) => number) => tallies.reduce((n, t) => n + f(t), 0);
  const done = tallies.length > 0 && tallies.length === totalChunks;
  return {
    status: tallies.length === 0 ? 'queued' : done ? 'completed' : 'running',
    processedChunks: tallies.length,
    processedRows: sum((t) => t.rows),
    acceptedRows: sum((t) => t.accepted),
    rejectedRows: sum((t) => t.rejected),
    // ISO timestamps sort as strings: the last tally written completed the job.
    ...(done
      ? {
          completedAt: tallies
            .map((t) => t.at)
            .sort()
            .at(-1),
        }
      : {}),
  };
}

function legacyCounters(item: Record<string, unknown>): JobCounters {
  const { status, processedChunks, processedRows, acceptedRows, rejectedRows, completedAt } =
    item as JobCounters;
  return {
    status,
    processedChunks,
    processedRows,
    acceptedRows,
    rejectedRows,
    ...(completedAt ? { completedAt } : {}),
  };
}

/** The job item's own fields: what was fixed when it was created. */
function jobFrom(item: Record<string, unknown>): Omit<ImportJob, keyof JobCounters> {
  const {
    pk: _pk,
    sk: _sk,
    expiresAt: _e,
    createdByRole: _r,
    status: _s,
    processedChunks: _pc,
    processedRows: _pr,
    acceptedRows: _a,
    rejectedRows: _rj,
    completedAt: _c,
    ...job
  } = item;
  return job as unknown as Omit<ImportJob, keyof JobCounters>;
}

function expiry(createdAt: string): number {
  return Math.floor(Date.parse(createdAt) / 1000) + retentionSeconds;
}
