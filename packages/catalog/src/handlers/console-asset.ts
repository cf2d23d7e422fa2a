import { HttpProblem, httpHandler } from '@sme/runtime';
import { consoleAsset } from '../docs/console.ts';
import { docsRoutes } from '../docs-manifest.ts';

/** GET /console/assets/{file} — the console's hashed scripts and styles, gzip-compressed when accepted. */
export const handler = httpHandler(docsRoutes.consoleAsset, async ({ params, headers }) => {
  const answer = consoleAsset(params.file, headers['accept-encoding']);
  if (!answer) throw new HttpProblem('not-found', `No console asset ${params.file}`);
  return { status: 200, headers: answer.headers, rawBody: answer.body };
});
