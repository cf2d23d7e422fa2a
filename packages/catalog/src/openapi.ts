import type { ResponseSpec, RouteSpec, ServiceManifest } from '@sme/runtime';
import * as z from 'zod';

type JsonSchema = Record<string, unknown>;

/** What each tag groups, in English and Chinese, in the order the docs show them. */
export const tagDescriptions: Record<string, string> = {
  registry: 'Enterprise registry: register and read enterprises (涉企主体信息登记)',
  imports: 'Bulk imports and their per-row results (批量导入)',
  credit: 'Credit records, profiles and the enterprise’s consent (涉企信用信息归集共享与授权)',
  matching: 'Visits, declarations, the recommendation list and push batches (走访申报、推荐清单、推送)',
  'bank delivery': 'Pushes to banks, their feedback and deadlines, deliveries (银行对接、回告与时限)',
  monitoring: 'Monitoring figures, gap lists and the weekly bulletin (监测与周通报)',
  subsidy: 'Guarantee fees, subsidies, the yearly ledger (担保费、贴息与补助台账)',
  blacklist: 'Illegal loan intermediaries: reports, the list, screening (非法贷款中介黑名单)',
  docs: 'This document and its docs page (接口文档)',
};

/**
 * Collects the schemas that carry a zod `id` (`.meta({ id })`) into `components.schemas` and points
 * every use at them. zod emits them as `$defs` of each converted schema; input and output shapes of
 * one id can differ (defaults are optional on input), so an input shape that differs is `<id>Input`.
 */
class SchemaCollector {
  readonly schemas: Record<string, JsonSchema> = {};
  readonly #serialised = new Map<string, string>();

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const {
      $schema: _draft,
      $defs,
      ...root
    } = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      target: 'draft-2020-12',
    }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    const names = new Map<string, string>();
    for (const id of Object.keys($defs ?? {})) names.set(id, this.#nameFor(id, io, $defs?.[id] ?? {}));
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => {
          if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/'))
            return [k, `#/components/schemas/${names.get(v.slice('#/$defs/'.length)) ?? v}`];
          return [k, rewrite(v)];
        }),
      );
    };
    for (const [id, def] of Object.entries($defs ?? {})) {
      const name = names.get(id) ?? id;
      this.schemas[name] ??= rewrite(def) as JsonSchema;
    }
    return rewrite(root) as JsonSchema;
  }

  #nameFor(id: string, io: 'input' | 'output', def: JsonSchema): string {
    const text = JSON.stringify(def);
    for (const name of io === 'input' ? [id, `${id}Input`] : [id, `${id}Output`]) {
      const seen = this.#serialised.get(name);
      if (seen === undefined) {
        this.#serialised.set(name, text);
        return name;
      }
      if (seen === text) return name;
    }
    throw new Error(`Schema id ${id} has more than one ${io} shape: give the variants their own ids`);
  }
}

const problemRef = { $ref: '#/components/schemas/Problem' };

/** Answers the gateway and the runtime give on any authenticated route, whatever the route declares. */
const sharedResponses = {
  GatewayUnauthorized: {
    description:
      'Not signed in: no `x-api-key` or `Authorization: Bearer` header, or a bearer token that does not verify (forged, expired, for another audience, or a person in no organisation of the city); `detail` says which, `WWW-Authenticate: Bearer error="invalid_token"` tells a browser to sign in again',
    headers: {
      'WWW-Authenticate': { description: 'Bearer error="invalid_token"', schema: { type: 'string' } },
    },
    content: {
      'application/problem+json': { schema: problemRef },
      'application/json': {
        schema: { type: 'object', properties: { message: { const: 'Unauthorized' } }, required: ['message'] },
      },
    },
  },
  GatewayForbidden: {
    description:
      'An unknown or revoked key is denied by the authorizer (API Gateway answers itself); a role without the permission gets a problem body',
    content: {
      'application/json': {
        schema: { type: 'object', properties: { message: { const: 'Forbidden' } }, required: ['message'] },
      },
      'application/problem+json': { schema: problemRef },
    },
  },
  GatewayThrottled: {
    description: "The city's API as a whole is over its stage throttle: API Gateway answers itself",
    content: {
      'application/json': {
        schema: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
      },
    },
  },
  RateLimited: {
    description:
      "More requests in a minute than the client's limit (`auth.requestsPerMinute`), or the stage throttle (then API Gateway's own body)",
    headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
    content: { 'application/problem+json': { schema: problemRef } },
  },
};

