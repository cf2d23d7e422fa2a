import { createHash, randomBytes } from 'node:crypto';
import type { LocalOidcProvider } from '@sme/local';

/** Cookies by name, sent back on every request: enough for the provider's interaction and session cookies. */
class CookieJar {
  readonly #cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) this.#cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  header(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface SignedIn {
  accessToken: string;
  idToken: string;
  /** What the provider's sign-in page answered to the password (200 after a redirect, 401 when wrong). */
  loginStatus: number;
}

/**
 * A person signs in as the console does, over plain HTTP: authorization code flow with PKCE (S256) against
 * the local provider, the username and password typed into its sign-in page, the code exchanged for tokens.
 */
export async function signInWithPassword(
  oidc: LocalOidcProvider,
  redirectUri: string,
  username: string,
  password: string,
): Promise<SignedIn> {
  const jar = new CookieJar();
  const get = async (url: string) => {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(response);
    return response;
  };
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(8).toString('base64url');
  const authorize = new URL(`${oidc.issuer}/auth`);
  for (const [k, v] of Object.entries({
    client_id: oidc.consoleClientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: 'openid profile api',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  }))
    authorize.searchParams.set(k, v);
  const toLogin = await get(authorize.href);
  const loginUrl = new URL(toLogin.headers.get('location') ?? '', oidc.issuer).href;
  const page = await get(loginUrl);
  if (page.status !== 200) throw new Error(`sign-in page answered ${page.status}`);
  await page.text();
  const posted = await fetch(`${loginUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  jar.take(posted);
  if (posted.status === 401) return { accessToken: '', idToken: '', loginStatus: 401 };
  // Resume the authorization (and any prompt the provider settles itself) until it sends the code back.
  let next = posted.headers.get('location');
  for (let hops = 0; next && !next.startsWith(redirectUri) && hops < 5; hops++) {
    const response = await get(new URL(next, oidc.issuer).href);
    await response.text();
    next = response.headers.get('location');
  }
  const back = new URL(next ?? '');
  if (back.searchParams.get('state') !== state) throw new Error(`no code came back: ${next}`);
  const code = back.searchParams.get('code') ?? '';
  const tokens = await fetch(`${oidc.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: oidc.consoleClientId,
      code_verifier: verifier,
    }).toString(),
  });
  const body = (await tokens.json()) as { access_token?: string; id_token?: string; error?: string };
  if (!tokens.ok || !body.access_token)
    throw new Error(`token endpoint: ${tokens.status} ${JSON.stringify(body)}`);
  return { accessToken: body.access_token, idToken: body.id_token ?? '', loginStatus: posted.status };
}
