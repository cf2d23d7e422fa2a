import { HttpProblem, httpHandler } from '@sme/runtime';
import { assetResponse } from '../docs/assets.ts';
import { docsRoutes } from '../docs-manifest.ts';

/**
 * GET /docs/assets/{file} — the docs page's scripts, from the npm package's dist files copied into this
 * function's package (FunctionSpec.files), never a CDN; gzip-compressed when the client accepts it.
 */
export const handler = httpHandler(docsRoutes.asset, async ({ params, headers }) => {
  const answer = assetResponse(params.file, headers['accept-encoding']);
  if (!answer) throw new HttpProblem('not-found', `No docs asset ${params.file}`);
  return { status: answer.status, headers: answer.headers, rawBody: answer.body };
});
