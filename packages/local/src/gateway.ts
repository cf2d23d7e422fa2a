import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AuthorizerContext, HttpMethod, RouteSpec } from '@sme/runtime';
import { problemBody } from '@sme/runtime';
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { type LambdaHandler as AnyLambdaHandler, unsupportedCallback } from './aws/batch-response.ts';
import { createLambdaContext } from './aws/lambda-context.ts';

type LambdaHandler = AnyLambdaHandler<unknown>;

export interface GatewayRoute {
  route: RouteSpec;
  functionName: string;
  timeoutSeconds: number;
  handler: LambdaHandler;
}

interface CompiledRoute extends GatewayRoute {
  pattern: RegExp;
  paramNames: string[];
  literalSegments: number;
}

/** API Gateway's own payload limit for HTTP APIs. */
const maxPayloadBytes = 10 * 1024 * 1024;

/**
 * A local stand-in for the API Gateway HTTP API of the city stack: the same routes, the same
 * Lambda authorizer (which caches API keys itself), payload format 2.0 events, and the same handlers.
 */
export class LocalGateway {
  readonly #routes: CompiledRoute[];
  readonly #authorizer: LambdaHandler;
  #server: Server | undefined;

  constructor(args: { routes: GatewayRoute[]; authorizer: LambdaHandler }) {
    this.#authorizer = args.authorizer;
    this.#routes = args.routes
      .map((r) => compile(r))
      // API Gateway prefers the most specific route: more literal segments first.
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  /** Listens on 127.0.0.1; a port in use is reported as such. */
  async listen(port: number): Promise<{ url: string; port: number }> {
    const server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        const body = problemBody('internal', 'gateway', (error as Error).message);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify(body));
      });
    });
    server.keepAliveTimeout = 65_000;
    // Errors Node answers before a handler runs (a path or headers over its limit, a malformed request
    // line) get a problem+json body too, as every other error does.
    server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
      if (!socket.writable) return;
      const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
      const body = JSON.stringify(
        problemBody(
          tooLarge ? 'request-header-fields-too-large' : 'malformed-request',
          'gateway',
          tooLarge ? 'The request line and headers exceed 16 KiB' : 'Malformed HTTP request',
        ),
      );
      socket.end(
        `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new Error(`Port ${port} is already in use; stop what holds it or pick another with --port`)
            : error,
        ),
      );
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    return { url: `http://127.0.0.1:${actual}`, port: actual };
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const candidates = this.#routes.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).filter((c) => c.m);
    const match = candidates.find((c) => c.r.route.method === method);
    if (!match?.m) {
      const type = candidates.length > 0 ? 'method-not-allowed' : 'not-found';
      return send(res, {
        statusCode: type === 'not-found' ? 404 : 405,
        headers: { 'content-type': 'application/problem+json' },
        body: JSON.stringify(problemBody(type, requestId, `No route ${method} ${url.pathname}`)),
      });
    }
    const body = await readBody(req);
    if (body === undefined) {
      return send(res, {
        statusCode: 413,
        headers: { 'content-type': 'application/problem+json' },
        body: JSON.stringify(problemBody('payload-too-large', requestId, 'Request body exceeds 10 MiB')),
      });
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
    const route = match.r;
    let authorizer: { lambda: AuthorizerContext } | undefined;
    if (route.route.permission !== 'public') {
      // As deployed: the authorizer has no identity source (people send a bearer token, machines a key),
      // so it runs for every request and caches API keys itself; see CityHttpApi.
      const context = await this.#authorize(requestId, headers);
      // A denied request: API Gateway answers 403 itself, and no route function runs.
      if (!context) {
        return send(res, {
          statusCode: 403,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ message: 'Forbidden' }),
        });
      }
      authorizer = { lambda: context };
    }
    const pathParameters: Record<string, string> = {};
    for (const [i, name] of route.paramNames.entries()) {
      try {
        pathParameters[name] = decodeURIComponent(match.m?.[i + 1] ?? '');
      } catch {
        return send(res, {
          statusCode: 400,
          headers: { 'content-type': 'application/problem+json' },
          body: JSON.stringify(
            problemBody(
              'malformed-request',
              requestId,
              `Path segment ${name} is not valid percent-encoding`,
              [{ path: `path.${name}`, message: 'malformed percent-encoding' }],
            ),
          ),
        });
      }
    }
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = query[k] === undefined ? v : `${query[k]},${v}`;
    const now = Date.now();
    const routeKey = `${route.route.method} ${route.route.path}`;
    const base64 = body.length > 0 && !deliveredAsText(headers['content-type'], body);
    const event = {
      version: '2.0',
      routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
      ...(route.paramNames.length ? { pathParameters } : {}),
      ...(body.length ? { body: body.toString(base64 ? 'base64' : 'utf8') } : {}),
      isBase64Encoded: base64,
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: headers.host ?? 'localhost',
        domainPrefix: 'local',
        http: {
          method,
          path: url.pathname,
          protocol: 'HTTP/1.1',
          sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
          userAgent: headers['user-agent'] ?? '',
        },
        requestId,
        routeKey,
        stage: '$default',
        time: new Date(now).toISOString(),
        timeEpoch: now,
        ...(authorizer ? { authorizer } : {}),
      },
    };
    const result = (await route.handler(
      event,
      createLambdaContext({ functionName: route.functionName, timeoutSeconds: route.timeoutSeconds }),
      unsupportedCallback,
    )) as APIGatewayProxyResultV2;
    send(res, result, requestId);
  }

  /** The authorizer's context, or undefined when it denied the request. */
  async #authorize(
    requestId: string,
    headers: Record<string, string>,
  ): Promise<AuthorizerContext | undefined> {
    const result = (await this.#authorizer(
      {
        version: '2.0',
        type: 'REQUEST',
        routeArn: 'local',
        identitySource: [],
        headers,
        requestContext: { requestId },
      },
      createLambdaContext({ functionName: 'access-authorizer', timeoutSeconds: 5 }),
      unsupportedCallback,
    )) as { isAuthorized: boolean; context: AuthorizerContext };
    return result.isAuthorized ? result.context : undefined;
  }
}

