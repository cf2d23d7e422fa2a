import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { blacklistEntryChangedV1, blacklistEntryEventId, intermediaryHitChangedV1 } from '@sme/events';
import { appendAudit, publish, streamConsumer, type VersionChange } from '@sme/runtime';
import type { DynamoDBRecord, AttributeValue as LambdaAttributeValue } from 'aws-lambda';
import { hitFromItem } from '../adapters/dynamodb-entry-store.ts';
import { type BlacklistEntry, listed } from '../domain/entry.ts';
import { rekeyedAction } from '../domain/rekey.ts';
import { entryStore } from './composition.ts';

const image = (raw: Record<string, LambdaAttributeValue> | undefined) =>
  raw ? unmarshall(raw as Record<string, AttributeValue>) : undefined;

/** What a listing change means to the banks: newly listed, changed while listed, or taken off. */
export function listingChange(
  before: Pick<BlacklistEntry, 'state'> | undefined,
  after: Pick<BlacklistEntry, 'state'>,
): 'confirmed' | 'updated' | 'revoked' | undefined {
  const was = before !== undefined && listed(before);
  const is = listed(after);
  if (!was && is) return 'confirmed';
  if (was && !is) return 'revoked';
  if (was && is) return 'updated';
  return undefined;
}

async function onEntry(before: Record<string, unknown> | undefined, after: Record<string, unknown>) {
  if (before?.version === after.version) return;
  const entry = after.entry as BlacklistEntry;
  const previous = before?.entry as BlacklistEntry | undefined;
  const change = after.lastChange as VersionChange;
  await appendAudit({
    subjectType: 'blacklist-entry',
    subjectId: entry.entryId,
    action: change.action,
    principal: { clientId: change.clientId, orgId: change.orgId },
    at: change.at,
    discriminator: `v${entry.version}`,
    detail: {
      cause: change.cause,
      version: entry.version,
      state: entry.state,
      ...(previous && previous.state !== entry.state ? { from: previous.state } : {}),
      ...change.detail,
    },
  });
  // A re-keyed version changes only hashes: audited, but banks are told nothing (nothing they see changed).
  const status = change.action === rekeyedAction ? undefined : listingChange(previous, entry);
  if (status) {
    await publish('blacklist-entries', [
      blacklistEntryChangedV1.parse({
        type: 'BlacklistEntryChanged',
        version: 1,
        eventId: blacklistEntryEventId(entry.entryId, entry.version),
        occurredAt: change.at,
        entryId: entry.entryId,
        entryVersion: entry.version,
        status,
      }),
    ]);
  }
  const cause = { ...change, cause: `${entry.entryId}:v${entry.version}`, detail: undefined };
  if (listed(entry)) {
    for (const uscc of entry.enterprises) {
      await entryStore().ensureHit(entry.entryId, uscc, 'report', {
        ...cause,
        action: 'intermediary-hit.reported',
      });
    }
  } else if (status === 'revoked') {
    await entryStore().revokeHits(entry.entryId, { ...cause, action: 'intermediary-hit.revoked' });
  }
}

async function onHit(before: Record<string, unknown> | undefined, after: Record<string, unknown>) {
  if (before?.version === after.version) return;
  const hit = hitFromItem(after);
  const previous = before ? hitFromItem(before) : undefined;
  const change = after.lastChange as VersionChange;
  await appendAudit({
    subjectType: 'intermediary-hit',
    subjectId: `${hit.entryId}/${hit.uscc}`,
    action: previous?.state === hit.state ? 'intermediary-hit.source-added' : `intermediary-hit.${hit.state}`,
    principal: { clientId: change.clientId, orgId: change.orgId },
    at: change.at,
    discriminator: `v${hit.version}`,
    detail: { cause: change.cause, state: hit.state, sources: hit.sources },
  });
  if (previous?.state === hit.state) return;
  await publish('intermediary-hits', [
    intermediaryHitChangedV1.parse({
      type: 'IntermediaryHitChanged',
      version: 1,
      eventId: `intermediary-hit:${hit.entryId}:${hit.uscc}:v${hit.version}`,
      occurredAt: hit.updatedAt,
      uscc: hit.uscc,
      entryId: hit.entryId,
      status: hit.state,
    }),
  ]);
}

/**
 * Stream consumer of blacklist-entries, the outbox of the service: per entry version an audit entry
 * and, when the listing changed, BlacklistEntryChanged (delivery tells every bank); a listed entry's
 * enterprises are tied to it, a revoked one's ties are ended; per hit version an audit entry and,
 * when its state changed, IntermediaryHitChanged (list matching holds the enterprise back). Every
 * effect is keyed by a version, so a redelivered record repeats nothing.
 */
export async function onEntryRecord(record: DynamoDBRecord): Promise<void> {
  if (record.eventName === 'REMOVE') return;
  const sk = record.dynamodb?.Keys?.sk?.S ?? '';
  const after = image(record.dynamodb?.NewImage);
  if (!after) return;
  const before = image(record.dynamodb?.OldImage);
  if (sk === 'ENTRY') await onEntry(before, after);
  else if (sk.startsWith('HIT#')) await onHit(before, after);
}

export const handler = streamConsumer(onEntryRecord);
