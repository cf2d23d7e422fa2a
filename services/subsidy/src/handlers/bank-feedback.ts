import { bankFeedbackRecordedV1 } from '@sme/events';
import { logger, sqsConsumer } from '@sme/runtime';
import { bookFeedback } from '../use-cases/book-feedback.ts';
import { borrowerStore, cityGuarantorIds, policy, serviceAudit, subsidyBook } from './composition.ts';

/**
 * BankFeedbackRecorded → bookings: approvals with a government guarantee or a subsidised program
 * become records with their entitlements; disbursements re-base them. A re-delivered event books
 * nothing twice (conditional writes keyed by the push and the event id, not only Powertools).
 */
export const handler = sqsConsumer(
  bankFeedbackRecordedV1,
  async (event) => {
    const outcomes = await bookFeedback(
      event,
      {
        book: subsidyBook(),
        borrowers: borrowerStore(),
        policy: await policy(),
        cityGuarantorIds: cityGuarantorIds(),
        audit: serviceAudit,
      },
      new Date().toISOString(),
    );
    if (outcomes.length > 0) logger.info('Bank feedback booked', { eventId: event.eventId, outcomes });
  },
  { sequential: true },
);
