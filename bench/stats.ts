/** Small helpers shared by the bench sections: medians, rounding, timing. */

/** Median of the samples (mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** Rounds for display and for results.json (raw samples keep their precision). */
export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Logs progress on stderr so stdout stays free for whatever calls the bench. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Milliseconds taken by `fn`, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/**
 * Waits until the stack's queues and streams are drained. `stack.idle()` gives up after 30 s per
 * poller; a large stream backlog (tens of thousands of records) takes longer, so keep waiting.
 */
export async function drain(stack: { idle(): Promise<void> }, limitMs = 300_000): Promise<number> {
  const start = performance.now();
  for (;;) {
    try {
      await stack.idle();
      return performance.now() - start;
    } catch (error) {
      if (!/not idle after/.test((error as Error).message) || performance.now() - start > limitMs)
        throw error;
    }
  }
}
