export type { ApiClient } from './adapters/dynamodb-api-client-store.ts';
export { DynamoDbApiClientStore } from './adapters/dynamodb-api-client-store.ts';
export { hashApiKey, newApiKey } from './domain/api-key.ts';
export { createApiClient } from './domain/clients.ts';
export { accessManifest } from './manifest.ts';
