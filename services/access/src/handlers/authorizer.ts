import { type AuthorizerContext, documentClient, logger, tableName } from '@sme/runtime';
import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerWithContextResult,
} from 'aws-lambda';
import { DynamoDbApiClientStore } from '../adapters/dynamodb-api-client-store.ts';
import { hashApiKey } from '../domain/api-key.ts';

const clients = new DynamoDbApiClientStore(documentClient(), tableName('api-clients'));

/**
 * HTTP API Lambda authorizer (simple responses). A known, unrevoked key yields the principal; any
 * other key is let through as unauthenticated so the route answers 401 with a problem body (an
 * HTTP API can only turn a denial into 403). Results are cached by the gateway per key.
 */
export async function authorize(apiKey: string | undefined): Promise<AuthorizerContext> {
  if (!apiKey) return { authenticated: false, reason: 'missing x-api-key' };
  const client = await clients.byKeyHash(hashApiKey(apiKey));
  if (!client) return { authenticated: false, reason: 'unknown key' };
  if (client.revokedAt) return { authenticated: false, reason: 'revoked key' };
  return { authenticated: true, clientId: client.clientId, role: client.role, orgId: client.orgId };
}

export const handler = async (
  event: APIGatewayRequestAuthorizerEventV2,
): Promise<APIGatewaySimpleAuthorizerWithContextResult<AuthorizerContext>> => {
  const key = event.headers?.['x-api-key'];
  const context = await authorize(key);
  if (!context.authenticated)
    logger.warn('Rejected API key', { reason: context.reason, requestId: event.requestContext.requestId });
  return { isAuthorized: true, context };
};
