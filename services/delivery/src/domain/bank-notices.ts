import { createHash } from 'node:crypto';

/**
 * What a bank receives, on its queue or its webhook. Payloads are thin: ids, a type and a minimal
 * summary; the bank fetches details through the audited API (`links`). The envelope follows the
 * Standard Webhooks payload convention (`type`, `timestamp`, `data`), plus `id`, the delivery id,
 * which is also the `webhook-id` header and an SQS message attribute: a bank de-duplicates on it.
 */
export type BankNoticeData =
  | {
      type: 'push.created';
      pushId: string;
      batchId: string;
      uscc: string;
      /** The no-loan household reply deadline when one applies (seed 003 §五). */
      replyBy?: string;
      /** Present (true) when `replyBy` crosses a year whose holiday calendar is not loaded yet. */
      replyByProvisional?: true;
      /** `card`: what the bank needs to contact the enterprise and act (GET, audited). */
      links: { push: string; card: string; creditProfile: string };
    }
  | {
      type: 'push.outcome-shared';
      /** The recipient's own push of the same enterprise in the same batch. */
      pushId: string;
      batchId: string;
      uscc: string;
      /** Credit approved so far by the banks of this batch, all of them together (fen). */
      approvedFen: number;
      disbursedFen: number;
      approvingBanks: number;
      links: { push: string };
    }
  | {
      type: 'push.deadline-nearing';
      pushId: string;
      due: string;
      /** Present (true) when `due` rests on a year whose holiday calendar is not loaded yet. */
      provisional?: true;
      kind: 'decision-30-days' | 'no-loan-5-working-days';
      links: { push: string };
    }
  | {
      type: 'blacklist.entry-changed';
      entryId: string;
      entryVersion: number;
      status: 'confirmed' | 'updated' | 'revoked';
      links: { entry: string };
    };

export type BankNoticeType = BankNoticeData['type'];

export interface BankNotice {
  id: string;
  type: BankNoticeType;
  /** ISO instant the fact occurred; stable across retries. */
  timestamp: string;
  bankId: string;
  data: Omit<BankNoticeData, 'type'>;
}

/**
 * The delivery id: the same notice of the same fact to the same bank always gets the same id, so a
 * re-delivered source event creates no second delivery and a bank can de-duplicate on it.
 */
export function deliveryIdOf(type: BankNoticeType, subject: string, bankId: string): string {
  const digest = createHash('sha256').update(`${type}|${subject}|${bankId}`).digest('hex');
  return `dlv_${digest.slice(0, 26)}`;
}

/** Builds a notice; `subject` names the fact (a push id, `<pushId>:<seq>`, `<entryId>:v<n>`). */
export function bankNotice(input: {
  bankId: string;
  subject: string;
  timestamp: string;
  data: BankNoticeData;
}): BankNotice {
  const { type, ...data } = input.data;
  return {
    id: deliveryIdOf(type, input.subject, input.bankId),
    type,
    timestamp: input.timestamp,
    bankId: input.bankId,
    data,
  };
}

/** The body sent on either channel (the bank id is the channel's own, so it is not repeated). */
export function noticeBody(notice: BankNotice): string {
  return JSON.stringify({ id: notice.id, type: notice.type, timestamp: notice.timestamp, data: notice.data });
}
