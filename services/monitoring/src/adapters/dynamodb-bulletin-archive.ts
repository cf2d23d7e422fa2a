import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Bulletin } from '../domain/bulletin.ts';
import type { BulletinArchive } from '../use-cases/ports.ts';

/**
 * Adapter for `monitoring-bulletins`: one item per week, the bulletin as a JSON string (a document
 * read whole, never queried inside; a string keeps empty lists and key order as generated).
 */
export class DynamoDbBulletinArchive implements BulletinArchive {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  /** Overwrites the week's bulletin: generating a week again replaces it under the same id. */
  async put(bulletin: Bulletin): Promise<void> {
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: {
          weekStart: bulletin.weekStart,
          generatedAt: bulletin.generatedAt,
          body: JSON.stringify(bulletin),
        },
      }),
    );
  }

  async get(weekStart: string): Promise<Bulletin | undefined> {
    const out = await this.#db.send(new GetCommand({ TableName: this.#table, Key: { weekStart } }));
    return typeof out.Item?.body === 'string' ? (JSON.parse(out.Item.body) as Bulletin) : undefined;
  }
}
