import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { envNames } from './manifest.ts';

/**
 * SDK clients, built once per process (module scope is the composition root). Local runs point
 * them at DynamoDB Local and fauxqs through the endpoint env vars; deployed functions leave those unset.
 */
let dynamo: DynamoDBClient | undefined;
let documents: DynamoDBDocumentClient | undefined;
let sqs: SQSClient | undefined;

export function dynamoClient(): DynamoDBClient {
  const endpoint = process.env[envNames.dynamoEndpoint];
  dynamo ??= new DynamoDBClient(endpoint ? { endpoint, maxAttempts: 3 } : { maxAttempts: 3 });
  return dynamo;
}

export function documentClient(): DynamoDBDocumentClient {
  documents ??= DynamoDBDocumentClient.from(dynamoClient(), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return documents;
}

export function sqsClient(): SQSClient {
  const endpoint = process.env[envNames.sqsEndpoint];
  sqs ??= new SQSClient(endpoint ? { endpoint } : {});
  return sqs;
}
