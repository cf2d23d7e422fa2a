import { randomBytes } from 'node:crypto';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { NotFoundError, type Principal } from '@sme/kernel';
import type { SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { appendAudit } from '../audit.ts';
import { documentClient } from '../aws.ts';
import { sqsConsumer } from '../consumer.ts';
import { queueUrl, tableName } from '../env.ts';
import { sqsClient } from '../sqs-client.ts';
import { DynamoDbJobStore, type ImportJob, type RowResult } from './job-store.ts';

/** At most this many rows, and about this many bytes, per queue message (SQS allows 256 KiB). */
const rowsPerChunk = 100;
const bytesPerChunk = 200_000;

export const importChunkMessage = z.object({
  jobId: z.string(),
  kind: z.string(),
  chunk: z.int().min(0),
  principal: z.object({ clientId: z.string(), orgId: z.string(), role: z.string() }),
  rows: z.array(z.object({ row: z.int().min(1), data: z.unknown(), duplicateOf: z.int().optional() })),
});
export type ImportChunkMessage = z.infer<typeof importChunkMessage>;

let store: DynamoDbJobStore | undefined;
const jobs = () => {
  store ??= new DynamoDbJobStore(documentClient(), tableName('jobs'));
  return store;
};

/**
 * Starts an asynchronous import: records the job, then queues its rows in chunks. Rows whose
 * business key repeats an earlier row are marked so the worker rejects them ("duplicate of row N")
 * instead of racing two writes of one record across chunks.
 */
export async function startImportJob(args: {
  kind: string;
  rows: unknown[];
  /** Each row's number as the caller's file numbers it (a spreadsheet's rows); 1, 2, 3 … when absent. */
  rowNumbers?: readonly number[];
  principal: Principal;
  queue: string;
  requestId: string;
  keyOf: (row: unknown) => string | undefined;
}): Promise<ImportJob> {
  const now = new Date().toISOString();
  const firstRowOf = new Map<string, number>();
  const entries = args.rows.map((data, i) => {
    const row = args.rowNumbers?.[i] ?? i + 1;
    const key = args.keyOf(data);
    const duplicateOf = key === undefined ? undefined : firstRowOf.get(key);
    if (key !== undefined && duplicateOf === undefined) firstRowOf.set(key, row);
    return { row, data, ...(duplicateOf ? { duplicateOf } : {}) };
  });
  const chunks = chunkRows(entries);
  const jobId = randomBytes(12).toString('base64url');
  const job = await jobs().create(
    {
      jobId,
      kind: args.kind,
      totalRows: entries.length,
      totalChunks: chunks.length,
      createdAt: now,
      createdBy: { clientId: args.principal.clientId, orgId: args.principal.orgId },
    },
    args.principal,
  );
  const url = queueUrl(args.queue);
  const batches: { Id: string; MessageBody: string }[][] = [];
  for (let i = 0; i < chunks.length; i += 10) {
    batches.push(
      chunks.slice(i, i + 10).map((rows, j) => ({
        Id: String(i + j),
        MessageBody: JSON.stringify({
          jobId,
          kind: args.kind,
          chunk: i + j,
          principal: args.principal,
          rows,
        } satisfies ImportChunkMessage),
      })),
    );
  }
  // All batches at once: the 202 waits on the slowest send rather than on their sum, and the
  // worker starts on the first chunks while the last are still being queued.
  await Promise.all(
    batches.map(async (entries) => {
      let batch = entries;
      for (let attempt = 0; batch.length > 0; attempt++) {
        if (attempt > 5) throw new Error(`Could not queue chunks of import ${jobId}`);
        const out = await sqsClient().send(new SendMessageBatchCommand({ QueueUrl: url, Entries: batch }));
        const failed = new Set((out.Failed ?? []).map((f) => f.Id));
        batch = batch.filter((e) => failed.has(e.Id));
      }
    }),
  );
  await appendAudit({
    subjectType: 'import',
    subjectId: jobId,
    action: `${args.kind}.import-started`,
    principal: args.principal,
    at: now,
    discriminator: args.requestId,
    detail: { totalRows: entries.length, totalChunks: chunks.length },
  });
  return job;
}

function chunkRows<T>(entries: T[]): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = Buffer.byteLength(JSON.stringify(entry));
    if (current.length > 0 && (current.length >= rowsPerChunk || bytes + size > bytesPerChunk)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The queue consumer of an import: processes one chunk, then records its row results and the job
 * counters in one transaction. A redelivered chunk that was already recorded is skipped.
 */
export function importWorker(
  processRows: (message: ImportChunkMessage, job: ImportJob, record: SQSRecord) => Promise<RowResult[]>,
) {
  return sqsConsumer(importChunkMessage, async (message, record) => {
    const { job, chunkDone: done } = await jobs().getWithChunk(message.jobId, message.chunk);
    if (!job) throw new Error(`Import job ${message.jobId} not found`);
    if (done) return;
    const results = await processRows(message, job, record);
    await jobs().recordChunk(job, message.chunk, results, new Date().toISOString());
  });
}

/** A job as its creator's organisation (or the coordinator) sees it; anyone else gets 404. */
export async function readImportJob(jobId: string, principal: Principal): Promise<ImportJob> {
  const job = await jobs().get(jobId);
  if (!job || (job.createdBy.orgId !== principal.orgId && principal.role !== 'coordinator')) {
    throw new NotFoundError(`No import job ${jobId}`);
  }
  return job;
}

export async function readImportRows(jobId: string, principal: Principal, cursor: string | undefined) {
  await readImportJob(jobId, principal);
  return jobs().rows(jobId, cursor);
}
