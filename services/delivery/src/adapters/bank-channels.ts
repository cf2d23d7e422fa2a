import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { bankQueueUrl, sqsClient } from '@sme/runtime';
import type { AttemptOutcome } from '../domain/delivery-record.ts';
import type { WebhookHeaders } from '../domain/webhook-signature.ts';

/**
 * Puts a notice on the bank's own inbox queue. The delivery id travels as a message attribute and in
 * the body, so the bank de-duplicates whatever SQS redelivers.
 */
export async function sendToBankQueue(
  bankId: string,
  deliveryId: string,
  body: string,
): Promise<AttemptOutcome> {
  await sqsClient().send(
    new SendMessageCommand({
      QueueUrl: bankQueueUrl(bankId),
      MessageBody: body,
      MessageAttributes: { deliveryId: { DataType: 'String', StringValue: deliveryId } },
    }),
  );
  return { result: 200 };
}

/**
 * One signed POST. Redirects are not followed (a signed body goes only to the registered URL); a
 * request over `timeoutMs` counts as a failed attempt, like a network error.
 */
export async function postWebhook(
  url: string,
  headers: WebhookHeaders,
  body: string,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'sme-platform-webhooks/1', ...headers },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The body is not needed; drain it so the connection is reused.
    await response.arrayBuffer().catch(() => undefined);
    const retryAfter = response.headers.get('retry-after') ?? undefined;
    return { result: response.status, ...(retryAfter ? { retryAfter } : {}) };
  } catch (error) {
    const name = (error as { name?: string }).name;
    return { result: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network-error' };
  }
}