function compile(r: GatewayRoute): CompiledRoute {
  const paramNames: string[] = [];
  const segments = r.route.path.split('/').filter(Boolean);
  const pattern = segments
    .map((s) => {
      const param = /^\{(\w+)\}$/.exec(s);
      if (param?.[1]) {
        paramNames.push(param[1]);
        return '([^/]+)';
      }
      return s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return {
    ...r,
    pattern: new RegExp(`^/${pattern}/?$`),
    paramNames,
    literalSegments: segments.length - paramNames.length,
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxPayloadBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Whether API Gateway hands the body to the function as text: a textual media type (text/*, JSON, XML,
 * JavaScript, form data) whose bytes are UTF-8. Anything else — an .xlsx file, a GBK-encoded CSV —
 * arrives base64-encoded with `isBase64Encoded`, so the function sees the bytes as sent.
 */
export function deliveredAsText(contentType: string | undefined, body: Buffer): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const textual =
    type.startsWith('text/') ||
    /^application\/(json|xml|javascript|x-www-form-urlencoded)$/.test(type) ||
    /\+(json|xml)$/.test(type);
  if (!textual) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

function send(res: ServerResponse, result: APIGatewayProxyResultV2, requestId?: string): void {
  const r = typeof result === 'string' ? { statusCode: 200, body: result, headers: {} } : result;
  const headers: Record<string, string> = Object.fromEntries(
    Object.entries(r.headers ?? {}).map(([k, v]) => [k, String(v)]),
  );
  if (requestId) headers['apigw-requestid'] = requestId;
  res.writeHead(r.statusCode ?? 200, headers);
  // A function's binary answer (an .xlsx file) is base64 with `isBase64Encoded`; API Gateway sends the bytes.
  const isBase64 = typeof result !== 'string' && result.isBase64Encoded === true;
  res.end(isBase64 ? Buffer.from(r.body ?? '', 'base64') : (r.body ?? ''));
}

export type { HttpMethod };
