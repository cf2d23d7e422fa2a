import { randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from '@sme/runtime';
import {
  type Authorisation,
  type ConsentState,
  type Entitlement,
  entitlementOn,
  fromStoredAuthorisation,
  type PushGrant,
} from '../domain/consent.ts';

export type { Authorisation, Entitlement, PushGrant };

const authSk = (bankId: string, id: string) => `BANK#${bankId}#AUTH#${id}`;
const pushSk = (bankId: string, pushId: string) => `BANK#${bankId}#PUSH#${pushId}`;

/** `au.<uscc>.<bank>.<random>`: the id names its partition, so revocation needs no index. */
export function newAuthorisationId(uscc: string, bankId: string): string {
  return `au.${uscc}.${bankId}.${randomBytes(6).toString('hex')}`;
}

function parseAuthorisationId(id: string): { uscc: string; bankId: string } | undefined {
  const match = /^au\.([0-9A-Z]{18})\.([a-z0-9-]+)\.[0-9a-f]{12}$/.exec(id);
  return match?.[1] && match[2] ? { uscc: match[1], bankId: match[2] } : undefined;
}

/** Adapter for the `credit-access` table (access patterns in the credit manifest). */
export class DynamoDbCreditAccessStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async entitlement(uscc: string, bankId: string, today: string, purpose: string): Promise<Entitlement> {
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'uscc = :u AND begins_with(sk, :b)',
        ExpressionAttributeValues: { ':u': uscc, ':b': `BANK#${bankId}#` },
        ConsistentRead: true,
      }),
    );
    const items = out.Items ?? [];
    const auths = items.filter((i) => i.kind === 'authorisation').map(fromStoredAuthorisation);
    const grants = items.filter((i) => i.kind === 'push-grant') as unknown as PushGrant[];
    return entitlementOn(today, purpose, auths, grants);
  }

  async addAuthorisation(a: Authorisation): Promise<void> {
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: this.#item(a),
        ConditionExpression: 'attribute_not_exists(uscc)',
      }),
    );
  }

  async getAuthorisation(id: string): Promise<Authorisation | undefined> {
    const key = parseAuthorisationId(id);
    if (!key) return undefined;
    const out = await this.#db.send(
      new GetCommand({
        TableName: this.#table,
        Key: { uscc: key.uscc, sk: authSk(key.bankId, id) },
        ConsistentRead: true,
      }),
    );
    return out.Item?.kind === 'authorisation' ? fromStoredAuthorisation(out.Item) : undefined;
  }

  /**
   * Writes a transition decided in the domain, on condition that the state is still the one it was
   * decided from (two staff confirming and revoking at once: one wins, the other gets a conflict).
   */
  async saveTransition(next: Authorisation, from: ConsentState): Promise<boolean> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: this.#item(next),
          ConditionExpression: from === 'pending' ? '#s = :from OR attribute_not_exists(#s)' : '#s = :from',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':from': from },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /**
   * Authorisations in `state`, newest first; `bankId` and `townships` narrow by filter (a page may then
   * hold fewer than `limit`, with a cursor to go on).
   */
  async list(
    state: ConsentState,
    scope: { bankId?: string; townships?: string[] },
    limit: number,
    cursor?: string,
  ): Promise<{ items: Authorisation[]; nextCursor?: string }> {
    const filter = `${state}|${scope.bankId ?? ''}|${scope.townships?.join(',') ?? ''}`;
    const start = decodeCursor(filter, cursor);
    const townships = scope.townships ?? [];
    if (scope.townships?.length === 0) return { items: [] };
    const conditions = [
      ...(scope.bankId ? ['bankId = :b'] : []),
      ...(townships.length > 0 ? [`township IN (${townships.map((_, i) => `:t${i}`).join(', ')})`] : []),
    ];
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byState',
        KeyConditionExpression: '#s = :s',
        ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: {
          ':s': state,
          ...(scope.bankId ? { ':b': scope.bankId } : {}),
          ...Object.fromEntries(townships.map((t, i) => [`:t${i}`, t])),
        },
        ScanIndexForward: false,
        Limit: limit,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    const next = encodeCursor(filter, out.LastEvaluatedKey);
    return { items: (out.Items ?? []).map(fromStoredAuthorisation), ...(next ? { nextCursor: next } : {}) };
  }

  /** Every authorisation of one enterprise (all banks), newest first. */
  async ofEnterprise(uscc: string): Promise<Authorisation[]> {
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'uscc = :u AND begins_with(sk, :b)',
        FilterExpression: 'kind = :k',
        ExpressionAttributeValues: { ':u': uscc, ':b': 'BANK#', ':k': 'authorisation' },
      }),
    );
    return (out.Items ?? [])
      .map(fromStoredAuthorisation)
      .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  }

  #item(a: Authorisation) {
    return {
      ...a,
      sk: authSk(a.bankId, a.authorisationId),
      kind: 'authorisation',
      stateSk: `${a.recordedAt}#${a.authorisationId}`,
    };
  }

  /** Idempotent: the same push grants once, whatever the redeliveries. */
  async addPushGrant(g: PushGrant): Promise<boolean> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: { sk: pushSk(g.bankId, g.pushId), kind: 'push-grant', ...g },
          ConditionExpression: 'attribute_not_exists(uscc)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
