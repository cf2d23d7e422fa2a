/** Where the runbook is, relative to the repository root (what an operator reading an alarm opens). */
export const runbookPath = 'docs/runbook.md';

/**
 * The runbook section of each kind of alarm: `docs/runbook.md` has an `<a id="…">` for each, and a test
 * checks that every alarm of the synthesized city names one that exists.
 */
export const runbookAnchors = [
  'function-errors',
  'function-throttles',
  'stream-iterator-age',
  'queue-oldest-message',
  'dlq-depth',
  'bank-inbox-dlq-depth',
  'table-throttled',
  'api-5xx-rate',
  'api-p99-latency',
  'holiday-calendar-ending',
  'deliveries-parked',
  'pushes-overdue',
  'import-jobs-stuck',
] as const;
export type RunbookAnchor = (typeof runbookAnchors)[number];

/** The sentence an alarm description ends with: the runbook section that says what to check and do. */
export function runbookNote(anchor: RunbookAnchor): string {
  return `Runbook: ${runbookPath}#${anchor}`;
}
