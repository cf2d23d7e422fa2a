import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { opsGroup } from '@sme/access';
import { type CityConfig, organisations, type Role } from '@sme/kernel';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type Configuration, errors } from 'oidc-provider';

/** A demo person of the local provider: one per role (the township and the convenor beside them). */
export interface DemoPerson {
  /** The login name, also the token's `sub`. */
  username: string;
  password: string;
  /** Display name: the console shows it, the audit trail records it. */
  name: string;
  role: Role;
  orgId: string;
}

export interface LocalOidcProvider {
  issuer: string;
  /** The issuer's keys (oidc-provider serves them at /jwks). */
  jwksUri: string;
  /** The API as a resource: access tokens carry it in `aud`. */
  audience: string;
  /** The console's public client (authorization code with PKCE, no secret). */
  consoleClientId: string;
  people: DemoPerson[];
  /** The provider's signing key, for tests that forge an expired or mis-addressed token with it. */
  signingKey: { privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey']; kid: string };
  close(): Promise<void>;
}

export const consoleClientId = 'sme-console';
/** The scope that asks for an access token to the API (a resource scope of the local provider). */
export const apiScope = 'api';

/**
 * One demo person per role, in the organisation the role's demo API key speaks for; the township is an
 * agency of a township, the convenor the office's convenor. Passwords are made here unless kept from the
 * last start (`./dev start` prints them and keeps them in .local/stack.json).
 */
export function demoPeople(city: CityConfig, kept: Record<string, string> = {}): DemoPerson[] {
  const orgs = organisations(city);
  const first = (role: Role, kind?: string) =>
    kind ? city.agencies.find((a) => a.kind === kind)?.id : orgs.find((o) => o.role === role)?.id;
  const wanted: [string, string, Role, string | undefined][] = [
    ['office', '王敏（协调办）', 'coordinator', city.coordinators[0]?.id],
    ['convenor', '李强（召集人）', 'coordinator', (city.matching as { convenors?: string[] }).convenors?.[0]],
    ['township', '陈静（乡镇）', 'agency', first('agency', 'township')],
    ['agency', '赵磊（市场监管）', 'agency', first('agency', 'market-supervision') ?? first('agency')],
    ['bank', '刘洋（银行客户经理）', 'bank', first('bank')],
    ['guarantor', '周婷（担保公司）', 'guarantor', first('guarantor')],
    ['finance', '吴刚（财政局）', 'finance', first('finance')],
    ['ops', '孙悦（运维）', 'ops', opsGroup],
  ];
  return wanted.flatMap(([username, name, role, orgId]) =>
    orgId
      ? [
          {
            username,
            name,
            role,
            orgId,
            password: kept[username] ?? `demo-${randomBytes(6).toString('base64url')}`,
          },
        ]
      : [],
  );
}

/**
 * A real OpenID Connect provider (oidc-provider, the certified implementation) on 127.0.0.1 for the local
 * stack: authorization code flow with PKCE for the console, JWT access tokens for the API (resource
 * indicator `audience`) carrying the person's `groups` (their organisation, as Cognito's `cognito:groups`
 * do deployed) and `name`. Its own sign-in page checks the demo passwords (oidc-provider's development
 * pages accept any password); consent is implied for the console, a first-party client.
 */
export async function startLocalOidcProvider(args: {
  city: CityConfig;
  /** Where the console may be sent back to with a code. */
  redirectUris: string[];
  audience: string;
  port?: number;
  /** Passwords kept from the last start, by username. */
  passwords?: Record<string, string>;
}): Promise<LocalOidcProvider> {
  const people = demoPeople(args.city, args.passwords);
  const byUsername = new Map(people.map((p) => [p.username, p]));
  let provider: Provider | undefined;
  const server: Server = createServer((req, res) => {
    const ready = provider;
    if (!ready) return void res.writeHead(503).end();
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const interaction = /^\/interaction\/([\w-]+)(\/login)?$/.exec(path);
    if (interaction) {
      const login = interaction[2] !== undefined && req.method === 'POST';
      void signInPage(ready, req, res, login ? byUsername : undefined).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Sign-in failed: ${(error as Error).message}`);
      });
      return;
    }
    ready.callback()(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${args.port} (OpenID provider) is already in use; pick another with --oidc-port`)
          : error,
      ),
    );
    server.listen(args.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (args.port ?? 0);
  const issuer = `http://127.0.0.1:${port}`;

  // A key per start: tokens of an earlier run no longer verify, and nothing secret is kept on disk.
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `local-${randomBytes(4).toString('hex')}`;
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };

  const configuration: Configuration = {
    clients: [
      {
        client_id: consoleClientId,
        client_name: '融资协调工作平台 · 控制台',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: args.redirectUris,
        post_logout_redirect_uris: args.redirectUris,
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: ['name', 'groups'] },
    // The console reads the person's name from the ID token, without a userinfo call.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // A working day's session; codes and sign-in pages short-lived; no refresh tokens (sign in again).
    ttl: {
      AccessToken: 15 * 60,
      AuthorizationCode: 60,
      IdToken: 15 * 60,
      Interaction: 10 * 60,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    findAccount: (_ctx, sub) => {
      const person = byUsername.get(sub);
      if (!person) return undefined;
      return { accountId: sub, claims: () => ({ sub, name: person.name, groups: [person.orgId] }) };
    },
    extraTokenClaims: (_ctx, token) => {
      const accountId = 'accountId' in token ? token.accountId : undefined;
      const person = accountId ? byUsername.get(accountId) : undefined;
      return person ? { name: person.name, groups: [person.orgId] } : undefined;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // The console is first-party: the person is not asked to consent to it.
    loadExistingGrant: async (ctx) => {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(args.audience, apiScope);
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => args.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== args.audience) throw new errors.InvalidTarget();
          return {
            scope: apiScope,
            audience: args.audience,
            accessTokenTTL: 15 * 60,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
  };
  provider = new Provider(issuer, configuration);
  // Its warnings about development defaults would clutter ./dev start; errors still surface per request.
  provider.on('server_error', (_ctx, error) => console.error(`OpenID provider: ${error.message}`));
  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    audience: args.audience,
    consoleClientId,
    people,
    signingKey: { privateKey, kid },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The provider's sign-in page (GET), and its form's answer (POST …/login) with the demo passwords. */
async function signInPage(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  people: Map<string, DemoPerson> | undefined,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  let problem: string | undefined;
  if (people) {
    const form = new URLSearchParams(await readBody(req));
    const username = form.get('username')?.trim() ?? '';
    const person = people.get(username);
    if (person && sameSecret(form.get('password') ?? '', person.password)) {
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: person.username } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    problem = '用户名或密码错误 (wrong username or password)';
  }
  if (details.prompt.name !== 'login') {
    // Consent is implied (loadExistingGrant); any other prompt is not one this provider asks.
    await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
    return;
  }
  res.writeHead(problem ? 401 : 200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  res.end(loginHtml(details.uid, problem));
}

function loginHtml(uid: string, problem: string | undefined): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>登录 · 本地身份提供方</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}label{display:block;margin:.75rem 0 .25rem}
input{width:100%;padding:.5rem;box-sizing:border-box}button{margin-top:1rem;padding:.5rem 1.5rem}.problem{color:#c00}</style></head>
<body><h1>登录</h1><p>本地 OpenID Connect 身份提供方（演示账号由 <code>./dev start</code> 打印）</p>
${problem ? `<p class="problem" role="alert">${problem}</p>` : ''}
<form method="post" action="/interaction/${encodeURIComponent(uid)}/login">
<label for="username">用户名</label><input id="username" name="username" autocomplete="username" required autofocus>
<label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">登录</button></form></body></html>`;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
