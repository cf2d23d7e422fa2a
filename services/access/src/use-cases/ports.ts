import type { ApiClient } from '../domain/api-client.ts';

/** `api-clients`: clients by the hash of their key (the adapter is DynamoDbApiClientStore). */
export interface ApiClientStore {
  byKeyHash(keyHash: string): Promise<ApiClient | undefined>;
  create(client: ApiClient, keyHash: string): Promise<void>;
  list(): Promise<ApiClient[]>;
  revoke(clientId: string, now: string): Promise<ApiClient>;
}
