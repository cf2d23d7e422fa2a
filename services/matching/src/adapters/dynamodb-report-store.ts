import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, queryAll } from '@sme/runtime';
import type { DeclarationReportRow, LoanReportRow, UpperLevelFigures } from '../domain/upper-level-export.ts';
import type { ReportStore } from '../use-cases/ports.ts';

/** Largest gzip part of an archived export: well under DynamoDB's 400 KB item limit. */
const partBytes = 300 * 1024;

/**
 * Adapter for `matching-reports`: the rows of the upper-level export filed by month, and the archived
 * exports. pk `DECLARED#<yyyy-mm>` / `RECOMMENDED#<yyyy-mm>` sk `<declarationId>` (the latest version:
 * a write is conditioned on an older or absent version); pk `LOAN#<yyyy-mm>` sk `<pushId>#<seq>`;
 * pk `EXPORT#<yyyy-mm>` sk `HEAD` and `PART#<4 digits>` (the figures as gzip JSON in parts).
 */
export class DynamoDbReportStore implements ReportStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  /** Files the row under the list's month unless a newer version is there already; true when written. */
  async putDeclarationRow(list: 'DECLARED' | 'RECOMMENDED', month: string, row: DeclarationReportRow) {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { pk: `${list}#${month}`, sk: row.declarationId, version: row.version, row },
          ConditionExpression: 'attribute_not_exists(pk) OR version < :v',
          ExpressionAttributeValues: { ':v': row.version },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** A loan is one bank step: a redelivered step is the same key and the same content. */
  async putLoan(row: LoanReportRow): Promise<void> {
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: { pk: `LOAN#${row.approvedOn.slice(0, 7)}`, sk: `${row.pushId}#${row.seq}`, row },
      }),
    );
  }

  async monthRows(month: string): Promise<Omit<UpperLevelFigures, 'month' | 'generatedAt'>> {
    const rows = async <T>(pk: string) =>
      (
        await queryAll(this.#db, {
          TableName: this.#table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
        })
      ).map((item) => item.row as T);
    const [declarations, recommendations, loans] = await Promise.all([
      rows<DeclarationReportRow>(`DECLARED#${month}`),
      rows<DeclarationReportRow>(`RECOMMENDED#${month}`),
      rows<LoanReportRow>(`LOAN#${month}`),
    ]);
    return { declarations, recommendations, loans };
  }

  /**
   * Archives the figures of a month's export, replacing an earlier archive of it: the parts first, the
   * head (which names how many parts to read and when) last, so a reader never sees a head without its parts.
   */
  async archive(figures: UpperLevelFigures): Promise<void> {
    const zipped = gzipSync(JSON.stringify(figures));
    const parts: Uint8Array[] = [];
    for (let at = 0; at < zipped.length; at += partBytes) parts.push(zipped.subarray(at, at + partBytes));
    const stamp = figures.generatedAt;
    for (const [i, data] of parts.entries()) {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { pk: `EXPORT#${figures.month}`, sk: `PART#${stamp}#${String(i).padStart(4, '0')}`, data },
        }),
      );
    }
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: {
          pk: `EXPORT#${figures.month}`,
          sk: 'HEAD',
          generatedAt: stamp,
          parts: parts.length,
          rows: {
            declarations: figures.declarations.length,
            recommendations: figures.recommendations.length,
            loans: figures.loans.length,
          },
        },
      }),
    );
  }

  /** The archived figures of the month, or undefined when it was never archived. */
  async archived(month: string): Promise<UpperLevelFigures | undefined> {
    const head = (
      await this.#db.send(
        new GetCommand({
          TableName: this.#table,
          Key: { pk: `EXPORT#${month}`, sk: 'HEAD' },
          ConsistentRead: true,
        }),
      )
    ).Item;
    if (!head) return undefined;
    const keys = Array.from({ length: Number(head.parts) }, (_, i) => ({
      pk: `EXPORT#${month}`,
      sk: `PART#${head.generatedAt}#${String(i).padStart(4, '0')}`,
    }));
    const items = await batchGetAll(this.#db, this.#table, keys);
    const bySk = new Map(items.map((item) => [item.sk as string, item.data as Uint8Array]));
    const zipped = Buffer.concat(keys.map((k) => bySk.get(k.sk) ?? new Uint8Array()));
    return JSON.parse(gunzipSync(zipped).toString('utf8')) as UpperLevelFigures;
  }
}
