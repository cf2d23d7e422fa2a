import { describe, expect, it } from 'vitest';
import { confirmProgress, type PushBatch } from '../domain/push-batch.ts';
import { type ConfirmChunkPorts, confirmChunk } from './confirm-chunk.ts';
import { coordinator, FakeBatchStore, FakeConfirmQueue, t0 } from './push-batch-store.fake.ts';
import { startConfirm } from './start-confirm.ts';

/** confirmChunk on in-memory ports: each chunk written, announced and counted once, whatever is redelivered. */

const t1 = new Date('2026-12-04T02:00:09Z');

async function confirming(store = new FakeBatchStore()) {
  await startConfirm(store.batch.batchId, coordinator, t0, {
    batches: store,
    queue: new FakeConfirmQueue(),
    creditAccessDays: 90,
    token: 'tok',
  });
  return store;
}

function ports(store: FakeBatchStore) {
  const published: { eventId: string; type: string; [k: string]: unknown }[] = [];
  let failPublish = false;
  const p: ConfirmChunkPorts = {
    batches: store,
    publish: async (events) => {
      if (failPublish) {
        failPublish = false;
        throw new Error('the process died before announcing');
      }
      published.push(...events);
    },
  };
  return {
    published,
    ports: p,
    failNextPublish: () => {
      failPublish = true;
    },
  };
}

describe('Function: confirmChunk', () => {
  it('writes, announces and counts each chunk once, in any order; the last counted makes the batch CONFIRMED', async () => {
    // Prepare
    const store = await confirming();
    const { published, ports: p } = ports(store);

    // Act
    const first = await confirmChunk(store.batch.batchId, 1, t1, p);
    const midway = confirmProgress(store.batch);
    const last = await confirmChunk(store.batch.batchId, 0, t1, p);

    // Assess
    expect(first).toMatchObject({ outcome: 'counted', batch: { state: 'CONFIRMING' } });
    expect(midway).toEqual({ chunks: { total: 2, done: 1 }, pushes: { total: 4, done: 1, dropped: 0 } });
    expect(store.commits).toEqual([1, 0]);
    expect(published.map((e) => e.eventId)).toEqual([
      'p-d3-bank-gs',
      'p-d1-bank-gs',
      'p-d1-bank-nh',
      'p-d2-bank-city',
    ]);
    expect(published[1]).toMatchObject({
      type: 'EnterprisePushed',
      pushId: 'p-d1-bank-gs',
      bankId: 'bank-gs',
      occurredAt: t0.toISOString(), // the confirm's instant, not the chunk's
      creditAccessUntil: '2027-03-04',
    });
    expect(last.outcome).toBe('counted');
    const batch = (last as { batch: PushBatch }).batch;
    expect(batch).toMatchObject({ state: 'CONFIRMED', confirmedAt: t1.toISOString() });
    expect(batch.outcome).toEqual({ pushes: 4, droppedDeclarationIds: [] });
    expect(confirmProgress(batch)).toEqual({
      chunks: { total: 2, done: 2 },
      pushes: { total: 4, done: 4, dropped: 0 },
    });
  });

  it('a redelivered chunk writes, announces and counts nothing again', async () => {
    // Prepare
    const store = await confirming();
    const { published, ports: p } = ports(store);
    await confirmChunk(store.batch.batchId, 0, t1, p);

    // Act
    const again = await confirmChunk(store.batch.batchId, 0, t1, p);

    // Assess
    expect(again.outcome).toBe('already-counted');
    expect(store.commits).toEqual([0]);
    expect(store.counts).toEqual([0]);
    expect(published).toHaveLength(3);
    expect(store.batch.progress).toMatchObject({ chunksDone: 1, pushesDone: 3 });
  });

  it('resumes after a crash at each step: a failed commit, a death before announcing, a death before the finish', async () => {
    // Prepare
    const store = await confirming();
    const { published, ports: p, failNextPublish } = ports(store);
    store.failNext.set(0, 'error');

    // Act: chunk 0 fails its transaction, then is redelivered; chunk 1 is written but the process dies
    // before announcing, then is redelivered; the last count is made but the finish dies, then redelivered.
    const failedCommit = await confirmChunk(store.batch.batchId, 0, t1, p).catch((e: Error) => e);
    await confirmChunk(store.batch.batchId, 0, t1, p);
    failNextPublish();
    const failedPublish = await confirmChunk(store.batch.batchId, 1, t1, p).catch((e: Error) => e);
    store.failNextFinish = true;
    const failedFinish = await confirmChunk(store.batch.batchId, 1, t1, p).catch((e: Error) => e);
    const finished = await confirmChunk(store.batch.batchId, 1, t1, p);

    // Assess
    expect([failedCommit, failedPublish, failedFinish].every((e) => e instanceof Error)).toBe(true);
    expect(store.commits).toEqual([0, 1]); // each chunk's transaction once
    expect(store.counts).toEqual([0, 1]); // each chunk counted once
    expect(published.map((e) => e.eventId)).toEqual([
      'p-d1-bank-gs',
      'p-d1-bank-nh',
      'p-d2-bank-city',
      'p-d3-bank-gs',
    ]);
    expect(finished).toMatchObject({ outcome: 'already-counted', batch: { state: 'CONFIRMED' } });
    expect(store.batch.outcome).toEqual({ pushes: 4, droppedDeclarationIds: [] });
  });

  it('counts declarations that changed since the decision as dropped, and uses the stored decision of a chunk a concurrent delivery took', async () => {
    // Prepare
    const store = await confirming();
    store.failNext.set(0, 'taken');
    store.failNext.set(1, { skipped: ['d3'] });
    const { published, ports: p } = ports(store);

    // Act
    await confirmChunk(store.batch.batchId, 0, t1, p);
    await confirmChunk(store.batch.batchId, 1, t1, p);

    // Assess
    expect(published.map((e) => e.eventId)).toEqual(['p-d2-bank-city']);
    expect(store.batch.outcome).toEqual({ pushes: 1, droppedDeclarationIds: ['d1', 'd3'] });
    expect(confirmProgress(store.batch).pushes).toEqual({ total: 4, done: 1, dropped: 3 });
  });

  it('drops a message of an unknown batch, and refuses a chunk of a batch whose confirm has not started', async () => {
    // Prepare
    const missing = new FakeBatchStore();
    missing.get = async () => undefined as unknown as PushBatch;
    const draft = new FakeBatchStore();

    // Act
    const unknown = await confirmChunk('pb-x', 0, t1, ports(missing).ports);
    const early = confirmChunk(draft.batch.batchId, 0, t1, ports(draft).ports);

    // Assess
    expect(unknown).toEqual({ outcome: 'unknown-batch' });
    await expect(early).rejects.toThrow(/DRAFT/);
    expect(draft.commits).toEqual([]);
  });
});
