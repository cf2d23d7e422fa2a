import { GetCommand, PutCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { demoUscc } from '@sme/local';
import { type BatchEntry, matchingManifest, planChunks, pushIdOf, summarise } from '@sme/matching';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationKey, listKeys } from '../../services/matching/src/adapters/dynamodb-declaration-store.ts';
import { DynamoDbPushBatchStore } from '../../services/matching/src/adapters/dynamodb-push-batch-store.ts';
import { confirmProgress, type PushBatch } from '../../services/matching/src/domain/push-batch.ts';
import { type ConfirmChunkPorts, confirmChunk } from '../../services/matching/src/use-cases/confirm-chunk.ts';
import { startConfirm } from '../../services/matching/src/use-cases/start-confirm.ts';
import { startTestTables, type TestTables } from '../support/dynamodb-local.ts';

/**
 * The background confirm over DynamoDB Local: startConfirm queues one message per chunk (a fake queue
 * records them), then confirmChunk runs each message on the real batch store — delivered twice at
 * once, failing part-way and redelivered, all chunks at once — as SQS may deliver them. Each push and
 * each declaration's move is written once, the header's counters lose no chunk and count none twice,
 * and the batch is CONFIRMED once, by the last chunk counted.
 */

let tables: TestTables;
let store: DynamoDbPushBatchStore;
beforeAll(async () => {
  const {
    'matching-declarations': declarations,
    'matching-batches': batches,
    'matching-pushes': pushes,
  } = matchingManifest.tables;
  tables = await startTestTables('confirmtest', {
    'matching-declarations': declarations,
    'matching-batches': batches,
    'matching-pushes': pushes,
  });
  store = new DynamoDbPushBatchStore(tables.documents, {
    declarations: tables.names['matching-declarations'] ?? '',
    batches: tables.names['matching-batches'] ?? '',
    pushes: tables.names['matching-pushes'] ?? '',
  });
});
afterAll(async () => {
  await tables?.stop();
});

const actor = { clientId: 'cl-office', orgId: 'ls-office' };
const createdAt = '2026-12-01T02:00:00.000Z';
const confirmAt = new Date('2026-12-04T03:00:00.000Z');
const chunkAt = new Date('2026-12-04T03:00:07.000Z');

/** A RECOMMENDED declaration as the store keeps it: screened, no intermediary hit. */
async function recommended(id: string, uscc: string): Promise<void> {
  await tables.documents.send(
    new PutCommand({
      TableName: tables.names['matching-declarations'],
      Item: {
        ...declarationKey(id),
        ...listKeys({ id, state: 'RECOMMENDED', createdAt, keyIndustryChain: false, township: '999101002' }),
        state: 'RECOMMENDED',
        version: 4,
        declaration: {
          id,
          uscc,
          state: 'RECOMMENDED',
          version: 4,
          screening: { outcome: 'pass' },
          facts: { intermediaryEntryIds: [] },
          createdAt,
          updatedAt: createdAt,
        },
      },
    }),
  );
}

function entry(batchId: string, declarationId: string, uscc: string, banks: string[]): BatchEntry {
  return {
    declarationId,
    uscc,
    keyIndustryChain: false,
    status: 'assigned',
    assignedBanks: banks.map((bankId, i) => ({
      bankId,
      rank: i + 1,
      pushId: pushIdOf(batchId, uscc, bankId),
      existingLender: false,
      products: [],
      reasons: [{ rule: 3, code: 'within-cap', refuses: false, detail: 'within the cap' }],
    })),
    excludedBanks: [],
    exclusion: [],
    flags: [],
    existingBankCount: 0,
    township: '999101002',
    createdAt,
  } as BatchEntry;
}

/** A DRAFT batch of `n` recommended enterprises, two banks each, one enterprise per chunk. */
async function draft(batchId: string, tag: string, n: number) {
  const entries: BatchEntry[] = [];
  for (let i = 1; i <= n; i++) {
    const uscc = demoUscc('999101', `${tag}${String(i).padStart(7, '0')}`);
    await recommended(`dcl-${tag}-${i}`, uscc);
    entries.push(entry(batchId, `dcl-${tag}-${i}`, uscc, ['bank-gs', 'bank-city']));
  }
  const chunks = planChunks(entries, { transactionItems: 100, entries: 1 });
  const batch: PushBatch = {
    batchId,
    state: 'DRAFT',
    version: 1,
    maxBanksPerEnterprise: 3,
    summary: summarise(entries),
    banks: [],
    skipped: [],
    skippedCount: 0,
    adjustmentCount: 0,
    chunkCount: chunks.length,
    createdAt,
    createdBy: actor,
  };
  await store.create(batch, chunks);
  return entries;
}

async function start(batchId: string, at = confirmAt) {
  const sent: number[] = [];
  const result = await startConfirm(batchId, actor, at, {
    batches: store,
    queue: { send: async (_id, indexes) => void sent.push(...indexes) },
    creditAccessDays: 90,
    token: `tok-${at.getTime()}`,
  });
  return { ...result, sent };
}

const stateOf = async (id: string) =>
  (
    await tables.documents.send(
      new GetCommand({
        TableName: tables.names['matching-declarations'],
        Key: declarationKey(id),
        ConsistentRead: true,
      }),
    )
  ).Item?.state;

