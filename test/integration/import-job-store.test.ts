import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDbJobStore, platformManifest, type RowResult } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTables, type TestTables } from '../support/dynamodb-local.ts';

let tables: TestTables;
let db: DynamoDBDocumentClient;
let store: DynamoDbJobStore;
let table: string;
beforeAll(async () => {
  tables = await startTestTables('jobtest', { jobs: platformManifest.tables.jobs });
  db = tables.documents;
  table = tables.names.jobs ?? '';
  store = new DynamoDbJobStore(db, table);
});
afterAll(async () => {
  await tables?.stop();
});

const principal = { clientId: 'c1', orgId: 'ls-agency', role: 'agency' as const };
const rows = (from: number, n: number, outcome: RowResult['outcome'] = 'registered'): RowResult[] =>
  Array.from({ length: n }, (_, i) => ({ row: from + i, outcome }));

async function newJob(jobId: string, totalChunks: number) {
  return store.create(
    {
      jobId,
      kind: 'enterprise',
      totalRows: totalChunks * 100,
      totalChunks,
      createdAt: '2026-11-24T00:00:00.000Z',
      createdBy: { clientId: 'c1', orgId: 'ls-agency' },
    },
    principal,
  );
}

describe('Class: DynamoDbJobStore (DynamoDB Local)', () => {
  it('counts a redelivered chunk once and keeps its first results', async () => {
    // Arrange
    const job = await newJob('redelivered', 2);

    // Act
    const first = await store.recordChunk(job, 0, rows(1, 100), '2026-11-24T00:01:00.000Z');
    const again = await store.recordChunk(job, 0, rows(1, 100, 'unchanged'), '2026-11-24T00:02:00.000Z');

    // Assess
    expect([first, again]).toEqual([true, false]);
    const read = await store.getWithChunk(job.jobId, 0);
    expect(read.chunkDone).toBe(true);
    expect(await store.get(job.jobId)).toMatchObject({
      status: 'running',
      processedChunks: 1,
      processedRows: 100,
      acceptedRows: 100,
    });
    const stored = await db.send(
      new GetCommand({ TableName: table, Key: { pk: 'JOB#redelivered', sk: 'CHUNK#00000' } }),
    );
    // Results and tally leave with the job: 30 days after it was created (2026-11-24T00:00:00Z).
    const tally = await db.send(
      new GetCommand({ TableName: table, Key: { pk: 'JOB#redelivered', sk: 'TALLY#00000' } }),
    );
    const thirtyDaysLater = Date.parse('2026-12-24T00:00:00.000Z') / 1000;
    expect([stored.Item?.expiresAt, tally.Item?.expiresAt]).toEqual([thirtyDaysLater, thirtyDaysLater]);
    expect(stored.Item?.rows[0]).toEqual({ row: 1, outcome: 'registered' });
  });

  it('counts a chunk whose first delivery stopped after writing its results, and completes the job', async () => {
    // Arrange: chunk 1's results are stored, its counters never moved.
    const job = await newJob('interrupted', 2);
    await store.recordChunk(job, 0, rows(1, 100), '2026-11-24T00:01:00.000Z');
    await db.send(
      new PutCommand({
        TableName: table,
        Item: { pk: 'JOB#interrupted', sk: 'CHUNK#00001', rows: rows(101, 100) },
      }),
    );
    expect((await store.getWithChunk(job.jobId, 1)).chunkDone).toBe(false);

    // Act
    const counted = await store.recordChunk(job, 1, rows(101, 100, 'unchanged'), '2026-11-24T00:03:00.000Z');

    // Assess
    expect(counted).toBe(true);
    expect(await store.get(job.jobId)).toMatchObject({
      status: 'completed',
      completedAt: '2026-11-24T00:03:00.000Z',
      processedChunks: 2,
      processedRows: 200,
    });
  });

  it('counts 40 chunks recorded at once, each delivered twice, exactly once', async () => {
    // Arrange
    const job = await newJob('concurrent', 40);
    const chunks = Array.from({ length: 40 }, (_, c) => c);

    // Act
    const outcomes = await Promise.all(
      [...chunks, ...chunks].map((c) =>
        store.recordChunk(
          job,
          c,
          [...rows(c * 100 + 1, 99), { row: c * 100 + 100, outcome: 'rejected' }],
          '2026-11-24T00:04:00.000Z',
        ),
      ),
    );

    // Assess
    expect(outcomes.filter(Boolean)).toHaveLength(40);
    expect(await store.get(job.jobId)).toMatchObject({
      status: 'completed',
      processedChunks: 40,
      processedRows: 4_000,
      acceptedRows: 3_960,
      rejectedRows: 40,
    });
  });

  it('reads a job recorded before tallies existed from the counters on its item', async () => {
    // Arrange: the shape the job item had when its counters moved in place.
    await db.send(
      new PutCommand({
        TableName: table,
        Item: {
          pk: 'JOB#legacy',
          sk: 'JOB',
          jobId: 'legacy',
          kind: 'enterprise',
          totalRows: 150,
          totalChunks: 2,
          createdAt: '2026-11-20T00:00:00.000Z',
          createdBy: { clientId: 'c1', orgId: 'ls-agency' },
          status: 'completed',
          processedChunks: 2,
          processedRows: 150,
          acceptedRows: 149,
          rejectedRows: 1,
          completedAt: '2026-11-20T00:00:09.000Z',
        },
      }),
    );

    // Act
    const job = await store.get('legacy');

    // Assess
    expect(job).toMatchObject({
      status: 'completed',
      processedRows: 150,
      acceptedRows: 149,
      rejectedRows: 1,
    });
    expect(job?.completedAt).toBe('2026-11-20T00:00:09.000Z');
  });
});
