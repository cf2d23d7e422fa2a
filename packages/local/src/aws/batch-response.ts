import type { Context } from 'aws-lambda';

/**
 * A Lambda handler as the local stack calls it. The callback parameter is declared so handlers typed
 * with `aws-lambda`'s `Handler` are accepted; the local pollers only support promise-returning handlers.
 */
export type LambdaHandler<TEvent> = (
  event: TEvent,
  context: Context,
  callback: (error?: unknown, result?: unknown) => void,
) => unknown;

/** Passed as the callback: local handlers must return a promise, as the runtime's handlers do. */
export function unsupportedCallback(): void {
  throw new Error('callback-style handlers are not supported locally; return a promise');
}

/**
 * Reads a ReportBatchItemFailures response as Lambda does.
 *
 * @returns `'none'` when every record succeeded, `'all'` when the whole batch counts as failed, or the
 * failed identifiers. Lambda fails the whole batch when an identifier is empty or not in the batch,
 * and treats a missing or empty `batchItemFailures` as success.
 */
export function readBatchFailures(
  result: unknown,
  batchIds: ReadonlySet<string>,
): 'none' | 'all' | Set<string> {
  if (typeof result !== 'object' || result === null || !('batchItemFailures' in result)) return 'none';
  const failures = result.batchItemFailures;
  if (failures === null || failures === undefined) return 'none';
  if (!Array.isArray(failures)) return 'all';
  if (failures.length === 0) return 'none';
  const ids = new Set<string>();
  for (const failure of failures) {
    const id: unknown = typeof failure === 'object' && failure !== null ? failure.itemIdentifier : undefined;
    if (typeof id !== 'string' || id === '' || !batchIds.has(id)) return 'all';
    ids.add(id);
  }
  return ids;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Default error sink: one structured line on stderr, like the runtime's JSON logs. */
export function logPollerError(source: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${JSON.stringify({ level: 'ERROR', source, message })}\n`);
}
