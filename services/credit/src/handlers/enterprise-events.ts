import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { enterpriseEvent } from '@sme/events';
import { queueUrl, sqsClient, sqsConsumer } from '@sme/runtime';
import { profileStore } from './composition.ts';

/**
 * Registry events: the enterprise now exists (records held for it are attached) or changed
 * township. Records what credit needs of the registry, then asks for a re-evaluation.
 */
export const handler = sqsConsumer(enterpriseEvent, async (event) => {
  await profileStore().markRegistered(event.uscc, event.summary.township);
  await sqsClient().send(
    new SendMessageCommand({
      QueueUrl: queueUrl('credit-recompute'),
      MessageBody: JSON.stringify({ uscc: event.uscc, reason: event.type }),
    }),
  );
});
