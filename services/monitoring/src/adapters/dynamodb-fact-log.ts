import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { monthsOf } from '../domain/business-dates.ts';
import type { Fact } from '../domain/facts.ts';
import type { FactLog } from '../use-cases/ports.ts';

/** Facts are partitioned by month and sorted by date, so a range is one Query per month. */
export const factKey = (f: Pick<Fact, 'on' | 'kind' | 'eventId'>) => ({
  pk: `FACT#${f.on.slice(0, 7)}`,
  sk: `${f.on}#${f.kind}#${f.eventId}`,
});

/** Adapter for `monitoring-facts` (access patterns in the manifest). */
export class DynamoDbFactLog implements FactLog {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  /** Puts each fact unless its key exists: a redelivered event keeps the dimensions it was first counted with. */
  async record(facts: readonly Fact[]): Promise<void> {
    await Promise.all(
      facts.map(async (fact) => {
        try {
          await this.#db.send(
            new PutCommand({
              TableName: this.#table,
              Item: { ...factKey(fact), ...fact },
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      }),
    );
  }

  async between(from: string, to: string): Promise<Fact[]> {
    const facts: Fact[] = [];
    for (const month of monthsOf(from, to)) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await this.#db.send(
          new QueryCommand({
            TableName: this.#table,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi',
            ExpressionAttributeValues: { ':pk': `FACT#${month}`, ':lo': from, ':hi': `${to}#~` },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const { pk: _pk, sk: _sk, ...fact } of out.Items ?? []) facts.push(fact as Fact);
        startKey = out.LastEvaluatedKey;
      } while (startKey);
    }
    return facts;
  }
}
