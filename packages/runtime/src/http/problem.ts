import { DomainError, type FieldIssue } from '@sme/kernel';
import * as z from 'zod';

/** RFC 9457 problem details, as every error response of the API carries them. */
export const problemSchema = z
  .object({
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
  internal: { status: 500, title: 'Internal error' },
};

export class HttpProblem extends DomainError {}

export function problemBody(
  type: string,
  requestId: string,
  detail?: string,
  errors?: FieldIssue[],
  extra: Record<string, unknown> = {},
): Problem & Record<string, unknown> {
  const known = problemStatus[type] ?? problemStatus.internal;
  const status = known?.status ?? 500;
  return {
    type: `/problems/${type}`,
    title: known?.title ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    requestId,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...extra,
  };
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
