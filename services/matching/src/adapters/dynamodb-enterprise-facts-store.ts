import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CreditFacts, EnterpriseFacts, RegistryFacts } from '../domain/declaration.ts';
import type { EnterpriseFactsStore } from '../use-cases/ports.ts';

/**
 * Adapter for the `matching-enterprises` table: what screening and matching know of each enterprise,
 * kept from the registry, credit and blacklist events. Each source's part is replaced only by a
 * newer version of it, so redelivered or reordered events never roll a fact back.
 */
export class DynamoDbEnterpriseFactsStore implements EnterpriseFactsStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async get(uscc: string, consistent = false): Promise<EnterpriseFacts> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { uscc }, ConsistentRead: consistent }),
    );
    const item = out.Item ?? {};
    return {
      ...(item.registry ? { registry: item.registry as RegistryFacts } : {}),
      ...(item.credit ? { credit: item.credit as CreditFacts } : {}),
      intermediaryEntryIds: [...((item.intermediaryEntryIds as Set<string> | undefined) ?? [])].sort(),
    };
  }

  /** Stores the registry's version unless a newer one is stored; false when it was stale. */
  async applyRegistry(uscc: string, registry: RegistryFacts): Promise<boolean> {
    return this.#setIfNewer(uscc, 'registry', registry, registry.version, 'version');
  }

  /** Stores the credit profile's version unless a newer one is stored; false when it was stale. */
  async applyCredit(uscc: string, credit: CreditFacts): Promise<boolean> {
    return this.#setIfNewer(uscc, 'credit', credit, credit.profileVersion, 'profileVersion');
  }

  /** Adds or drops a confirmed blacklist hit; true when the set changed. */
  async setIntermediaryHit(uscc: string, entryId: string, confirmed: boolean): Promise<boolean> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { uscc },
          UpdateExpression: `${confirmed ? 'ADD' : 'DELETE'} intermediaryEntryIds :e`,
          ConditionExpression: confirmed
            ? 'NOT contains(intermediaryEntryIds, :id)'
            : 'contains(intermediaryEntryIds, :id)',
          ExpressionAttributeValues: { ':e': new Set([entryId]), ':id': entryId },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async #setIfNewer(
    uscc: string,
    part: 'registry' | 'credit',
    value: RegistryFacts | CreditFacts,
    version: number,
    versionField: string,
  ): Promise<boolean> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { uscc },
          UpdateExpression: 'SET #p = :value',
          ConditionExpression: 'attribute_not_exists(#p) OR #p.#v < :version',
          ExpressionAttributeNames: { '#p': part, '#v': versionField },
          ExpressionAttributeValues: { ':value': value, ':version': version },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
