import { DomainError, type FieldIssue, ValidationError } from '@sme/kernel';
import * as z from 'zod';

/**
 * RFC 9457 problem details, as every error response of the API carries them; a problem may carry extension
 * members that say more (`currentVersion` on a 412, `state` on a 409), so the object is open.
 */
export const problemSchema = z
  .looseObject({
    type: z
      .string()
      .meta({ description: 'Stable URI naming the kind of problem, e.g. /problems/validation' }),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

/** The one place where problem types become HTTP statuses. */
export const problemStatus: Record<string, { status: number; title: string }> = {
  'malformed-request': { status: 400, title: 'Malformed request' },
  'invalid-request': { status: 400, title: 'Request failed validation' },
  validation: { status: 422, title: 'Request breaks a rule' },
  unauthenticated: { status: 401, title: 'Unauthenticated' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency-Key reused with a different request' },
  'idempotency-in-progress': { status: 409, title: 'A request with this Idempotency-Key is in progress' },
  'precondition-failed': { status: 412, title: 'Precondition failed' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'request-header-fields-too-large': { status: 431, title: 'Request header fields too large' },
  internal: { status: 500, title: 'Internal error' },
};

export class HttpProblem extends DomainError {}

/** RFC 9457 members and ours that extension data may not overwrite. */
const reservedMembers = new Set([
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'requestId',
  'errors',
  'context',
]);

export function problemBody(
  type: string,
  requestId: string,
  detail?: string,
  errors?: FieldIssue[],
  extra: Record<string, unknown> = {},
): Problem & Record<string, unknown> {
  const known = problemStatus[type] ?? problemStatus.internal;
  const status = known?.status ?? 500;
  // A domain error's details never replace the problem's own members: a conflict that carries the
  // resource's `status` ("DEFAULTED") must not become the HTTP status. Clashing keys move to `context`.
  const clashing = Object.entries(extra).filter(([k]) => reservedMembers.has(k));
  const own = Object.fromEntries(Object.entries(extra).filter(([k]) => !reservedMembers.has(k)));
  return {
    ...own,
    ...(clashing.length > 0 ? { context: Object.fromEntries(clashing) } : {}),
    type: `/problems/${type}`,
    title: known?.title ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    requestId,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/**
 * Runs `fn`; a `ValidationError` it throws comes back with each path under `prefix` — the domain
 * names its own fields (`adjustments.0`), the caller sent them in the body (`body.adjustments.0`).
 */
export function underPath<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.message,
      error.issues.map((i) => ({ ...i, path: `${prefix}.${i.path}` })),
    );
  }
}

/** zod issues → field issues with dotted paths prefixed by the request part (`body.rows.3.uscc`). */
export function zodIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => ({
      path: [prefix, ...issue.path.map(String), ...(key ? [key] : [])].join('.'),
      message: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
    }));
  });
}
