import { enterpriseEvent } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { householdStore } from './composition.ts';

/** Registry events → the no-loan household flag, replaced only by a newer enterprise version. */
export const handler = sqsConsumer(enterpriseEvent, async (event) => {
  await householdStore().putIfNewer({
    uscc: event.uscc,
    enterpriseVersion: event.enterpriseVersion,
    noLoanHousehold: event.summary.tags.includes('no-loan-household'),
  });
});
