import { enterprisePushedV1 } from '@sme/events';
import { appendAudit, sqsConsumer } from '@sme/runtime';
import { accessStore } from './composition.ts';

/**
 * EnterprisePushed → a read grant for the pushed bank until `creditAccessUntil`. The grant is keyed
 * by push id, so a redelivered event grants (and audits) once.
 */
export const handler = sqsConsumer(enterprisePushedV1, async (event) => {
  const added = await accessStore().addPushGrant({
    pushId: event.pushId,
    batchId: event.batchId,
    uscc: event.uscc,
    bankId: event.bankId,
    validUntil: event.creditAccessUntil,
    grantedAt: event.occurredAt,
  });
  if (!added) return;
  await appendAudit({
    subjectType: 'credit-access',
    subjectId: event.uscc,
    action: 'credit-access.push-granted',
    principal: { clientId: 'service:matching', orgId: 'platform' },
    at: event.occurredAt,
    discriminator: event.pushId,
    detail: { bankId: event.bankId, batchId: event.batchId, until: event.creditAccessUntil },
  });
});
