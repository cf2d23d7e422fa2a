import type { TestStack } from './local-stack.ts';

/** A push batch as GET /v1/push-batches/{id} answers it (the fields tests read). */
export interface BatchRead {
  batchId: string;
  state: 'DRAFT' | 'CONFIRMING' | 'CONFIRMED';
  progress: {
    chunks: { total: number; done: number };
    pushes: { total: number; done: number; dropped: number };
  };
  outcome?: { pushes: number; droppedDeclarationIds: string[] };
  [field: string]: unknown;
}

/**
 * Polls GET /v1/push-batches/{id} (as a client would, following the confirm's Location) until the
 * batch is CONFIRMED; fails naming the last progress seen when it is not within `timeoutMs`.
 */
export async function waitConfirmed(
  t: TestStack,
  batchId: string,
  { timeoutMs = 60_000, role = 'coordinator' } = {},
): Promise<BatchRead> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await t.call(role, 'GET', `/v1/push-batches/${batchId}`);
    if (response.status !== 200)
      throw new Error(`GET ${batchId}: ${response.status} ${await response.text()}`);
    const batch = (await response.json()) as BatchRead;
    if (batch.state === 'CONFIRMED') return batch;
    if (Date.now() > deadline) {
      throw new Error(
        `Batch ${batchId} still ${batch.state} after ${timeoutMs} ms: ${JSON.stringify(batch.progress)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * POST …/confirm, which answers 202 (CONFIRMING) at once, then waits for CONFIRMED; returns the
 * answer to the POST (status, Location, body) and the batch once confirmed.
 */
export async function confirmAndWait(
  t: TestStack,
  batchId: string,
  options: { timeoutMs?: number; role?: string; headers?: Record<string, string> } = {},
): Promise<{ accepted: { status: number; location: string | null; body: BatchRead }; batch: BatchRead }> {
  const role = options.role ?? 'coordinator';
  const response = await t.call(
    role,
    'POST',
    `/v1/push-batches/${batchId}/confirm`,
    undefined,
    options.headers,
  );
  const body = (await response.json()) as BatchRead;
  if (response.status !== 202 && response.status !== 200) {
    throw new Error(`confirm ${batchId}: ${response.status} ${JSON.stringify(body)}`);
  }
  const accepted = { status: response.status, location: response.headers.get('location'), body };
  const batch = await waitConfirmed(t, batchId, {
    role,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return { accepted, batch };
}
