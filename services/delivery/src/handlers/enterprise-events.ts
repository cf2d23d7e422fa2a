import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { enterpriseEvent } from '@sme/events';
import { documentClient, sqsConsumer, tableName } from '@sme/runtime';

/** Registry events → the no-loan household flag, replaced only by a newer enterprise version. */
export const handler = sqsConsumer(enterpriseEvent, async (event) => {
  try {
    await documentClient().send(
      new PutCommand({
        TableName: tableName('delivery-enterprises'),
        Item: {
          uscc: event.uscc,
          enterpriseVersion: event.enterpriseVersion,
          noLoanHousehold: event.summary.tags.includes('no-loan-household'),
        },
        ConditionExpression: 'attribute_not_exists(uscc) OR enterpriseVersion < :v',
        ExpressionAttributeValues: { ':v': event.enterpriseVersion },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
});
