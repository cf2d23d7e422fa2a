import { bankFeedbackRecordedV1 } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { dimensionsOf } from '../domain/enterprise-projection.ts';
import { feedbackFacts } from '../domain/facts.ts';
import { applyFeedback } from '../domain/push-projection.ts';
import { enterpriseProjections, factLog, pushProjections } from './composition.ts';

/**
 * BankFeedbackRecorded → contacted / approved / rejected / disbursed facts (an approval keeps the
 * no-loan tag the enterprise has now: a first loan), and the step on the push's projection.
 */
export const handler = sqsConsumer(
  bankFeedbackRecordedV1,
  async (event) => {
    const dims = dimensionsOf(await enterpriseProjections().get(event.uscc));
    await factLog().record(feedbackFacts(event, dims));
    await pushProjections().update(event.pushId, (p) => applyFeedback(p, event));
  },
  { sequential: true },
);
