import { type EnterpriseEvent, enterpriseEventId } from '@sme/events';
import { diffEnterprise, type StoredEnterprise, tagKeys } from './enterprise.ts';

/** What follows from one stored version of an enterprise: its audit entry, tag index changes and event. */
export interface EnterpriseChangeEffects {
  audit: {
    action: 'enterprise.registered' | 'enterprise.changed';
    changes: Record<string, { from: unknown; to: unknown }>;
  };
  tags: { added: string[]; removed: string[] };
  event: EnterpriseEvent;
}

/** Pure: derives the effects of a change from the old and new images of the stream record. */
export function effectsOfChange(
  before: StoredEnterprise | undefined,
  after: StoredEnterprise,
): EnterpriseChangeEffects {
  const changes = diffEnterprise(before, after);
  const oldTags = new Set(before ? tagKeys(before) : []);
  const newTags = tagKeys(after);
  const summary = {
    name: after.name,
    township: after.township,
    industryCode: after.industryCode,
    entityType: after.entityType,
    status: after.status,
    ...(after.size.sizeClass ? { sizeClass: after.size.sizeClass } : {}),
    ...(after.hasFixedPremises === undefined ? {} : { hasFixedPremises: after.hasFixedPremises }),
    tags: newTags,
  };
  const common = {
    version: 1 as const,
    eventId: enterpriseEventId(after.uscc, after.version),
    occurredAt: after.updatedAt,
    uscc: after.uscc,
    enterpriseVersion: after.version,
    summary,
  };
  return {
    audit: { action: before ? 'enterprise.changed' : 'enterprise.registered', changes },
    tags: {
      added: newTags.filter((t) => !oldTags.has(t)),
      removed: [...oldTags].filter((t) => !newTags.includes(t)),
    },
    event: before
      ? { type: 'EnterpriseChanged', ...common, changedFields: Object.keys(changes) }
      : { type: 'EnterpriseRegistered', ...common },
  };
}
