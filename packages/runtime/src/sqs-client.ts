import { SQSClient } from '@aws-sdk/client-sqs';
import { envNames } from './manifest.ts';

/**
 * The SQS client, built once per process. Its own module, so that functions that never touch a
 * queue do not load the SQS SDK at cold start (packages are side-effect free; esbuild drops it).
 */
let sqs: SQSClient | undefined;

export function sqsClient(): SQSClient {
  const endpoint = process.env[envNames.sqsEndpoint];
  sqs ??= new SQSClient(endpoint ? { endpoint } : {});
  return sqs;
}
