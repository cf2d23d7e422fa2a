import { HttpProblem, httpHandler } from '@sme/runtime';
import { consolePage, consolePageHeaders, consoleSignIn } from '../docs/console.ts';
import { docsRoutes } from '../docs-manifest.ts';

/** GET /console — the office console's page (packages/console's build). */
export const handler = httpHandler(docsRoutes.console, async () => {
  const page = consolePage();
  if (!page) throw new HttpProblem('not-found', 'The console is not built: pnpm --filter @sme/console build');
  const signIn = consoleSignIn();
  return {
    status: 200,
    headers: consolePageHeaders(signIn ? [new URL(signIn.issuer).origin] : []),
    rawBody: page,
  };
});
