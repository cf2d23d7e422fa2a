import { enterprisePushedV1 } from '@sme/events';
import { shanghaiDate } from '@sme/kernel';
import { sqsConsumer } from '@sme/runtime';
import { bankNotice } from '../domain/bank-notices.ts';
import type { PushItem } from '../domain/push.ts';
import { initialPushProgress } from '../domain/push-inbox-state.ts';
import { enqueueDeliveries } from '../use-cases/enqueue-deliveries.ts';
import { cardStore, deadlineConfig, enqueueDeps, householdStore, pushStore } from './composition.ts';
import { deadlinesOf } from './views.ts';

/**
 * EnterprisePushed → the push card, the bank's inbox item and a thin `push.created` notice on its
 * channel (ids and links: the bank reads the card through the audited API). Every step is idempotent
 * (the push id and the delivery id are the event's), so a redelivered event changes nothing.
 */
export const handler = sqsConsumer(enterprisePushedV1, async (event) => {
  const pushedAt = event.occurredAt;
  const pushedOn = shanghaiDate(new Date(pushedAt));
  // The card is written first: once the bank hears of the push, its link must lead somewhere.
  if (event.card) await cardStore().put({ pushId: event.pushId, bankId: event.bankId, card: event.card });
  // Without a card (a batch decided before cards existed) the declaration was the application.
  const declarationIsApplication = event.card?.demand.creditApplication ?? true;
  const push: PushItem = {
    pushId: event.pushId,
    batchId: event.batchId,
    uscc: event.uscc,
    bankId: event.bankId,
    pushedAt,
    pushedOn,
    ...(declarationIsApplication ? { applicationOn: pushedOn } : {}),
    creditAccessUntil: event.creditAccessUntil,
    noLoanHousehold: await householdStore().isNoLoanHousehold(event.uscc),
    progress: initialPushProgress,
    history: [],
    alerts: [],
    version: 1,
  };
  await pushStore().create(push);
  const stored = (await pushStore().get(event.pushId, true)) ?? push;
  const reply = deadlinesOf(stored, await deadlineConfig(), pushedOn).find(
    (d) => d.kind === 'no-loan-5-working-days',
  );
  const notice = bankNotice({
    bankId: event.bankId,
    subject: event.pushId,
    timestamp: pushedAt,
    data: {
      type: 'push.created',
      pushId: event.pushId,
      batchId: event.batchId,
      uscc: event.uscc,
      ...(reply ? { replyBy: reply.due, ...(reply.provisional ? { replyByProvisional: true } : {}) } : {}),
      links: {
        push: `/v1/bank/pushes/${event.pushId}`,
        card: `/v1/bank/pushes/${event.pushId}/card`,
        creditProfile: `/v1/enterprises/${event.uscc}/credit-profile`,
      },
    },
  });
  await enqueueDeliveries(enqueueDeps(), [notice], new Date());
});
