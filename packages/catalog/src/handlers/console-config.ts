import { HttpProblem, httpHandler } from '@sme/runtime';
import { consoleSignIn } from '../docs/console.ts';
import { docsRoutes } from '../docs-manifest.ts';

/** GET /console/config.json — the OpenID provider the console signs people in with, from the stack's env. */
export const handler = httpHandler(docsRoutes.consoleConfig, async () => {
  const signIn = consoleSignIn();
  if (!signIn)
    throw new HttpProblem('not-found', 'People cannot sign in on this stack: no OpenID provider is set');
  return { status: 200, headers: { 'cache-control': 'no-cache' }, body: signIn };
});
