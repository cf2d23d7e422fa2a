import middy from '@middy/core';
import {
  DomainError,
  ForbiddenError,
  type MaskedCount,
  type Principal,
  roleHas,
  tallyMasking,
  UnauthenticatedError,
} from '@sme/kernel';
import type {
  APIGatewayProxyEventV2WithLambdaAuthorizer,
  APIGatewayProxyResultV2,
  Context,
} from 'aws-lambda';
import type { z } from 'zod';
import { appendAudit } from '../audit.ts';
import { cityConfig } from '../env.ts';
import { charsetOf, decodeText } from '../imports/decode.ts';
import { logger } from '../logger.ts';
import type { RouteSpec } from '../manifest.ts';
import { type AuthorizerContext, authorizerContextSchema, principalFrom } from './auth-context.ts';
import { HttpProblem, problemBody, zodIssues } from './problem.ts';
import { RateLimitedProblem, takeRequest } from './rate-limit.ts';
import { matchesIfNoneMatch } from './versioning.ts';

const cacheHeaders = (headers: Record<string, string> | undefined): Record<string, string> => {
  const cacheControl = headers?.['cache-control'];
  return cacheControl ? { 'cache-control': cacheControl } : {};
};

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a route's business function receives: validated inputs and the caller. */
export interface HttpRequest<R extends RouteSpec> {
  params: Out<R['params']>;
  query: Out<R['query']>;
  /**
   * Validated JSON body. For a route that accepts other media types (see `mediaType`): a `text/*` body
   * as its text, decoded strictly (UTF-8 or GB18030/GBK, see `decodeText`); any other as its bytes.
   */
  body: R['bodyMediaTypes'] extends readonly string[] ? Out<R['body']> | string | Uint8Array : Out<R['body']>;
  mediaType: string;
  headers: Record<string, string>;
  principal: Principal;
  requestId: string;
  /** Version from `If-Match` when the route is conditional; `undefined` when absent. */
  ifMatch: number | undefined;
  context: Context;
  /**
   * Personal identifiers the `freeText` fields of the query and body masked, counted by kind (never
   * the values), for the handler's audit entry; empty when none.
   */
  maskedIdentifiers?: MaskedCount[];
}

