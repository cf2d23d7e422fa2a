import { randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '@sme/kernel';

/** An enterprise's consent for one bank to read its credit profile (授权). */
export interface Authorisation {
  authorisationId: string;
  uscc: string;
  bankId: string;
  scope: string[];
  purpose: string;
  validFrom: string;
  validTo: string;
  evidenceRef: string;
  recordedBy: { clientId: string; orgId: string };
  recordedAt: string;
  revokedAt?: string;
  revocationReason?: string;
}

/** A read grant that exists because list matching pushed the enterprise to the bank. */
export interface PushGrant {
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  validUntil: string;
  grantedAt: string;
}

/** Why a bank may (or may not) read a profile today. */
export type Entitlement =
  | { allowed: true; basis: 'authorisation'; id: string }
  | { allowed: true; basis: 'push'; id: string }
  | { allowed: false; reason: string };

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

/** Pure: the first basis valid on `today` (a Shanghai business date), else why none is. */
export function entitlementOn(today: string, auths: Authorisation[], grants: PushGrant[]): Entitlement {
  const auth = auths.find((a) => !a.revokedAt && a.validFrom <= today && today <= a.validTo);
  if (auth) return { allowed: true, basis: 'authorisation', id: auth.authorisationId };
  const grant = grants.find((g) => today <= g.validUntil);
  if (grant) return { allowed: true, basis: 'push', id: grant.pushId };
  if (auths.some((a) => a.revokedAt)) return { allowed: false, reason: 'the authorisation was revoked' };
  if (auths.some((a) => a.validTo < today) || grants.length > 0)
    return { allowed: false, reason: 'the authorisation or push grant has expired' };
  if (auths.some((a) => a.validFrom > today))
    return { allowed: false, reason: 'the authorisation is not valid yet' };
  return { allowed: false, reason: 'no authorisation from the enterprise and no push to this bank' };
}

/** Adapter for the `credit-access` table (access patterns in the credit manifest). */
export class DynamoDbCreditAccessStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async entitlement(uscc: string, bankId: string, today: string): Promise<Entitlement> {
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'uscc = :u AND begins_with(sk, :b)',
        ExpressionAttributeValues: { ':u': uscc, ':b': `BANK#${bankId}#` },
        ConsistentRead: true,
      }),
    );
    const items = out.Items ?? [];
    const auths = items.filter((i) => i.kind === 'authorisation') as unknown as Authorisation[];
    const grants = items.filter((i) => i.kind === 'push-grant') as unknown as PushGrant[];
    return entitlementOn(today, auths, grants);
  }

  async addAuthorisation(a: Authorisation): Promise<void> {
    await this.#db.send(
      new PutCommand({
        TableName: this.#table,
        Item: { sk: authSk(a.bankId, a.authorisationId), kind: 'authorisation', ...a },
        ConditionExpression: 'attribute_not_exists(uscc)',
      }),
    );
  }

  async getAuthorisation(id: string): Promise<Authorisation | undefined> {
    const key = parseAuthorisationId(id);
    if (!key) return undefined;
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { uscc: key.uscc, sk: authSk(key.bankId, id) } }),
    );
    if (!out.Item) return undefined;
    const { sk: _sk, kind: _kind, ...auth } = out.Item;
    return auth as Authorisation;
  }

  /** Revokes once; a second revocation keeps the first time and reason. */
  async revokeAuthorisation(id: string, reason: string, now: string): Promise<Authorisation> {
    const key = parseAuthorisationId(id);
    if (!key) throw new NotFoundError(`No authorisation ${id}`);
    try {
      const out = await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: { uscc: key.uscc, sk: authSk(key.bankId, id) },
          UpdateExpression:
            'SET revokedAt = if_not_exists(revokedAt, :now), revocationReason = if_not_exists(revocationReason, :r)',
          ConditionExpression: 'attribute_exists(uscc)',
          ExpressionAttributeValues: { ':now': now, ':r': reason },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const { sk: _sk, kind: _kind, ...auth } = out.Attributes ?? {};
      return auth as Authorisation;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new NotFoundError(`No authorisation ${id}`);
      throw error;
    }
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