const pushesOf = async (batchId: string) =>
  (
    (await tables.documents.send(new ScanCommand({ TableName: tables.names['matching-pushes'] }))).Items ?? []
  ).filter((p) => p.batchId === batchId);

describe('Use cases: startConfirm and confirmChunk on DynamoDB Local', () => {
  it('every chunk delivered twice at once, one failing part-way: each push written once, counted once, CONFIRMED once', async () => {
    // Prepare: six enterprises, six chunks.
    const batchId = 'pb-20261204-0000c0f1';
    const entries = await draft(batchId, 'CF', 6);
    const published: { eventId: string }[] = [];
    const ports: ConfirmChunkPorts = {
      batches: store,
      publish: async (events) => void published.push(...events),
    };
    // Chunk 2's first transaction dies (DynamoDB fails it, or the Lambda goes down).
    let failed = false;
    const dying: ConfirmChunkPorts = {
      ...ports,
      batches: {
        get: (...a) => store.get(...a),
        chunk: (...a) => store.chunk(...a),
        countChunk: (...a) => store.countChunk(...a),
        finish: (...a) => store.finish(...a),
        commitChunk: async (batch, chunk) => {
          if (chunk.index === 2 && !failed) {
            failed = true;
            throw new Error('the chunk died here');
          }
          return store.commitChunk(batch, chunk);
        },
      },
    };

    // Act 1: the confirm is accepted: CONFIRMING, one message per chunk, nothing written yet.
    const accepted = await start(batchId);
    const retried = await start(batchId, new Date(confirmAt.getTime() + 5_000));
    const statesAccepted = await Promise.all(entries.map((e) => stateOf(e.declarationId)));

    // Act 2: every message delivered twice, all at once; the failed one redelivered after.
    const deliveries = await Promise.allSettled(
      accepted.sent.flatMap((i) => [
        confirmChunk(batchId, i, chunkAt, dying),
        confirmChunk(batchId, i, chunkAt, ports),
      ]),
    );
    const afterRedelivery = await confirmChunk(batchId, 2, chunkAt, ports);
    const late = await confirmChunk(batchId, 4, chunkAt, ports);
    const batch = await store.get(batchId, true);
    const pushes = await pushesOf(batchId);

    // Assess
    expect(accepted).toMatchObject({ queuedChunks: 6, batch: { state: 'CONFIRMING' } });
    expect(accepted.sent).toEqual([0, 1, 2, 3, 4, 5]);
    expect(retried.sent).toEqual([]);
    expect(statesAccepted.every((s) => s === 'RECOMMENDED')).toBe(true);
    expect(deliveries.filter((d) => d.status === 'rejected').length).toBeLessThanOrEqual(1);
    expect([afterRedelivery.outcome, late.outcome].every((o) => o !== 'unknown-batch')).toBe(true);
    expect(batch).toMatchObject({
      state: 'CONFIRMED',
      confirmedAt: chunkAt.toISOString(),
      outcome: { pushes: 12, droppedDeclarationIds: [] },
    });
    expect(batch?.progress).toMatchObject({
      chunksDone: 6,
      pushesDone: 12,
      countedChunks: [0, 1, 2, 3, 4, 5],
    });
    expect(confirmProgress(batch as PushBatch)).toEqual({
      chunks: { total: 6, done: 6 },
      pushes: { total: 12, done: 12, dropped: 0 },
    });
    expect(pushes).toHaveLength(12);
    expect(new Set(pushes.map((p) => p.pushedAt))).toEqual(new Set([confirmAt.toISOString()]));
    const pushIds = entries.flatMap((e) => e.assignedBanks.map((b) => b.pushId)).sort();
    expect([...new Set(published.map((e) => e.eventId))].sort()).toEqual(pushIds);
    expect(await Promise.all(entries.map((e) => stateOf(e.declarationId)))).toEqual(Array(6).fill('PUSHED'));
  });

  it('a declaration removed after the decision is dropped and counted as such; a retried confirm after CONFIRMED queues nothing', async () => {
    // Prepare
    const batchId = 'pb-20261204-0000d4f2';
    const entries = await draft(batchId, 'DR', 2);
    const gone = entries[1]?.declarationId ?? '';
    await tables.documents.send(
      new UpdateCommand({
        TableName: tables.names['matching-declarations'],
        Key: declarationKey(gone),
        UpdateExpression: 'SET #s = :removed',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':removed': 'REMOVED' },
      }),
    );
    const published: { eventId: string }[] = [];
    const ports: ConfirmChunkPorts = { batches: store, publish: async (e) => void published.push(...e) };

    // Act
    const accepted = await start(batchId);
    await Promise.all(accepted.sent.map((i) => confirmChunk(batchId, i, chunkAt, ports)));
    const again = await start(batchId, new Date(chunkAt.getTime() + 1_000));

    // Assess
    expect(again).toMatchObject({ alreadyConfirmed: true, sent: [] });
    expect(again.batch).toMatchObject({
      state: 'CONFIRMED',
      outcome: { pushes: 2, droppedDeclarationIds: [gone] },
    });
    expect(confirmProgress(again.batch).pushes).toEqual({ total: 4, done: 2, dropped: 2 });
    expect(published).toHaveLength(2);
    expect(await pushesOf(batchId)).toHaveLength(2);
    expect(await stateOf(gone)).toBe('REMOVED');
  });
});
