import type { BankNotice } from '../domain/bank-notices.ts';
import type { DeliveryChannel, DeliveryRecord } from '../domain/delivery-record.ts';
import type { DeliveryStore } from './ports.ts';

export interface OutboundMessage {
  deliveryId: string;
  delaySeconds?: number;
}

export interface EnqueueDeps {
  deliveries: Pick<DeliveryStore, 'create'>;
  /** Sends messages to the outbound queue. */
  sendOutbound(messages: OutboundMessage[]): Promise<void>;
  channelOf(bankId: string): DeliveryChannel;
}

/**
 * Records each notice as a delivery and queues its first attempt. Safe to repeat: the delivery id is
 * derived from the fact, so a re-processed source event finds its record; a record that never got
 * its first attempt (a crash between the two writes) is queued again, and the sender's claim keeps a
 * duplicate message from sending twice.
 */
export async function enqueueDeliveries(
  deps: EnqueueDeps,
  notices: readonly BankNotice[],
  now: Date,
): Promise<void> {
  const due: OutboundMessage[] = [];
  for (const notice of notices) {
    const record: DeliveryRecord = {
      deliveryId: notice.id,
      bankId: notice.bankId,
      channel: deps.channelOf(notice.bankId),
      notice,
      status: 'pending',
      attempts: 0,
      round: 1,
      createdAt: now.toISOString(),
      nextAttemptAt: now.toISOString(),
      log: [],
    };
    const { created, record: stored } = await deps.deliveries.create(record);
    if (created || (stored.status === 'pending' && stored.attempts === 0))
      due.push({ deliveryId: notice.id });
  }
  if (due.length > 0) await deps.sendOutbound(due);
}
