import { ValidationError } from '@sme/kernel';

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
  const invalid = new ValidationError('Invalid cursor', [
    { path: 'query.cursor', message: 'not a cursor this list returned for this filter' },
  ]);
  let parsed: { f?: unknown; k?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { f?: unknown; k?: unknown };
  } catch {
    throw invalid;
  }
  if (parsed.f !== filter || typeof parsed.k !== 'object' || parsed.k === null) throw invalid;
  return parsed.k as Record<string, unknown>;
}