/**
 * Answers the runtime's HTTP wrapper gives on its own (packages/runtime/src/http/handler.ts), added to an
 * operation that does not declare the status itself, so a client knows every status it can meet.
 */
const runtimeResponses = {
  BadRequest: {
    description:
      'The path, query or body failed validation; `errors` names each field (`query.limit`, `body.rows.3.uscc`)',
    content: { 'application/problem+json': { schema: problemRef } },
  },
  RuleBroken: {
    description:
      'A rule refuses the request (a forged or stale cursor, a value the domain does not allow); `errors` names the field',
    content: { 'application/problem+json': { schema: problemRef } },
  },
  PayloadTooLarge: {
    description: "The body is over the route's limit",
    content: { 'application/problem+json': { schema: problemRef } },
  },
  UnsupportedMediaType: {
    description: 'A media type or charset the route does not take',
    content: { 'application/problem+json': { schema: problemRef } },
  },
  IdempotencyConflict: {
    description: 'A request with this Idempotency-Key is still in progress: retry later',
    content: { 'application/problem+json': { schema: problemRef } },
  },
  InternalError: {
    description: 'Unexpected; quote `requestId` when reporting it',
    content: { 'application/problem+json': { schema: problemRef } },
  },
};

function runtimeAnswers(route: RouteSpec): Record<string, { $ref: string }> {
  const ref = (name: keyof typeof runtimeResponses) => ({ $ref: `#/components/responses/${name}` });
  const hasInput = Boolean(route.params || route.query || route.body);
  return {
    ...(hasInput || route.permission !== 'public' ? { 400: ref('BadRequest') } : {}),
    ...(route.permission !== 'public' ? { 422: ref('RuleBroken') } : {}),
    ...(route.body ? { 413: ref('PayloadTooLarge'), 415: ref('UnsupportedMediaType') } : {}),
    ...(route.idempotent ? { 409: ref('IdempotencyConflict') } : {}),
    500: ref('InternalError'),
  };
}

const headerComponents = {
  RetryAfter: { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } },
};

const camel = (kebab: string) => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function parameters(collector: SchemaCollector, schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = collector.convert(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s as { description?: string };
    return {
      name,
      in: location,
      required: location === 'path' || (json.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

/** A GET whose 200 carries an ETag answers 304 to a matching If-None-Match (packages/runtime handler). */
const revalidates = (route: RouteSpec) =>
  route.method === 'GET' && Boolean(route.responses[200]?.headers?.ETag);

function requestHeaders(route: RouteSpec) {
  return [
    ...(revalidates(route)
      ? [
          {
            name: 'If-None-Match',
            in: 'header',
            required: false,
            schema: { type: 'string' },
            description: 'The ETag you hold; if it is still current the answer is 304 with no body',
          },
        ]
      : []),
    ...(route.idempotent
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            schema: { type: 'string', maxLength: 255 },
            description: 'Retries with the same key return the first response',
          },
        ]
      : []),
    ...(route.conditional
      ? [
          {
            name: 'If-Match',
            in: 'header',
            required: false,
            schema: { type: 'string' },
            description: 'ETag of the version you read; a stale one gets 412',
          },
        ]
      : []),
  ];
}

function response(collector: SchemaCollector, status: number, r: ResponseSpec) {
  const jsonType = status >= 400 ? 'application/problem+json' : 'application/json';
  const content = {
    ...(r.schema ? { [jsonType]: { schema: collector.convert(r.schema, 'output') } } : {}),
    ...Object.fromEntries(
      (r.mediaTypes ?? []).map((t) => [t, { schema: { type: t.endsWith('json') ? 'object' : 'string' } }]),
    ),
  };
  return {
    description: r.description,
    ...(r.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(r.headers).map(([name, description]) => [
              name,
              name === 'Retry-After'
                ? { $ref: '#/components/headers/RetryAfter' }
                : { description, schema: { type: 'string' } },
            ]),
          ),
        }
      : {}),
    ...(Object.keys(content).length > 0 ? { content } : {}),
  };
}

