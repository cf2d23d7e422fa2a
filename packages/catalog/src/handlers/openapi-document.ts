import { cityConfig, httpHandler } from '@sme/runtime';
import { docsRoutes } from '../docs-manifest.ts';
import { manifests } from '../index.ts';
import { openApiDocument } from '../openapi.ts';

let document: string | undefined;

/** GET /openapi.json — built once per process from the manifests. */
export const handler = httpHandler(docsRoutes.openapi, async () => {
  document ??= JSON.stringify(
    openApiDocument(manifests, { title: `SME financing platform — ${cityConfig().name}`, version: '1' }),
  );
  return { status: 200, headers: { 'cache-control': 'max-age=300' }, body: JSON.parse(document) };
});
