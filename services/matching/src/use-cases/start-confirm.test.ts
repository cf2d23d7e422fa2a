import { NotFoundError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import type { PushBatch } from '../domain/push-batch.ts';
import { coordinator, FakeBatchStore, FakeConfirmQueue, t0 } from './push-batch-store.fake.ts';
import { type StartConfirmPorts, startConfirm } from './start-confirm.ts';

/** startConfirm on in-memory ports: answers at once, queues each chunk once, takes over a dead request. */

const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function ports(store: FakeBatchStore, queue: FakeConfirmQueue, token = 'tok-1'): StartConfirmPorts {
  return { batches: store, queue, creditAccessDays: 90, token, leaseSeconds: 60 };
}

describe('Function: startConfirm', () => {
  it('moves a DRAFT to CONFIRMING with the facts fixed, queues one message per chunk and records them queued', async () => {
    // Prepare
    const store = new FakeBatchStore();
    const queue = new FakeConfirmQueue();

    // Act
    const started = await startConfirm(store.batch.batchId, coordinator, t0, ports(store, queue));

    // Assess
    expect(queue.sent).toEqual([
      { batchId: 'pb-20261204-00000001', chunk: 0 },
      { batchId: 'pb-20261204-00000001', chunk: 1 },
    ]);
    expect(started).toMatchObject({ alreadyConfirmed: false, queuedChunks: 2 });
    expect(started.batch).toMatchObject({
      state: 'CONFIRMING',
      confirm: {
        startedAt: t0.toISOString(),
        by: coordinator,
        creditAccessUntil: '2027-03-04', // 2026-12-04 (Shanghai) + 90 days
        queuedAt: t0.toISOString(),
      },
    });
    expect(started.batch.confirm?.queueLease).toBeUndefined();
    expect(store.commits).toEqual([]); // nothing written on the request path
  });

  it('asked again while CONFIRMING, queues nothing and keeps the first facts', async () => {
    // Prepare
    const store = new FakeBatchStore();
    const queue = new FakeConfirmQueue();
    await startConfirm(store.batch.batchId, coordinator, t0, ports(store, queue));
    const other = { clientId: 'c-other', orgId: 'ls-office' };

    // Act
    const again = await startConfirm(store.batch.batchId, other, later(5), ports(store, queue, 'tok-2'));

    // Assess
    expect(queue.sent).toHaveLength(2);
    expect(again).toMatchObject({ alreadyConfirmed: false, queuedChunks: 0 });
    expect(again.batch.confirm).toMatchObject({ startedAt: t0.toISOString(), by: coordinator });
  });

  it('a request that died while queueing is taken over once its lease ran out, for the chunks not yet counted only', async () => {
    // Prepare: the first request dies in the send; meanwhile chunk 0 (sent before it died) was counted.
    const store = new FakeBatchStore();
    const queue = new FakeConfirmQueue();
    queue.failNext = true;
    const died = await startConfirm(store.batch.batchId, coordinator, t0, ports(store, queue)).catch(
      (e: Error) => e,
    );
    await store.countChunk(store.batch.batchId, 0, {
      pushes: 3,
      pushesDropped: 0,
      droppedDeclarationIds: [],
    });

    // Act
    const withinLease = await startConfirm(
      store.batch.batchId,
      coordinator,
      later(30),
      ports(store, queue, 'b'),
    );
    const afterLease = await startConfirm(
      store.batch.batchId,
      coordinator,
      later(61),
      ports(store, queue, 'c'),
    );
    const thereafter = await startConfirm(
      store.batch.batchId,
      coordinator,
      later(62),
      ports(store, queue, 'd'),
    );

    // Assess
    expect(died).toBeInstanceOf(Error);
    expect(withinLease.queuedChunks).toBe(0);
    expect(withinLease.batch.state).toBe('CONFIRMING');
    expect(afterLease.queuedChunks).toBe(1);
    expect(queue.sent).toEqual([{ batchId: store.batch.batchId, chunk: 1 }]);
    expect(afterLease.batch.confirm).toMatchObject({
      startedAt: t0.toISOString(),
      queuedAt: later(61).toISOString(),
    });
    expect(thereafter.queuedChunks).toBe(0);
  });

  it('answers a CONFIRMED batch as it is, queueing nothing; an unknown batch is not found', async () => {
    // Prepare
    const store = new FakeBatchStore();
    store.batch = { ...store.batch, state: 'CONFIRMED', confirmedAt: t0.toISOString() };
    const queue = new FakeConfirmQueue();
    const missing = new FakeBatchStore();
    missing.get = async () => undefined as unknown as PushBatch;

    // Act
    const answered = await startConfirm(store.batch.batchId, coordinator, later(1), ports(store, queue));

    // Assess
    expect(answered).toMatchObject({
      alreadyConfirmed: true,
      queuedChunks: 0,
      batch: { state: 'CONFIRMED' },
    });
    expect(queue.sent).toEqual([]);
    await expect(
      startConfirm('pb-x', coordinator, t0, ports(missing, new FakeConfirmQueue())),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
