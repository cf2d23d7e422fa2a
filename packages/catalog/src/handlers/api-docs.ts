import { cityConfig, httpHandler } from '@sme/runtime';
import { docsPage, pageHeaders } from '../docs/page.ts';
import { docsRoutes } from '../docs-manifest.ts';

let page: string | undefined;

/**
 * GET /docs — the API reference, rendered in the browser by Scalar from /openapi.json, its scripts
 * from /docs/assets (no CDN: the stack must work offline), with a bar to the guide.
 */
export const handler = httpHandler(docsRoutes.docs, async () => {
  page ??= docsPage({ cityName: cityConfig().name });
  return { status: 200, headers: { ...pageHeaders }, rawBody: page };
});
