import { existsSync } from 'node:fs';
import { defineService, problemSchema, type RouteSpec } from '@sme/runtime';
import * as z from 'zod';
import { type PackagedFile, scalarBundle } from './docs/assets.ts';
import { consoleFiles } from './docs/console.ts';
import { guidePages } from './docs/guide-pages.ts';

const handler = (name: string) => new URL(`./handlers/${name}.ts`, import.meta.url).pathname;

/** FunctionSpec.files of packaged files; a guide page not written yet is left out (it answers 404). */
const packaged = (files: readonly PackagedFile[]) =>
  Object.fromEntries(files.filter((f) => existsSync(f.source)).map((f) => [f.target, f.source]));
const guideFiles = () => packaged(Object.values(guidePages).map((p) => p.file));

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
    description:
      'The API reference, rendered in the browser from /openapi.json by Scalar (grouped by tag, with schemas, examples and search, in Chinese or English), with links to the guide. Its scripts come from /docs/assets.',
    tags: ['docs'],
    responses: { 200: { description: 'HTML page', mediaTypes: ['text/html'] } },
  },
  asset: {
    method: 'GET',
    path: '/docs/assets/{file}',
    permission: 'public',
    summary: 'A script of the docs page, served from its npm package (never a CDN)',
    description:
      'The file names /docs links carry the version or a hash of the content, so each is cached for a year. Sent gzip-compressed when the request accepts gzip.',
    tags: ['docs'],
    params: z.strictObject({ file: z.string().min(1).max(200) }),
    responses: {
      200: {
        description: 'The file',
        mediaTypes: ['text/javascript'],
        headers: {
          'Cache-Control': 'public, max-age=31536000, immutable',
          'Content-Encoding': 'gzip, when the request accepts it',
        },
      },
      404: { description: 'No such file', schema: problemSchema },
    },
  },
  guide: {
    method: 'GET',
    path: '/docs/guide',
    permission: 'public',
    summary: 'The guide: who may call what, each role’s workflow, the state machines, the errors',
    description: 'docs/guide.md as HTML (Chinese and English); its tables are generated from the code.',
    tags: ['docs'],
    responses: { 200: { description: 'HTML page', mediaTypes: ['text/html'] } },
  },
  guidePage: {
    method: 'GET',
    path: '/docs/guide/{page}',
    permission: 'public',
    summary:
      'A document the guide links (`imports`: CSV and Excel columns; `policy-rules`; `api-docs`), as HTML',
    tags: ['docs'],
    params: z.strictObject({ page: z.string().min(1).max(64) }),
    responses: {
      200: { description: 'HTML page', mediaTypes: ['text/html'] },
      404: { description: 'No such page', schema: problemSchema },
    },
  },
  console: {
    method: 'GET',
    path: '/console',
    permission: 'public',
    summary:
      'The office console (控制台), a web application in Chinese; it calls this API with the signed-in key',
    tags: ['docs'],
    responses: {
      200: { description: 'HTML page', mediaTypes: ['text/html'] },
      404: { description: 'The console is not built', schema: problemSchema },
    },
  },
  consoleAsset: {
    method: 'GET',
    path: '/console/assets/{file}',
    permission: 'public',
    summary: 'A script or style of the console, by its content-hashed name',
    tags: ['docs'],
    params: z.strictObject({ file: z.string().min(1).max(200) }),
    responses: {
      200: {
        description: 'The file',
        mediaTypes: ['text/javascript', 'text/css'],
        headers: {
          'Cache-Control': 'public, max-age=31536000, immutable',
          'Content-Encoding': 'gzip, when the request accepts it',
        },
      },
      404: { description: 'No such file', schema: problemSchema },
    },
  },
  consoleConfig: {
    method: 'GET',
    path: '/console/config.json',
    permission: 'public',
    summary: 'Where the console sends a person to sign in (OpenID Connect issuer, client id, scope)',
    description:
      'The console reads it at start: with it, people sign in with the authorization code flow and PKCE; without it (a stack without an OpenID provider, 404) only an API key can be used. Deployed, the city domain serves this file from the console bucket.',
    tags: ['docs'],
    responses: {
      200: {
        description: 'The sign-in settings',
        schema: z.object({
          issuer: z.string(),
          clientId: z.string(),
          scope: z.string(),
        }),
      },
      404: { description: 'People cannot sign in on this stack', schema: problemSchema },
    },
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
    asset: {
      entry: handler('docs-asset'),
      trigger: { kind: 'http', route: docsRoutes.asset },
      files: packaged([scalarBundle]),
    },
    guide: {
      entry: handler('docs-guide'),
      trigger: { kind: 'http', route: docsRoutes.guide },
      files: guideFiles(),
    },
    'guide-page': {
      entry: handler('docs-guide-page'),
      trigger: { kind: 'http', route: docsRoutes.guidePage },
      files: guideFiles(),
    },
    console: {
      entry: handler('console-page'),
      trigger: { kind: 'http', route: docsRoutes.console },
      files: packaged(consoleFiles()),
    },
    'console-config': {
      entry: handler('console-config'),
      trigger: { kind: 'http', route: docsRoutes.consoleConfig },
    },
    'console-asset': {
      entry: handler('console-asset'),
      trigger: { kind: 'http', route: docsRoutes.consoleAsset },
      files: packaged(consoleFiles()),
    },
  },
});
