import { type AuthorizerContext, cityConfig, documentClient, logger, tableName } from '@sme/runtime';
import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import { DynamoDbApiClientStore } from '../adapters/dynamodb-api-client-store.ts';
import { OidcTokenVerifier, oidcSettingsFromEnv } from '../adapters/oidc-token-verifier.ts';
import { hashApiKey } from '../domain/api-key.ts';
import { personFromClaims } from '../domain/people.ts';

const clients = new DynamoDbApiClientStore(documentClient(), tableName('api-clients'));

/**
 * API keys resolved in the last `auth.cacheTtlSeconds` (per warm container): the gateway's own result
 * cache is off because people and machines present different headers (see CityHttpApi), so this keeps
 * a busy client from costing a read per request. A revocation is seen within the TTL, as before.
 */
const keyCache = new Map<string, { context: AuthorizerContext; expires: number }>();

/**
 * The principal of a known, unrevoked key, with its request limit; why not otherwise.
 */
export async function authorize(apiKey: string | undefined): Promise<AuthorizerContext> {
  if (!apiKey) return { authenticated: false, reason: 'missing x-api-key' };
  const keyHash = hashApiKey(apiKey);
  const ttlMs = cityConfig().auth.cacheTtlSeconds * 1000;
  const cached = keyCache.get(keyHash);
  if (cached && cached.expires > Date.now()) return cached.context;
  const client = await clients.byKeyHash(keyHash);
  const context: AuthorizerContext = !client
    ? { authenticated: false, reason: 'unknown key' }
    : client.revokedAt
      ? { authenticated: false, reason: 'revoked key' }
      : {
          authenticated: true,
          clientId: client.clientId,
          role: client.role,
          orgId: client.orgId,
          requestsPerMinute: client.requestsPerMinute ?? cityConfig().auth.requestsPerMinute,
        };
  if (ttlMs > 0) {
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(keyHash, { context, expires: Date.now() + ttlMs });
  }
  return context;
}

let verifier: OidcTokenVerifier | undefined;
/** The verifier for the issuer the env names now (the local stack sets it once its provider listens). */
function tokenVerifier(): OidcTokenVerifier | undefined {
  const settings = oidcSettingsFromEnv();
  if (!settings) return undefined;
  const current = verifier?.settings;
  if (
    !verifier ||
    current?.issuer !== settings.issuer ||
    current.audience !== settings.audience ||
    current.jwksUri !== settings.jwksUri
  )
    verifier = new OidcTokenVerifier(settings);
  return verifier;
}

/**
 * A person's bearer token (OpenID Connect): verified, then mapped from its groups to the same role and
 * organisation an API key of that organisation has, under the client id `person:<sub>` with the person's
 * subject and name, which every audit entry then records.
 */
export async function authorizeBearer(token: string): Promise<AuthorizerContext> {
  const verify = tokenVerifier();
  if (!verify) return { authenticated: false, reason: "people's sign-in is not configured on this stack" };
  const verified = await verify.verify(token);
  if (!verified.ok) return { authenticated: false, reason: verified.reason };
  const person = personFromClaims(cityConfig(), verified.claims);
  if (!person.ok) return { authenticated: false, reason: person.reason };
  return {
    authenticated: true,
    clientId: person.clientId,
    role: person.role,
    orgId: person.orgId,
    requestsPerMinute: cityConfig().auth.requestsPerMinute,
    subject: person.subject,
    ...(person.name ? { name: person.name } : {}),
  };
}

/** `Authorization: Bearer <token>` (RFC 6750 §2.1: the scheme is case-insensitive). */
function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * HTTP API Lambda authorizer (simple responses). Unknown and revoked API keys are denied here, so no route
 * function runs for them (the gateway answers `403 {"message":"Forbidden"}`). A request with no credential,
 * or with a bearer token that does not verify, is let through unauthenticated with the reason, and the
 * route answers 401 problem+json with `WWW-Authenticate: Bearer`: a browser must learn to sign in again,
 * which a bare 403 would not tell it. An API key wins when both are sent. The denial is logged with a
 * short prefix of the key's hash, never the key or the token.
 */
export const handler = async (
  event: APIGatewayRequestAuthorizerEventV2,
): Promise<APIGatewaySimpleAuthorizerWithContextResult<AuthorizerContext>> => {
  const key = event.headers?.['x-api-key'];
  const authorization = event.headers?.authorization ?? event.headers?.Authorization;
  const log = {
    sourceIp: event.requestContext.http?.sourceIp,
    route: event.routeKey,
    requestId: event.requestContext.requestId,
  };
  if (key) {
    const context = await authorize(key);
    if (!context.authenticated) {
      logger.warn('Denied API key', {
        ...log,
        reason: context.reason,
        keyHashPrefix: hashApiKey(key).slice(0, 12),
      });
      return { isAuthorized: false, context };
    }
    return { isAuthorized: true, context };
  }
  if (authorization) {
    const token = bearerToken(authorization);
    const context = token
      ? await authorizeBearer(token)
      : ({ authenticated: false, reason: 'the Authorization header is not a Bearer token' } as const);
    if (!context.authenticated)
      logger.warn('Unauthenticated bearer token', { ...log, reason: context.reason });
    return { isAuthorized: true, context };
  }
  return {
    isAuthorized: true,
    context: { authenticated: false, reason: 'no x-api-key or Authorization header' },
  };
};
