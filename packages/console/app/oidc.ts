import * as oauth from 'oauth4webapi';

/**
 * People's sign-in: OpenID Connect authorization code flow with PKCE (S256), the console being a public
 * client (no secret in a browser). oauth4webapi (panva's, the author of oidc-provider and jose) does the
 * protocol checks a hand-rolled flow tends to skip: issuer and discovery match, state, the `iss` of the
 * authorization response (RFC 9207), the ID token's signature-independent claims (iss, aud, exp, azp).
 * The provider is the city's Cognito user pool deployed, the local provider in `./dev start`; which one,
 * the console reads from /console/config.json.
 */
export interface SignInConfig {
  issuer: string;
  clientId: string;
  scope: string;
}

export interface Person {
  accessToken: string;
  name: string;
  subject: string;
  /** Epoch ms; the console signs the person out when it passes. */
  expiresAt: number;
}

const pendingKey = 'sme-console-oidc-pending';

/** The sign-in settings, or undefined when this stack has no OpenID provider (API keys only). */
export async function signInConfig(): Promise<SignInConfig | undefined> {
  const response = await fetch(`${location.origin}/console/config.json`, {
    headers: { accept: 'application/json' },
  });
  return response.ok ? ((await response.json()) as SignInConfig) : undefined;
}

/** Plain HTTP only for a provider on this machine (`./dev start`); anywhere else HTTPS is required. */
const local = (issuer: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);

function options(issuer: URL) {
  // biome-ignore lint/suspicious/noExplicitAny: oauth4webapi's option is a symbol key, marked deprecated to stand out
  return local(issuer) ? ({ [oauth.allowInsecureRequests]: true } as any) : {};
}

async function authorizationServer(issuer: URL): Promise<oauth.AuthorizationServer> {
  const response = await oauth.discoveryRequest(issuer, options(issuer));
  return oauth.processDiscoveryResponse(issuer, response);
}

const redirectUri = () => `${location.origin}/console`;

/** Sends the browser to the provider's sign-in page; the verifier and state wait in sessionStorage. */
export async function startSignIn(config: SignInConfig): Promise<void> {
  const issuer = new URL(config.issuer);
  const as = await authorizationServer(issuer);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(pendingKey, JSON.stringify({ verifier, state, config }));
  const url = new URL(as.authorization_endpoint ?? `${config.issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: config.scope,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  }).toString();
  location.assign(url.href);
}

/**
 * On the way back from the provider (`/console?code=…&state=…`): checks the answer, exchanges the code
 * with the verifier, and returns the person; the code is taken out of the address bar either way.
 * Undefined when this page load is not a sign-in's return.
 */
export async function completeSignIn(): Promise<Person | undefined> {
  const here = new URL(location.href);
  const pending = sessionStorage.getItem(pendingKey);
  if (!pending || !(here.searchParams.has('code') || here.searchParams.has('error'))) return undefined;
  sessionStorage.removeItem(pendingKey);
  history.replaceState(null, '', `${here.pathname}${here.hash}`);
  const { verifier, state, config } = JSON.parse(pending) as {
    verifier: string;
    state: string;
    config: SignInConfig;
  };
  const issuer = new URL(config.issuer);
  const as = await authorizationServer(issuer);
  const client: oauth.Client = { client_id: config.clientId };
  const params = oauth.validateAuthResponse(as, client, here, state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri(),
    verifier,
    options(issuer),
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response);
  const claims = oauth.getValidatedIdTokenClaims(result);
  const name = [claims?.name, claims?.['cognito:username'], claims?.sub].find(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  return {
    accessToken: result.access_token,
    name: name ?? '',
    subject: typeof claims?.sub === 'string' ? claims.sub : '',
    expiresAt: Date.now() + (result.expires_in ?? 900) * 1000,
  };
}
