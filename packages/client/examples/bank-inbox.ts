/**
 * A bank's inbox worker, as a bank would write it against the platform (README "For banks"):
 * receive notices from the bank's own SQS queue, de-duplicate on the notice `id` (delivery is at least
 * once), read the push card through the API (audited, with a purpose), report `contacted` with an
 * Idempotency-Key, and delete the message only once all that succeeded — so a crash re-delivers it.
 *
 * Run it against the local stack (`./dev start` first):
 *   ./dev node packages/client/examples/bank-inbox.ts bank-gs
 * Deployed, the queue URL is `<city>-bank-<bankId>` in the city's account and the base URL is the
 * stack's `Url` output: set SME_BASE_URL, SME_API_KEY, SME_QUEUE_URL and AWS credentials instead.
 */
import { readFileSync } from 'node:fs';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Client } from 'openapi-fetch';
import { type paths, platformClient } from '../src/index.ts';

export interface Notice {
  id: string;
  type: string;
  timestamp: string;
  data: { pushId?: string; [key: string]: unknown };
}

export interface InboxResult {
  handled: { noticeId: string; pushId: string; enterprise: string }[];
  duplicates: string[];
}

/** One pass over the queue: every message received is handled (or found a duplicate) and deleted. */
export async function processInbox(args: {
  api: Client<paths>;
  sqs: SQSClient;
  queueUrl: string;
  /** Notice ids already applied; a real bank keeps these in its database. */
  seen: Set<string>;
  today: string;
}): Promise<InboxResult> {
  const result: InboxResult = { handled: [], duplicates: [] };
  for (;;) {
    const { Messages = [] } = await args.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: args.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    if (Messages.length === 0) return result;
    for (const message of Messages) {
      const notice = JSON.parse(message.Body ?? '{}') as Notice;
      if (args.seen.has(notice.id)) result.duplicates.push(notice.id);
      else if (notice.type === 'push.created' && notice.data.pushId) {
        const pushId = notice.data.pushId;
        const card = await args.api.GET('/v1/bank/pushes/{pushId}/card', {
          params: { path: { pushId }, query: { purpose: 'contact-enterprise' } },
        });
        if (!card.data) throw new Error(`card of ${pushId}: ${card.response.status}`);
        const progress = await args.api.POST('/v1/bank/pushes/{pushId}/progress', {
          params: { path: { pushId }, header: { 'Idempotency-Key': `contacted-${notice.id}` } },
          body: { type: 'contacted', contactedOn: args.today, note: '客户经理已电话联系企业' },
        });
        if (!progress.response.ok) throw new Error(`progress of ${pushId}: ${progress.response.status}`);
        result.handled.push({ noticeId: notice.id, pushId, enterprise: card.data.card.enterprise.name });
      }
      args.seen.add(notice.id);
      await args.sqs.send(
        new DeleteMessageCommand({ QueueUrl: args.queueUrl, ReceiptHandle: message.ReceiptHandle }),
      );
    }
  }
}

if (import.meta.main) {
  const bankId = process.argv[2] ?? 'bank-gs';
  const local = process.env.SME_BASE_URL
    ? undefined
    : (JSON.parse(readFileSync('.local/stack.json', 'utf8')) as {
        baseUrl: string;
        sqsEndpoint: string;
        bankQueues: Record<string, string>;
        clients: Record<string, { apiKey: string; orgId: string }>;
      });
  const apiKey =
    process.env.SME_API_KEY ??
    Object.values(local?.clients ?? {}).find((c) => c.orgId === bankId)?.apiKey ??
    '';
  const result = await processInbox({
    api: platformClient({ baseUrl: process.env.SME_BASE_URL ?? local?.baseUrl ?? '', apiKey }),
    sqs: new SQSClient(local ? { endpoint: local.sqsEndpoint, region: 'cn-north-1' } : {}),
    queueUrl: process.env.SME_QUEUE_URL ?? local?.bankQueues[bankId] ?? '',
    seen: new Set(),
    today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
  });
  console.log(JSON.stringify(result, null, 2));
}
