import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
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

/** Adapter for the `jobs` table: bulk-import jobs, their counters and per-row results. */
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
  ) {
    const item: ImportJob = {
      ...job,
      status: 'queued',
      processedChunks: 0,
      processedRows: 0,
      acceptedRows: 0,
      rejectedRows: 0,
    };
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: {
          ...jobKey(job.jobId),
          ...item,
          createdByRole: principal.role,
          expiresAt: expiry(job.createdAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return item;
  }

  async get(jobId: string): Promise<ImportJob | undefined> {
    const out = await this.#db.send(new GetCommand({ TableName: this.#table, Key: jobKey(jobId) }));
    return out.Item ? jobFrom(out.Item) : undefined;
  }

  /** The job and whether `chunk` was already recorded, in one request (what a worker asks per chunk). */
  async getWithChunk(jobId: string, chunk: number): Promise<{ job?: ImportJob; chunkDone: boolean }> {
    const job = jobKey(jobId);
    const done = chunkKey(jobId, chunk);
    const items = await batchGetAll(this.#db, this.#table, [job, done], false);
    const jobItem = items.find((i) => i.sk === job.sk);
    return {
      ...(jobItem ? { job: jobFrom(jobItem) } : {}),
      chunkDone: items.some((i) => i.sk === done.sk),
    };
  }

  /**
   * Records a chunk's row results and moves the job's counters in one transaction, so a
   * redelivered chunk can never count twice. Returns false when the chunk was already recorded.
   */
  async recordChunk(job: ImportJob, chunk: number, rows: RowResult[], now: string): Promise<boolean> {
    const rejected = rows.filter((r) => r.outcome === 'rejected').length;
    // Every chunk of a job moves the same counters: with many chunks at once, DynamoDB may cancel a
    // transaction for a conflict with another one; that is worth a short pause and another try.
    for (let attempt = 0; ; attempt++) {
      try {
        await this.#db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: this.#table,
                  Item: { ...chunkKey(job.jobId, chunk), rows, expiresAt: expiry(job.createdAt) },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Update: {
                  TableName: this.#table,
                  Key: jobKey(job.jobId),
                  UpdateExpression:
                    'ADD processedChunks :one, processedRows :n, acceptedRows :a, rejectedRows :r SET #s = :running',
                  ExpressionAttributeNames: { '#s': 'status' },
                  ExpressionAttributeValues: {
                    ':one': 1,
                    ':n': rows.length,
                    ':a': rows.length - rejected,
                    ':r': rejected,
                    ':running': 'running',
                  },
                },
              },
            ],
          }),
        );
        break;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const codes = (error.CancellationReasons ?? []).map((r) => r.Code);
        if (codes[0] === 'ConditionalCheckFailed') return false;
        if (!codes.includes('TransactionConflict') || attempt >= 5) throw error;
        await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * (0.5 + Math.random())));
      }
    }
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: jobKey(job.jobId),
          UpdateExpression: 'SET #s = :completed, completedAt = :now',
          ConditionExpression: 'processedChunks = totalChunks',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':completed': 'completed', ':now': now },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    return true;
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

function jobFrom(item: Record<string, unknown>): ImportJob {
  const { pk: _pk, sk: _sk, expiresAt: _e, createdByRole: _r, ...job } = item;
  return job as unknown as ImportJob;
}

function expiry(createdAt: string): number {
  return Math.floor(Date.parse(createdAt) / 1000) + retentionSeconds;
}
