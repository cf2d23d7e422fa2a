import { ConcurrentModificationError, NotFoundError } from '@sme/kernel';

/** The ETag of a versioned resource: its version, quoted. */
export const versionHeaders = (v: { version: number }) => ({ etag: `"${v.version}"` });

/** The value, or a 404 naming what was not found. */
export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new NotFoundError(`No ${what}`);
  return value;
}

/** If-Match given and not the stored version → 412, before anything is decided. */
export function checkIfMatch(ifMatch: number | undefined, current: { version: number }, what: string): void {
  if (ifMatch !== undefined && ifMatch !== current.version) {
    throw new ConcurrentModificationError(
      `If-Match "${ifMatch}" is stale; ${what} is at version "${current.version}"`,
      { currentVersion: current.version },
    );
  }
}

/** Response headers for the OpenAPI document: a versioned resource's ETag (send it back in If-Match). */
export const etagHeader = {
  ETag: 'The version of the resource, quoted ("3"); send it in If-Match to change it',
};
/** Response headers for the OpenAPI document: where the created resource (or the job) is read. */
export const locationHeader = { Location: 'The path of the resource created (or of the job to poll)' };

/**
 * Whether `If-None-Match` names the current `etag` (RFC 9110 §13.1.2: weak comparison, a list, or `*`),
 * so a GET can answer 304 with no body.
 */
export function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}
