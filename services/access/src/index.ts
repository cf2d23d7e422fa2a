export { DynamoDbApiClientStore } from './adapters/dynamodb-api-client-store.ts';
export { type OidcSettings, OidcTokenVerifier, oidcSettingsFromEnv } from './adapters/oidc-token-verifier.ts';
export type { ApiClient } from './domain/api-client.ts';
export { hashApiKey, newApiKey } from './domain/api-key.ts';
export { opsGroup, personFromClaims } from './domain/people.ts';
export { accessManifest } from './manifest.ts';
export { createApiClient } from './use-cases/create-api-client.ts';