function operation(collector: SchemaCollector, operationId: string, route: RouteSpec) {
  const isPublic = route.permission === 'public';
  const declared: Record<string, unknown> = {
    ...runtimeAnswers(route),
    ...Object.fromEntries(
      Object.entries(route.responses).map(([status, r]) => [status, response(collector, Number(status), r)]),
    ),
  };
  if (revalidates(route))
    declared[304] = response(collector, 304, {
      description: 'Not modified: the ETag in If-None-Match is current',
      headers: { ETag: 'The current version' },
    });
  return {
    operationId,
    summary: route.summary,
    tags: route.tags,
    ...(isPublic
      ? { security: [], ...(route.description ? { description: route.description } : {}) }
      : {
          description: [`Permission: \`${route.permission}\``, route.description]
            .filter(Boolean)
            .join('\n\n'),
        }),
    parameters: [
      ...parameters(collector, route.params, 'path'),
      ...parameters(collector, route.query, 'query'),
      ...requestHeaders(route),
    ],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: collector.convert(route.body, 'input'),
                ...(route.example === undefined ? {} : { example: route.example }),
              },
              ...Object.fromEntries(
                (route.bodyMediaTypes ?? []).map((t) => [
                  t,
                  {
                    schema: t.startsWith('text/')
                      ? { type: 'string' }
                      : { type: 'string', contentEncoding: 'binary' },
                  },
                ]),
              ),
            },
          },
        }
      : {}),
    responses: isPublic
      ? { ...declared, 429: { $ref: '#/components/responses/GatewayThrottled' } }
      : {
          ...declared,
          401: { $ref: '#/components/responses/GatewayUnauthorized' },
          403: { $ref: '#/components/responses/GatewayForbidden' },
          429: { $ref: '#/components/responses/RateLimited' },
        },
  };
}

/**
 * The OpenAPI 3.1 document of every HTTP route in the manifests, built from the same zod contracts the
 * handlers validate with. Operation ids are the functions' names in camelCase (the service's name in
 * front where two services use one name).
 */
export function openApiDocument(
  manifests: readonly ServiceManifest[],
  info: { title: string; version: string; description?: string },
) {
  const collector = new SchemaCollector();
  const routes = manifests.flatMap((m) =>
    Object.entries(m.functions).flatMap(([name, fn]) =>
      fn.trigger.kind === 'http' ? [{ service: m.service, name, route: fn.trigger.route }] : [],
    ),
  );
  const nameCount = new Map<string, number>();
  for (const r of routes) nameCount.set(r.name, (nameCount.get(r.name) ?? 0) + 1);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { service, name, route } of routes) {
    const operationId = camel((nameCount.get(name) ?? 0) > 1 ? `${service}-${name}` : name);
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = operation(
      collector,
      operationId,
      route,
    );
  }
  const usedTags = new Set(routes.flatMap((r) => r.route.tags));
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/', description: "This city's API, where this document was served from" }],
    tags: [...usedTags]
      .sort((a, b) => Object.keys(tagDescriptions).indexOf(a) - Object.keys(tagDescriptions).indexOf(b))
      .map((name) => ({ name, ...(tagDescriptions[name] ? { description: tagDescriptions[name] } : {}) })),
    // Either: machines send their key, people the access token they got by signing in (OpenID Connect).
    security: [{ apiKey: [] }, { bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'x-api-key',
          description:
            'The API key of your client (`./dev clients create`); keys are issued per organisation',
        },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            "A person's access token from the city's OpenID provider (Cognito deployed, the local provider in `./dev start`): the person's group names their organisation, which gives the role an API key of that organisation has",
        },
      },
      schemas: collector.schemas,
      responses: { ...sharedResponses, ...runtimeResponses },
      headers: headerComponents,
    },
  };
}
