import { DomainError } from '@sme/kernel';

/**
 * A cursor that is not one this list returned: a malformed query parameter (400), as when DynamoDB
 * itself refuses a forged start key (runtime/http/handler.ts).
 */
const invalidCursor = () =>
  new DomainError('invalid-request', 'Invalid cursor', [
    { path: 'query.cursor', message: 'not a cursor this list returned for this filter' },
  ]);

/**
 * Opaque page cursors: DynamoDB's LastEvaluatedKey, bound to the filter that produced it, so a
 * cursor reused with another filter is refused instead of silently paging the wrong list.
 */
export function encodeCursor(filter: string, key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify({ f: filter, k: key })).toString('base64url') : undefined;
}

/** The start key of a cursor from `encodeCursor` with the same filter; a 400 naming `query.cursor` otherwise. */
export function decodeCursor(
  filter: string,
  cursor: string | undefined,
): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  const invalid = invalidCursor();
  let parsed: { f?: unknown; k?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { f?: unknown; k?: unknown };
  } catch {
    throw invalid;
  }
  // JSON of null, a number or an array is no cursor either (a forged `bnVsbA` is "null").
  const { f, k } = parsed ?? {};
  if (f !== filter || typeof k !== 'object' || k === null || Array.isArray(k)) throw invalid;
  return k as Record<string, unknown>;
}

/** Where a list that walks several partitions (one Query each, in a fixed order) continues. */
export interface PartitionPosition {
  /** Index of the partition to continue in. */
  partition: number;
  /** Where that partition's next page starts; undefined at its beginning. */
  key?: Record<string, unknown>;
}

/** A cursor for a list over several partitions, bound to its filter like `encodeCursor`'s. */
export function encodePartitionCursor(filter: string, position: PartitionPosition): string {
  return Buffer.from(
    JSON.stringify({ f: filter, p: position.partition, ...(position.key ? { k: position.key } : {}) }),
  ).toString('base64url');
}

/**
 * The position of a cursor from `encodePartitionCursor` with the same filter, its partition one of
 * `partitions`; the first partition's start without a cursor; a 400 naming `query.cursor` otherwise.
 */
export function decodePartitionCursor(
  filter: string,
  cursor: string | undefined,
  partitions: number,
): PartitionPosition {
  if (cursor === undefined || cursor === '') return { partition: 0 };
  const invalid = invalidCursor();
  let parsed: { f?: unknown; p?: unknown; k?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as typeof parsed;
  } catch {
    throw invalid;
  }
  const { f, p, k } = parsed ?? {};
  if (f !== filter || !Number.isInteger(p) || (p as number) < 0 || (p as number) >= partitions) throw invalid;
  if (k !== undefined && (typeof k !== 'object' || k === null || Array.isArray(k))) throw invalid;
  return { partition: p as number, ...(k ? { key: k as Record<string, unknown> } : {}) };
}
