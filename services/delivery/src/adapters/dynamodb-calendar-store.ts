import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { HolidayYear } from '@sme/kernel';
import { queryAll } from '@sme/runtime';

/** A year as ops loaded it: the notice's dates, who loaded them and when. */
export interface LoadedHolidayYear extends HolidayYear {
  year: string;
  loadedAt: string;
  loadedBy: { clientId: string; orgId: string };
  version: number;
}

const pk = 'HOLIDAY-YEARS';

/**
 * Adapter for the platform's `holiday-calendar` table: one item per loaded year under one partition,
 * so every function reads the whole calendar (a few dozen items at most) in one Query.
 */
export class DynamoDbCalendarStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async years(): Promise<LoadedHolidayYear[]> {
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    });
    return items.map(({ pk: _pk, sk: _sk, ...year }) => year as unknown as LoadedHolidayYear);
  }

  async put(year: LoadedHolidayYear): Promise<void> {
    await this.#db.send(new PutCommand({ TableName: this.#table, Item: { pk, sk: year.year, ...year } }));
  }
}
