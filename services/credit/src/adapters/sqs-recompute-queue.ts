import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { RecomputeQueue, RecomputeRequest } from '../use-cases/ports.ts';

/** The `credit-recompute` queue: one message per request, sent ten to a call. */
export class SqsRecomputeQueue implements RecomputeQueue {
  readonly #sqs: SQSClient;
  readonly #url: string;
  constructor(sqs: SQSClient, url: string) {
    this.#sqs = sqs;
    this.#url = url;
  }

  async request(requests: RecomputeRequest[]): Promise<void> {
    for (let i = 0; i < requests.length; i += 10) {
      const out = await this.#sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: this.#url,
          Entries: requests
            .slice(i, i + 10)
            .map((r, j) => ({ Id: String(j), MessageBody: JSON.stringify(r) })),
        }),
      );
      // A batch send answers 200 with per-entry failures: a dropped entry is a profile never recomputed.
      // Throwing fails the caller's message or stream batch, which is retried.
      if (out.Failed?.length) {
        throw new Error(
          `Could not queue ${out.Failed.length} profile recompute(s): ${out.Failed.map((f) => f.Code).join(', ')}`,
        );
      }
    }
  }
}
