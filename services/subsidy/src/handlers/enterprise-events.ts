import { enterpriseEvent } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { borrowerFromSummary } from '../domain/borrower.ts';
import { borrowerStore } from './composition.ts';

/** Registry events → the borrower facts the subsidy rules read (type, industry, tags); newest version wins. */
export const handler = sqsConsumer(enterpriseEvent, async (event) => {
  await borrowerStore().apply(borrowerFromSummary(event.uscc, event.enterpriseVersion, event.summary));
});
