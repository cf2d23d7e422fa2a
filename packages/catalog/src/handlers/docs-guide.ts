import { cityConfig, HttpProblem, httpHandler } from '@sme/runtime';
import { guidePage } from '../docs/guide.ts';
import { pageHeaders } from '../docs/page.ts';
import { docsRoutes } from '../docs-manifest.ts';

const pages = new Map<string, string>();

/** GET /docs/guide — the guide (docs/guide.md) as HTML: roles, workflows, state machines, errors. */
export const handler = httpHandler(docsRoutes.guide, async () => {
  const html = pages.get('guide') ?? guidePage('guide', cityConfig().name);
  if (html === undefined) throw new HttpProblem('not-found', 'The guide is not in this deployment');
  pages.set('guide', html);
  return { status: 200, headers: { ...pageHeaders }, rawBody: html };
});
