import type { RouteSpec, ServiceManifest } from '@sme/runtime';
import * as z from 'zod';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;

/** Path/query parameters of a route, from its zod object schema. */
function parameters(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

function operation(route: RouteSpec) {
  const headers = [
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
  return {
    summary: route.summary,
    tags: route.tags,
    ...(route.permission === 'public'
      ? { security: [], ...(route.description ? { description: route.description } : {}) }
      : {
          description: [`Permission: \`${route.permission}\``, route.description]
            .filter(Boolean)
            .join('\n\n'),
        }),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query'), ...headers],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: jsonSchema(route.body, 'input') },
              ...Object.fromEntries(
                (route.bodyMediaTypes ?? []).map((t) => [t, { schema: { type: 'string' } }]),
              ),
            },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, r]) => [
        status,
        {
          description: r.description,
          ...(r.schema
            ? {
                content: {
                  [Number(status) >= 400 ? 'application/problem+json' : 'application/json']: {
                    schema: jsonSchema(r.schema, 'output'),
                  },
                },
              }
            : {}),
        },
      ]),
    ),
  };
}

/** The OpenAPI 3.1 document of every HTTP route in the manifests, built from the same zod contracts the handlers validate with. */
export function openApiDocument(
  manifests: readonly ServiceManifest[],
  info: { title: string; version: string },
) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const manifest of manifests) {
    for (const fn of Object.values(manifest.functions)) {
      if (fn.trigger.kind !== 'http') continue;
      const route = fn.trigger.route;
      paths[route.path] ??= {};
      (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = operation(route);
    }
  }
  return {
    openapi: '3.1.0',
    info,
    components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } } },
    security: [{ apiKey: [] }],
    paths,
  };
}
