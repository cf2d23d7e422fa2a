import { sendMessages } from '@sme/runtime';
import * as z from 'zod';
import type { ConfirmChunkQueue } from '../use-cases/ports.ts';

/** One message of `matching-confirm-chunks`: which chunk of which batch to confirm; the chunk itself stays in the table. */
export const confirmChunkMessage = z.object({
  batchId: z.string().min(1),
  chunk: z.int().min(0),
});
export type ConfirmChunkMessage = z.infer<typeof confirmChunkMessage>;

/** The confirm queue: one small message per chunk, sent ten a request, all requests at once. */
export class SqsConfirmChunkQueue implements ConfirmChunkQueue {
  readonly #queue: string;
  constructor(queue: string) {
    this.#queue = queue;
  }

  async send(batchId: string, chunkIndexes: readonly number[]): Promise<void> {
    await sendMessages(
      this.#queue,
      chunkIndexes.map((chunk) => ({ batchId, chunk }) satisfies ConfirmChunkMessage),
    );
  }
}
