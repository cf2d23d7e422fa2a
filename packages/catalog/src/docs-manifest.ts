import { defineService, type RouteSpec } from '@sme/runtime';

const handler = (name: string) => new URL(`./handlers/${name}.ts`, import.meta.url).pathname;

export const docsRoutes = {
  openapi: {
    method: 'GET',
    path: '/openapi.json',
    permission: 'public',
    summary: 'This API as an OpenAPI 3.1 document',
    tags: ['docs'],
    responses: { 200: { description: 'OpenAPI document', mediaTypes: ['application/json'] } },
  },
  docs: {
    method: 'GET',
    path: '/docs',
    permission: 'public',
    summary: 'Human-readable API documentation',
    tags: ['docs'],
    responses: { 200: { description: 'HTML page', mediaTypes: ['text/html'] } },
  },
} as const satisfies Record<string, RouteSpec>;

/**
 * The API's own documentation. It lives beside the catalog because it describes every service;
 * its handlers import the catalog, which only refers to them by path, so there is no import cycle.
 */
export const docsManifest = defineService({
  service: 'docs',
  functions: {
    'openapi-document': {
      entry: handler('openapi-document'),
      trigger: { kind: 'http', route: docsRoutes.openapi },
    },
    'api-docs': { entry: handler('api-docs'), trigger: { kind: 'http', route: docsRoutes.docs } },
  },
});
