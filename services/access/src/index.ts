export type { ApiClient } from './adapters/dynamodb-api-client-store.ts';
export { DynamoDbApiClientStore } from './adapters/dynamodb-api-client-store.ts';
export { type OidcSettings, OidcTokenVerifier, oidcSettingsFromEnv } from './adapters/oidc-token-verifier.ts';
export { hashApiKey, newApiKey } from './domain/api-key.ts';
export { createApiClient } from './domain/clients.ts';
export { opsGroup, personFromClaims } from './domain/people.ts';
export { accessManifest } from './manifest.ts';