export interface HttpResult {
  status: number;
  /** Serialised as JSON. */
  body?: unknown;
  /** Sent as is (HTML, CSV; bytes, e.g. an .xlsx file, base64-encoded for API Gateway); set its content-type header. */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

export type HttpEvent = APIGatewayProxyEventV2WithLambdaAuthorizer<AuthorizerContext>;
export type RouteFunction<R extends RouteSpec> = (request: HttpRequest<R>) => Promise<HttpResult>;

const problemHeaders = { 'content-type': 'application/problem+json' };

/**
 * Wraps a route's business function: authenticate → authorise → parse and validate → call → map.
 * Every failure becomes an RFC 9457 problem with the request id; a 5xx never leaks internals.
 * Returns the middy handler for the runtime; the bare function stays testable on its own.
 */
export function httpHandler<R extends RouteSpec>(route: R, fn: RouteFunction<R>) {
  const run = async (event: HttpEvent, context: Context): Promise<APIGatewayProxyResultV2> => {
    const requestId = event.requestContext.requestId;
    logger.appendKeys({ requestId });
    const principal = await authenticate(route, event);
    if (route.permission !== 'public') await takeRequest(principal.clientId, requestsPerMinute(event));
    const request = parseRequest(route, event, principal, requestId, context);
    if (request.maskedIdentifiers?.length) {
      logger.info('Personal identifiers masked in free text', { masked: request.maskedIdentifiers });
    }
    const result = await fn(request).catch((error: unknown) => {
      throw forgedCursor(error, request.query) ?? error;
    });
    const etag = result.headers?.etag;
    if (
      route.method === 'GET' &&
      result.status === 200 &&
      matchesIfNoneMatch(request.headers['if-none-match'], etag)
    )
      return { statusCode: 304, headers: { etag: etag ?? '', ...cacheHeaders(result.headers) }, body: '' };
    const headers = { 'content-type': 'application/json', ...result.headers };
    if (result.rawBody instanceof Uint8Array) {
      const body = Buffer.from(result.rawBody.buffer, result.rawBody.byteOffset, result.rawBody.byteLength);
      return { statusCode: result.status, headers, body: body.toString('base64'), isBase64Encoded: true };
    }
    return {
      statusCode: result.status,
      headers,
      body: result.rawBody ?? (result.body === undefined ? '' : JSON.stringify(result.body)),
    };
  };
  return middy<HttpEvent, APIGatewayProxyResultV2>(run).use({
    onError: async (request) => {
      request.response = errorResponse(request.error, request.event.requestContext.requestId);
    },
  });
}

/** The caller's limit, from the authorizer (the client's own, else the city's); the city's if absent. */
function requestsPerMinute(event: HttpEvent): number {
  const context = event.requestContext.authorizer?.lambda;
  const fromAuthorizer = Number(context?.authenticated ? context.requestsPerMinute : undefined);
  return Number.isInteger(fromAuthorizer) && fromAuthorizer > 0
    ? fromAuthorizer
    : cityConfig().auth.requestsPerMinute;
}

/**
 * DynamoDB refuses a start key outside the query (another partition, a key of another shape): that
 * came from a cursor this API did not issue for this query, so it is the caller's 400, not a 500.
 */
function forgedCursor(error: unknown, query: unknown): HttpProblem | undefined {
  const cursor = (query as { cursor?: unknown } | undefined)?.cursor;
  if (cursor === undefined || (error as { name?: string } | undefined)?.name !== 'ValidationException')
    return undefined;
  return new HttpProblem('invalid-request', 'Invalid cursor', [
    { path: 'query.cursor', message: 'not a cursor this list returned for this query' },
  ]);
}

/**
 * The caller, once the route's permission is checked. A role refusal of a route that reads sensitive
 * data (`auditRefusals`) is appended to the audit trail before the 403, as the handlers' own refusals are.
 */
async function authenticate(route: RouteSpec, event: HttpEvent): Promise<Principal> {
  if (route.permission === 'public') return { clientId: 'anonymous', role: 'ops', orgId: 'public' };
  const parsed = authorizerContextSchema.safeParse(event.requestContext.authorizer?.lambda);
  const principal = parsed.success ? principalFrom(parsed.data) : undefined;
  if (!principal) {
    const reason = parsed.success && !parsed.data.authenticated ? parsed.data.reason : undefined;
    throw new UnauthenticatedError(
      reason
        ? `Not signed in: ${reason}. Send x-api-key (a machine) or Authorization: Bearer <access token> (a person)`
        : undefined,
    );
  }
  if (roleHas(principal.role, route.permission)) return principal;
  const audited = route.auditRefusals;
  if (audited) {
    const purpose = event.queryStringParameters?.purpose;
    await appendAudit({
      subjectType: audited.subjectType,
      subjectId: event.pathParameters?.[audited.subjectParam] ?? '(none)',
      action: `${audited.subjectType}.read-refused`,
      principal,
      at: new Date().toISOString(),
      discriminator: event.requestContext.requestId,
      ...(purpose ? { purpose } : {}),
      detail: { reason: 'role', role: principal.role, permission: route.permission },
    });
  }
  throw new ForbiddenError(`Role '${principal.role}' lacks permission '${route.permission}'`);
}

function lowerCaseHeaders(headers: HttpEvent['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) out[k.toLowerCase()] = v;
  return out;
}

function validate<S extends z.ZodType | undefined>(
  schema: S,
  value: unknown,
  part: string,
  masked: MaskedCount[] = [],
): Out<S> {
  if (!schema) return undefined as Out<S>;
  const { value: result, masked: found } = tallyMasking(() => schema.safeParse(value));
  if (!result.success) {
    throw new HttpProblem('invalid-request', `The ${part} failed validation`, zodIssues(result.error, part));
  }
  for (const { kind, count } of found) {
    const seen = masked.find((m) => m.kind === kind);
    if (seen) seen.count += count;
    else masked.push({ kind, count });
  }
  return result.data as Out<S>;
}

function parseRequest<R extends RouteSpec>(
  route: R,
  event: HttpEvent,
  principal: Principal,
  requestId: string,
  context: Context,
): HttpRequest<R> {
  const headers = lowerCaseHeaders(event.headers);
  const mediaType = (headers['content-type'] ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? '';
  const masked: MaskedCount[] = [];
  let body: unknown;
  if (route.body) {
    // API Gateway hands a body it does not take for text (a binary media type) base64-encoded: the
    // bytes as sent are what a non-JSON body is decoded from.
    const bytes = event.body
      ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8')
      : Buffer.alloc(0);
    const limit = route.maxBodyBytes ?? 1_048_576;
    if (bytes.length > limit) {
      throw new HttpProblem('payload-too-large', `Body exceeds ${limit} bytes`);
    }
    if (bytes.length === 0)
      throw new HttpProblem('malformed-request', 'A request body is required', [
        { path: 'body', message: 'required' },
      ]);
    if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
      const raw = bytes.toString('utf8');
      const depth = jsonDepth(raw);
      if (depth > maxJsonDepth) {
        throw new HttpProblem('malformed-request', `Body nests deeper than ${maxJsonDepth} levels`, [
          { path: 'body', message: `nested ${depth} levels deep; at most ${maxJsonDepth}` },
        ]);
      }
      try {
        const parsed: unknown = JSON.parse(raw);
        const unsendable = unsendableAt(parsed, 'body');
        if (unsendable) throw unsendableProblem(unsendable);
        body = validate(route.body, parsed, 'body', masked);
      } catch (error) {
        if (error instanceof SyntaxError) {
          throw new HttpProblem('malformed-request', `Body is not valid JSON: ${error.message}`, [
            { path: 'body', message: 'invalid JSON' },
          ]);
        }
        throw error;
      }
    } else if (route.bodyMediaTypes?.includes(mediaType)) {
      if (mediaType.startsWith('text/')) {
        const { text } = decodeText(bytes, charsetOf(headers['content-type']));
        const lines = text.split('\n');
        const line = lines.findIndex((l) => unsendableCharacter.test(l));
        if (line >= 0) throw unsendableProblem({ path: `body.line.${line + 1}`, text: lines[line] ?? '' });
        body = text;
      } else {
        body = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }
    } else {
      const accepted = ['application/json', ...(route.bodyMediaTypes ?? [])].join(', ');
      throw new HttpProblem(
        'unsupported-media-type',
        `Content-Type ${mediaType} is not accepted; use ${accepted}`,
      );
    }
  }
  return {
    params: validate(route.params as R['params'], event.pathParameters ?? {}, 'path'),
    query: validate(route.query as R['query'], event.queryStringParameters ?? {}, 'query', masked),
    body: body as HttpRequest<R>['body'],
    mediaType,
    headers,
    principal,
    requestId,
    ifMatch: route.conditional ? parseIfMatch(headers['if-match']) : undefined,
    context,
    maskedIdentifiers: masked,
  };
}

/**
 * Characters SQS cannot carry (its allowed set is #x9 #xA #xD #x20–#xD7FF #xE000–#xFFFD #x10000–#x10FFFF):
 * a value holding one would be accepted here and then lost between services, so it is refused at
 * the door. Lone surrogates are caught too (they are not characters at all).
 */
const unsendableCharacter =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are exactly what this refuses
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** The path of the first string (value or key) holding a character SQS cannot carry. */
function unsendableAt(value: unknown, path: string): { path: string; text: string } | undefined {
  if (typeof value === 'string') return unsendableCharacter.test(value) ? { path, text: value } : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unsendableAt(item, `${path}.${i}`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (unsendableCharacter.test(key)) return { path: `${path}.${key}`, text: key };
      const found = unsendableAt(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

function unsendableProblem(found: { path: string; text: string }): HttpProblem {
  const char = unsendableCharacter.exec(found.text)?.[0] ?? '';
  const code = [...char]
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
  return new HttpProblem('invalid-request', `A value holds ${code}, a character the platform cannot carry`, [
    {
      path: found.path,
      message: `remove ${code} (control characters, U+FFFE/U+FFFF and lone surrogates are not allowed)`,
    },
  ]);
}

/** No request of this API nests deeper; deeper input only serves to exhaust a recursive validator or copy. */
const maxJsonDepth = 32;

/** The deepest nesting of arrays and objects in JSON text (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** `If-Match: "3"` (or W/"3") → 3. Anything else is a malformed precondition, not a silent overwrite. */
function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!match?.[1]) {
    throw new HttpProblem('malformed-request', 'If-Match must be an ETag returned by this API, e.g. "3"', [
      { path: 'headers.if-match', message: 'not an ETag of this API' },
    ]);
  }
  return Number(match[1]);
}

/** Maps any error to a problem response. Known domain errors keep their message; others are logged and hidden. */
export function errorResponse(error: unknown, requestId: string): APIGatewayProxyResultV2 {
  let body: ReturnType<typeof problemBody>;
  if (error instanceof DomainError) {
    body = problemBody(error.type, requestId, error.message, error.issues, error.extra);
  } else {
    logger.error('Unhandled error', { error: error as Error });
    body = problemBody(
      'internal',
      requestId,
      'An unexpected error occurred; quote the requestId when reporting it',
    );
  }
  // RFC 6750 §3: a 401 names the scheme a person's client should answer with (sign in again).
  const headers =
    error instanceof RateLimitedProblem
      ? { ...problemHeaders, 'retry-after': String(error.retryAfterSeconds) }
      : error instanceof UnauthenticatedError
        ? { ...problemHeaders, 'www-authenticate': 'Bearer error="invalid_token"' }
        : problemHeaders;
  return { statusCode: body.status, headers, body: JSON.stringify(body) };
}
