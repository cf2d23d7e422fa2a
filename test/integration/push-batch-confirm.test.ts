import { GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { demoUscc } from '@sme/local';
import { type BatchEntry, matchingManifest, planChunks, pushIdOf, summarise } from '@sme/matching';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationKey, listKeys } from '../../services/matching/src/adapters/dynamodb-declaration-store.ts';
import { DynamoDbPushBatchStore } from '../../services/matching/src/adapters/dynamodb-push-batch-store.ts';
import type { PushBatch } from '../../services/matching/src/domain/push-batch.ts';
import { type ConfirmPorts, confirmBatch } from '../../services/matching/src/use-cases/confirm-batch.ts';
import { startTestTables, type TestTables } from '../support/dynamodb-local.ts';

/**
 * A confirm that dies part-way, over DynamoDB Local: the real batch store, wrapped by a fake whose
 * chunk commits stop working after the first (the Lambda dying mid-confirm, or DynamoDB failing it),
 * then the same confirm retried on the real store. Replaces a test hook that lived in production code.
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

describe('Use case: confirmBatch, dying part-way', () => {
  it('resumes on retry: each chunk written once, every push announced once, nothing before the end', async () => {
    // Prepare: three recommended enterprises, two banks each, one enterprise per chunk.
    const batchId = 'pb-20261204-0000c0f1';
    const entries: BatchEntry[] = [];
    for (const n of [1, 2, 3]) {
      const uscc = demoUscc('999101', `CF${String(n).padStart(7, '0')}`);
      await recommended(`dcl-cf-${n}`, uscc);
      entries.push(entry(batchId, `dcl-cf-${n}`, uscc, ['bank-gs', 'bank-city']));
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
    const published: { eventId: string; type: string }[] = [];
    const ports = (batches: ConfirmPorts['batches']): ConfirmPorts => ({
      batches,
      publish: async (events) => {
        published.push(...events);
      },
      creditAccessDays: 90,
      concurrency: 1,
    });
    // The fake: the real store, but after the first chunk every commit fails (the process is going down).
    let commits = 0;
    const dying: ConfirmPorts['batches'] = {
      get: (...args) => store.get(...args),
      chunks: (...args) => store.chunks(...args),
      chunk: (...args) => store.chunk(...args),
      startConfirm: (...args) => store.startConfirm(...args),
      finish: (...args) => store.finish(...args),
      commitChunk: async (...args) => {
        if (++commits > 1) throw new Error('the confirm died here');
        return store.commitChunk(...args);
      },
    };

    // Act 1: the confirm dies after its first chunk.
    const failed = await confirmBatch(batchId, actor, confirmAt, ports(dying)).catch((error: Error) => error);
    const halfway = await store.get(batchId, true);
    const states = async () =>
      Promise.all(
        [1, 2, 3].map(
          async (n) =>
            (
              await tables.documents.send(
                new GetCommand({
                  TableName: tables.names['matching-declarations'],
                  Key: declarationKey(`dcl-cf-${n}`),
                  ConsistentRead: true,
                }),
              )
            ).Item?.state,
        ),
      );
    const statesHalfway = await states();
    const publishedHalfway = published.length;

    // Act 2: retried on the real store (a later minute), then once more.
    const retried = await confirmBatch(batchId, actor, new Date(confirmAt.getTime() + 60_000), ports(store));
    const replayed = await confirmBatch(
      batchId,
      actor,
      new Date(confirmAt.getTime() + 120_000),
      ports(store),
    );
    const pushes = await tables.documents.send(
      new ScanCommand({ TableName: tables.names['matching-pushes'] }),
    );

    // Assess
    expect(failed).toBeInstanceOf(Error);
    expect(halfway).toMatchObject({ state: 'CONFIRMING', confirm: { startedAt: confirmAt.toISOString() } });
    expect(statesHalfway.filter((s) => s === 'PUSHED')).toHaveLength(1);
    expect(publishedHalfway).toBe(0);
    expect(retried).toMatchObject({ state: 'CONFIRMED', outcome: { pushes: 6, droppedDeclarationIds: [] } });
    expect(replayed.outcome).toEqual(retried.outcome);
    expect(published).toHaveLength(6);
    expect(new Set(published.map((e) => e.eventId)).size).toBe(6);
    expect(published.map((e) => e.eventId).sort()).toEqual(
      entries.flatMap((e) => e.assignedBanks.map((b) => b.pushId)).sort(),
    );
    expect(await states()).toEqual(['PUSHED', 'PUSHED', 'PUSHED']);
    expect(pushes.Items).toHaveLength(6);
    // Every push carries the first attempt's instant: the retry did not re-date what was written.
    expect(new Set(pushes.Items?.map((p) => p.pushedAt))).toEqual(new Set([confirmAt.toISOString()]));
  });
});
