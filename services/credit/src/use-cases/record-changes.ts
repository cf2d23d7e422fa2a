import type { AuditEntry } from '@sme/runtime';
import { collapseRequests, type RecordChange, requestsOf } from '../domain/recompute-batch.ts';
import type { AuditLog, RecomputeQueue, WriteOrigin } from './ports.ts';

/** A new version of a record, with who wrote it (the item's `origin`). */
export interface OriginatedChange extends RecordChange {
  origin?: WriteOrigin;
}

/** The audit entry of one version, keyed by the version, so a redelivery appends nothing twice. */
export function auditEntryOf({ before, after, origin }: OriginatedChange): AuditEntry {
  return {
    subjectType: 'credit-record',
    subjectId: `${after.sourceAgencyId}/${after.sourceRecordId}`,
    action:
      after.status === 'revoked'
        ? 'credit-record.revoked'
        : before
          ? 'credit-record.corrected'
          : 'credit-record.created',
    principal: { clientId: origin?.clientId ?? 'unknown', orgId: origin?.orgId ?? after.sourceAgencyId },
    at: after.updatedAt,
    discriminator: `v${after.version}`,
    detail: {
      origin,
      uscc: after.uscc,
      category: after.category,
      version: after.version,
      ...(before && before.uscc !== after.uscc ? { movedFrom: before.uscc } : {}),
    },
  };
}

/**
 * A batch of the record stream: one audit entry per version, then one recompute request per
 * enterprise the batch touched (both enterprises of a record moved to another USCC), naming the
 * records that changed. The audit is idempotent and a recompute of an unchanged enterprise changes
 * nothing, so the caller may apply a failed batch again.
 */
export async function handleRecordChanges(
  changes: readonly OriginatedChange[],
  deps: { audit: AuditLog; recompute: RecomputeQueue },
): Promise<{ audited: number; recomputes: number }> {
  await deps.audit.append(changes.map(auditEntryOf));
  const requests = collapseRequests(changes.flatMap(requestsOf));
  if (requests.length > 0) await deps.recompute.request(requests);
  return { audited: changes.length, recomputes: requests.length };
}
