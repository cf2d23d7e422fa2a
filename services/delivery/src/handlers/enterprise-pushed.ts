import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { enterprisePushedV1 } from '@sme/events';
import { shanghaiDate } from '@sme/kernel';
import { documentClient, sqsConsumer, tableName } from '@sme/runtime';
import { bankNotice } from '../domain/bank-notices.ts';
import { initialPushProgress } from '../domain/push-inbox-state.ts';
import { enqueueDeliveries } from '../use-cases/enqueue-deliveries.ts';
import { enqueueDeps, pushStore } from './composition.ts';
import { deadlinesOf } from './views.ts';

async function isNoLoanHousehold(uscc: string): Promise<boolean> {
  const out = await documentClient().send(
    new GetCommand({ TableName: tableName('delivery-enterprises'), Key: { uscc } }),
  );
  return out.Item?.noLoanHousehold === true;
}

/**
 * EnterprisePushed → the bank's inbox item and a `push.created` notice on its channel. Both steps are
 * idempotent (the push id and the delivery id are the event's), so a redelivered event changes nothing.
 */
export const handler = sqsConsumer(enterprisePushedV1, async (event) => {
  const pushedAt = event.occurredAt;
  const push = {
    pushId: event.pushId,
    batchId: event.batchId,
    uscc: event.uscc,
    bankId: event.bankId,
    pushedAt,
    pushedOn: shanghaiDate(new Date(pushedAt)),
    noLoanHousehold: await isNoLoanHousehold(event.uscc),
    progress: initialPushProgress,
    history: [],
    alerts: [],
    version: 1,
  };
  await pushStore().create(push);
  const stored = (await pushStore().get(event.pushId, true)) ?? push;
  const replyBy = deadlinesOf(stored).find((d) => d.kind === 'no-loan-5-working-days')?.due;
  const notice = bankNotice({
    bankId: event.bankId,
    subject: event.pushId,
    timestamp: pushedAt,
    data: {
      type: 'push.created',
      pushId: event.pushId,
      batchId: event.batchId,
      uscc: event.uscc,
      ...(replyBy ? { replyBy } : {}),
      links: {
        push: `/v1/bank/pushes/${event.pushId}`,
        creditProfile: `/v1/enterprises/${event.uscc}/credit-profile`,
      },
    },
  });
  await enqueueDeliveries(enqueueDeps(), [notice], new Date());
});
