import { documentClient, tableName } from '@sme/runtime';
import { DynamoDbEnterpriseRepository } from '../adapters/dynamodb-enterprise-repository.ts';

let enterprises: DynamoDbEnterpriseRepository | undefined;

/**
 * The enterprises adapter, built on first use and then kept for the process. Building it at import
 * would create the SDK clients during cold init, which the first invocation can pay for instead.
 */
export function enterpriseRepository(): DynamoDbEnterpriseRepository {
  enterprises ??= new DynamoDbEnterpriseRepository(documentClient(), tableName('enterprises'));
  return enterprises;
}
