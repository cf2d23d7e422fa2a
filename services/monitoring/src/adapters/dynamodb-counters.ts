import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  NumberValue,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { Decimal } from 'decimal.js';
import { monthsOf } from '../domain/business-dates.ts';
import {
  type ApprovalRecord,
  type CounterField,
  type CounterItem,
  type CounterWrite,
  counterFields,
  counterKeys,
  counterReads,
  counterTargets,
  counterWrites,
} from '../domain/counters.ts';
import type { Grouping } from '../domain/dimensions.ts';
import type { Fact } from '../domain/facts.ts';

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/**
 * Adapter for `monitoring-counters` (access patterns in the manifest). The client must unmarshall numbers
 * wrapped (`wrapNumbers`): sums of rate × fen pass 2^53, and DynamoDB keeps 38 digits exactly.
 */
export class DynamoDbCounters {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  /** Adds each fact's contribution once: a redelivered fact finds its marker and writes nothing. */
  async apply(facts: readonly Fact[]): Promise<void> {
    for (const fact of facts) {
      for (let attempt = 0; ; attempt++) {
        const held = fact.kind === 'approved' ? await this.#approvalHeld(fact.subject) : undefined;
        const writes = counterWrites(fact, held);
        const raced = await this.#writeAll(writes, held);
        if (!raced) break;
        // Another approval of the same push moved the marker between the read and the write: read again.
        if (attempt >= 4) throw new Error(`Approval counters of ${fact.subject} kept changing; retry`);
      }
    }
  }

  async #approvalHeld(pushId: string): Promise<ApprovalRecord | undefined> {
    const out = await this.#db.send(
      new GetCommand({
        TableName: this.#table,
        Key: { pk: `SEEN#approved#${pushId}`, sk: 'MARK' },
        ConsistentRead: true,
      }),
    );
    return out.Item?.record ? (JSON.parse(String(out.Item.record)) as ApprovalRecord) : undefined;
  }

  /** Each write in its own transaction (marker + counters); true when an approval's marker moved underneath. */
  async #writeAll(writes: readonly CounterWrite[], held: ApprovalRecord | undefined): Promise<boolean> {
    for (const write of writes) {
      const merged = new Map<
        string,
        { pk: string; sk: string; group: string; deltas: Map<CounterField, string> }
      >();
      for (const change of write.changes)
        for (const target of counterTargets(change)) {
          const id = `${target.pk}|${target.sk}`;
          const item = merged.get(id) ?? {
            ...target,
            group: target.sk.split('#').at(-1) ?? '',
            deltas: new Map<CounterField, string>(),
          };
          for (const [field, value] of Object.entries(change.deltas) as [CounterField, string][])
            item.deltas.set(field, new Decimal(item.deltas.get(field) ?? '0').plus(value).toFixed());
          merged.set(id, item);
        }
      const replacing = write.replaces !== undefined;
      const command = new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.#table,
              Item: {
                pk: write.marker,
                sk: 'MARK',
                ...(write.record ? { record: JSON.stringify(write.record), seq: write.record.seq } : {}),
              },
              ConditionExpression: replacing ? 'seq = :held' : 'attribute_not_exists(pk)',
              ...(replacing ? { ExpressionAttributeValues: { ':held': held?.seq ?? -1 } } : {}),
            },
          },
          ...[...merged.values()].map((item) => {
            const fields = [...item.deltas.entries()];
            return {
              Update: {
                TableName: this.#table,
                Key: { pk: item.pk, sk: item.sk },
                UpdateExpression: `SET #group = :group ADD ${fields.map((_, i) => `#f${i} :v${i}`).join(', ')}`,
                ExpressionAttributeNames: {
                  '#group': 'group',
                  ...Object.fromEntries(fields.map(([f], i) => [`#f${i}`, f])),
                },
                ExpressionAttributeValues: {
                  ':group': item.group,
                  ...Object.fromEntries(fields.map(([, v], i) => [`:v${i}`, NumberValue.from(v)])),
                },
              },
            };
          }),
        ],
      });
      // The month items are shared by every fact of the month, so concurrent consumers' transactions
      // conflict on them (TransactionConflict): retried here with jittered backoff, the marker keeping it once.
      for (let attempt = 0; ; attempt++) {
        try {
          await this.#db.send(command);
          break;
        } catch (error) {
          if (!(error instanceof TransactionCanceledException)) throw error;
          const codes = error.CancellationReasons?.map((r) => r.Code) ?? [];
          if (codes[0] === 'ConditionalCheckFailed') {
            // Counted already (a redelivery), or, for an approval, the held approval changed: read again.
            if (write.record) return true;
            break;
          }
          if (!codes.includes('TransactionConflict') || attempt >= 12) throw error;
          await new Promise((r) => setTimeout(r, (20 + Math.random() * 80) * 2 ** Math.min(attempt, 5)));
        }
      }
    }
    return false;
  }

  /**
   * The counter items of a range under one grouping: month items for whole months, day items for the
   * ends; and the read units it took (DynamoDB's consumed capacity), for the benchmark.
   */
  async read(
    from: string,
    to: string,
    groupBy: Grouping,
  ): Promise<{ items: CounterItem[]; readUnits: number }> {
    const items: CounterItem[] = [];
    let readUnits = 0;
    for (const read of counterReads(from, to, monthsOf(from, to), lastDayOf)) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await this.#db.send(
          new QueryCommand({
            TableName: this.#table,
            KeyConditionExpression: read.whole
              ? 'pk = :pk AND begins_with(sk, :m)'
              : 'pk = :pk AND sk BETWEEN :lo AND :hi',
            ExpressionAttributeValues: {
              ':pk': counterKeys.partition(groupBy, read.month),
              ...(read.whole ? { ':m': 'M#' } : { ':lo': `D#${read.from}`, ':hi': `D#${read.to}#~` }),
            },
            ExclusiveStartKey: startKey,
            ReturnConsumedCapacity: 'TOTAL',
          }),
        );
        readUnits += out.ConsumedCapacity?.CapacityUnits ?? 0;
        for (const item of out.Items ?? [])
          items.push({
            group: String(item.group),
            sums: Object.fromEntries(
              counterFields.flatMap((f) => (item[f] === undefined ? [] : [[f, String(item[f])]])),
            ),
          });
        startKey = out.LastEvaluatedKey;
      } while (startKey);
    }
    return { items, readUnits };
  }
}
