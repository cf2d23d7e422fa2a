import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SQSClient } from '@aws-sdk/client-sqs';

/** Emulators accept any credentials; fixed ones keep the SDK from searching the machine for real ones. */
const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** SDK clients pointed at the local emulators, configured as the local stack's handlers see them. */
export const localClients = {
  dynamodb: (endpoint: string, region = 'us-east-1') =>
    new DynamoDBClient({ endpoint, region, credentials: localCredentials }),
  streams: (endpoint: string, region = 'us-east-1') =>
    new DynamoDBStreamsClient({ endpoint, region, credentials: localCredentials }),
  sqs: (endpoint: string, region = 'us-east-1') =>
    new SQSClient({ endpoint, region, credentials: localCredentials }),
};
