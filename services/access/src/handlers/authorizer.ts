import { type AuthorizerContext, cityConfig, documentClient, logger, tableName } from '@sme/runtime';
import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import { DynamoDbApiClientStore } from '../adapters/dynamodb-api-client-store.ts';
import { hashApiKey } from '../domain/api-key.ts';

const clients = new DynamoDbApiClientStore(documentClient(), tableName('api-clients'));

/**
 * The principal of a known, unrevoked key, with its request limit; why not otherwise. A missing key
 * never gets here: the gateway answers 401 itself when the identity source is absent.
 */
export async function authorize(apiKey: string | undefined): Promise<AuthorizerContext> {
  if (!apiKey) return { authenticated: false, reason: 'missing x-api-key' };
  const client = await clients.byKeyHash(hashApiKey(apiKey));
  if (!client) return { authenticated: false, reason: 'unknown key' };
  if (client.revokedAt) return { authenticated: false, reason: 'revoked key' };
  return {
    authenticated: true,
    clientId: client.clientId,
    role: client.role,
    orgId: client.orgId,
    requestsPerMinute: client.requestsPerMinute ?? cityConfig().auth.requestsPerMinute,
  };
}

/**
 * HTTP API Lambda authorizer (simple responses). Unknown and revoked keys are denied here, so no route
 * function runs for them (the gateway answers `403 {"message":"Forbidden"}` and caches the denial per
 * key like an allow). The denial is logged with a short prefix of the key's hash, never the key.
 */
export const handler = async (
  event: APIGatewayRequestAuthorizerEventV2,
): Promise<APIGatewaySimpleAuthorizerWithContextResult<AuthorizerContext>> => {
  const key = event.headers?.['x-api-key'];
  const context = await authorize(key);
  if (!context.authenticated) {
    logger.warn('Denied API key', {
      reason: context.reason,
      keyHashPrefix: key ? hashApiKey(key).slice(0, 12) : undefined,
      sourceIp: event.requestContext.http?.sourceIp,
      route: event.routeKey,
      requestId: event.requestContext.requestId,
    });
    return { isAuthorized: false, context };
  }
  return { isAuthorized: true, context };
};
