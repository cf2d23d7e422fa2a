import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { PushCard } from '@sme/events';

/** The card as pushed: kept beside (not inside) the inbox item, so the bank's inbox index stays small. */
export interface StoredCard {
  pushId: string;
  bankId: string;
  card: PushCard;
}

/** Adapter for `delivery-push-cards`. */
export class DynamoDbCardStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  /** Idempotent: a redelivered EnterprisePushed writes the same card again. */
  async put(card: StoredCard): Promise<void> {
    await this.#db.send(new PutCommand({ TableName: this.#table, Item: card }));
  }

  async get(pushId: string): Promise<StoredCard | undefined> {
    const out = await this.#db.send(new GetCommand({ TableName: this.#table, Key: { pushId } }));
    return out.Item as StoredCard | undefined;
  }
}
