import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '@sme/kernel';
import { documentClient } from './aws.ts';
import { tableName } from './env.ts';

/**
 * One append-only audit entry. Writes are audited from the table streams (the written item carries
 * who and why, so the entry is derived exactly once per version); reads of sensitive data are audited
 * synchronously before the data is returned.
 */
/**
 * Who made a change to a versioned item and why, stored on the item: the table's stream consumer turns
 * it into the audit entry of that version.
 */
export interface VersionChange {
  action: string;
  clientId: string;
  orgId: string;
  at: string;
  /** Request id, batch or screening id, or the event behind the change. */
  cause: string;
  detail?: Record<string, unknown>;
}

export interface AuditEntry {
  subjectType: string;
  subjectId: string;
  action: string;
  principal: Pick<Principal, 'clientId' | 'orgId' | 'person'> & { role?: string };
  /** ISO instant of the audited act. */
  at: string;
  /** Makes the key unique and replays idempotent: the request id, or `v<version>` for a stream-derived write. */
  discriminator: string;
  purpose?: string;
  changes?: Record<string, { from: unknown; to: unknown }>;
  detail?: Record<string, unknown>;
}

/**
 * DynamoDB caps a partition key at 2,048 bytes; a refused request can name any subject (a 5,000-character
 * path segment). Longer ids are keyed by a prefix and their SHA-256, so the refusal is still recorded.
 */
const maxSubjectIdBytes = 512;

function subjectKey(subjectId: string): string {
  if (Buffer.byteLength(subjectId, 'utf8') <= maxSubjectIdBytes) return subjectId;
  return `${subjectId.slice(0, 64)}…sha256:${createHash('sha256').update(subjectId).digest('hex')}`;
}

export function auditItem(entry: AuditEntry) {
  return {
    pk: `${entry.subjectType}#${subjectKey(entry.subjectId)}`,
    sk: `${entry.at}#${entry.discriminator}`,
    clientId: entry.principal.clientId,
    orgId: entry.principal.orgId,
    role: entry.principal.role,
    // A person (OpenID Connect) is named beside the organisation; clientId is then `person:<subject>`.
    person: entry.principal.person,
    action: entry.action,
    at: entry.at,
    purpose: entry.purpose,
    changes: entry.changes,
    detail: entry.detail,
  };
}

/** Appends an entry; a replay of the same entry (same key) is a no-op, never an overwrite. */
export async function appendAudit(entry: AuditEntry): Promise<void> {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName('audit'),
        Item: auditItem(entry),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** Conditional puts of one batch in flight at once. */
const auditConcurrency = 16;

/**
 * Appends many entries with the guarantee of `appendAudit` (a replayed entry is a no-op, never an
 * overwrite): one conditional PutItem each, up to 16 in flight, so a stream batch's entries cost one
 * round trip's latency rather than one each. Not a TransactWriteItems of puts: that would save
 * requests but cost twice the write units on the platform's busiest table; nor a BatchWriteItem,
 * which cannot carry the condition.
 */
export async function appendAuditEntries(
  entries: AuditEntry[],
  db?: Pick<DynamoDBDocumentClient, 'send'>,
  table?: string,
): Promise<void> {
  if (entries.length === 0) return;
  const client = db ?? documentClient();
  const auditTable = table ?? tableName('audit');
  // One put per key: equal keys are one entry.
  const items = [...new Map(entries.map((e) => auditItem(e)).map((i) => [`${i.pk}\n${i.sk}`, i])).values()];
  let next = 0;
  const worker = async () => {
    for (let item = items[next++]; item; item = items[next++]) {
      try {
        await client.send(
          new PutCommand({
            TableName: auditTable,
            Item: item,
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(auditConcurrency, items.length) }, worker));
}

/**
 * Writes a new item and its audit entry in one transaction, each only if absent, so an item never exists
 * without its entry (a write-once record audited where it is written, not from a stream). False when
 * either key exists already: the same request retried, or a concurrent writer won.
 */
export async function putOnceWithAudit(
  db: Pick<DynamoDBDocumentClient, 'send'>,
  put: { table: string; item: Record<string, unknown>; auditTable: string; audit: AuditEntry },
): Promise<boolean> {
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: put.table, Item: put.item, ConditionExpression: 'attribute_not_exists(pk)' } },
          {
            Put: {
              TableName: put.auditTable,
              Item: auditItem(put.audit),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceledException || error instanceof ConditionalCheckFailedException)
      return false;
    throw error;
  }
}
