import type { StoredEnterprise } from '../domain/enterprise.ts';

/**
 * What registry's use cases need from storage (the adapter is DynamoDbEnterpriseRepository; the
 * use-case tests use an in-memory fake).
 */
export interface EnterpriseRepository {
  getMany(usccs: string[]): Promise<Map<string, StoredEnterprise>>;
  /** Writes enterprises that did not exist. */
  putAll(enterprises: StoredEnterprise[]): Promise<void>;
  /** New versions of existing ones, each conditional on its expected version; answers the usccs that lost a race. */
  saveAll(versions: { enterprise: StoredEnterprise; expectedVersion: number }[]): Promise<string[]>;
}
