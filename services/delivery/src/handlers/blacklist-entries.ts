import { blacklistEntryChangedV1 } from '@sme/events';
import { cityConfig, sqsConsumer } from '@sme/runtime';
import { bankNotice } from '../domain/bank-notices.ts';
import { enqueueDeliveries } from '../use-cases/enqueue-deliveries.ts';
import { enqueueDeps } from './composition.ts';

/**
 * A blacklist entry confirmed, updated or revoked → a thin notice to every bank of the city; the bank
 * fetches the entry through the blacklist API, which audits the read.
 */
export const handler = sqsConsumer(blacklistEntryChangedV1, async (event) => {
  const notices = cityConfig().banks.map((bank) =>
    bankNotice({
      bankId: bank.id,
      subject: `${event.entryId}:v${event.entryVersion}`,
      timestamp: event.occurredAt,
      data: {
        type: 'blacklist.entry-changed',
        entryId: event.entryId,
        entryVersion: event.entryVersion,
        status: event.status,
        links: { entry: `/v1/blacklist/entries/${event.entryId}` },
      },
    }),
  );
  await enqueueDeliveries(enqueueDeps(), notices, new Date());
});
