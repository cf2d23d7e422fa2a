import { pushCardV1 } from '@sme/events';
import { ForbiddenError, NotFoundError, shanghaiDate } from '@sme/kernel';
import { appendAudit, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { cardStore, deadlineConfig, pushStore } from './composition.ts';
import { deadlinesOf } from './views.ts';

/**
 * GET /v1/bank/pushes/{pushId}/card?purpose=: the push card for the pushed bank, while its push grant
 * lasts. Every answer is audited before it is sent — a read with its purpose, a refusal with why — so
 * the trail shows who looked at an enterprise's contact and demand, and who tried.
 */
export const getPushCard: RouteFunction<typeof routes.getPushCard> = async (request) => {
  const { pushId } = request.params;
  const { purpose } = request.query;
  const now = new Date();
  const today = shanghaiDate(now);
  const audit = (action: string, detail: Record<string, unknown>) =>
    appendAudit({
      subjectType: 'push-card',
      subjectId: pushId,
      action,
      principal: request.principal,
      at: now.toISOString(),
      discriminator: request.requestId,
      purpose,
      detail,
    });
  const push = await pushStore().get(pushId, true);
  if (!push || push.bankId !== request.principal.orgId) {
    await audit('push-card.read-refused', { reason: 'not-pushed-to-caller' });
    throw new NotFoundError(`No push ${pushId}`);
  }
  if (push.creditAccessUntil !== undefined && today > push.creditAccessUntil) {
    await audit('push-card.read-refused', {
      reason: 'grant-ended',
      uscc: push.uscc,
      until: push.creditAccessUntil,
    });
    throw new ForbiddenError(`The push grant for ${pushId} ended on ${push.creditAccessUntil}`);
  }
  const [stored, deadlines] = await Promise.all([cardStore().get(pushId), deadlineConfig()]);
  if (!stored) throw new NotFoundError(`Push ${pushId} was made before push cards existed; it has no card`);
  await audit('push-card.read', { uscc: push.uscc });
  const running = deadlinesOf(push, deadlines, today);
  return {
    status: 200,
    body: {
      pushId,
      batchId: push.batchId,
      bankId: push.bankId,
      pushedAt: push.pushedAt,
      status: push.progress.status,
      ...(push.creditAccessUntil ? { creditAccessUntil: push.creditAccessUntil } : {}),
      // Through the contract: the fields in its documented order, whatever order the table kept.
      card: pushCardV1.parse(stored.card),
      deadlines: running,
      overdue: running.some((d) => d.overdue),
      links: {
        push: `/v1/bank/pushes/${pushId}`,
        progress: `/v1/bank/pushes/${pushId}/progress`,
        creditProfile: `/v1/enterprises/${push.uscc}/credit-profile`,
      },
    },
  };
};

export const handler = httpHandler(routes.getPushCard, getPushCard);
