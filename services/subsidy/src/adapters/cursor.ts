import { ValidationError } from '@sme/kernel';

/**
 * Page cursors: the DynamoDB LastEvaluatedKey and the filter it belongs to, base64url JSON, so a
 * cursor reused with another filter is refused rather than silently skipping items.
 */
export function encodeCursor(filter: string, key: Record<string, unknown> | undefined): string | undefined {
  return key === undefined
    ? undefined
    : Buffer.from(JSON.stringify({ f: filter, k: key })).toString('base64url');
}

export function decodeCursor(
  filter: string,
  cursor: string | undefined,
): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: { f?: unknown; k?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { f?: unknown; k?: unknown };
  } catch {
    parsed = {};
  }
  if (parsed.f !== filter || typeof parsed.k !== 'object' || parsed.k === null) {
    throw new ValidationError('Invalid cursor', [
      { path: 'query.cursor', message: 'not a cursor this list returned for these filters' },
    ]);
  }
  return parsed.k as Record<string, unknown>;
}

/** Fen from a bigint calculation as a JSON-safe integer (the book's totals stay far below 2^53). */
export function safeFen(fen: bigint): number {
  if (fen > BigInt(Number.MAX_SAFE_INTEGER) || fen < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${fen} fen is beyond a safe integer`);
  }
  return Number(fen);
}
