import { cityConfig, HttpProblem, httpHandler } from '@sme/runtime';
import { guidePage } from '../docs/guide.ts';
import { pageHeaders } from '../docs/page.ts';
import { docsRoutes } from '../docs-manifest.ts';

const pages = new Map<string, string>();

/** GET /docs/guide/{page} — another document the guide links (imports, policy rules) as HTML. */
export const handler = httpHandler(docsRoutes.guidePage, async ({ params }) => {
  const html =
    params.page === 'guide'
      ? undefined
      : (pages.get(params.page) ?? guidePage(params.page, cityConfig().name));
  if (html === undefined) throw new HttpProblem('not-found', `No guide page ${params.page}`);
  pages.set(params.page, html);
  return { status: 200, headers: { ...pageHeaders }, rawBody: html };
});
