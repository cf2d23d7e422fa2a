import { creditProfileChangedV1 } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { applyCredit } from '../domain/enterprise-projection.ts';
import { enterpriseProjections } from './composition.ts';

/** CreditProfileChanged → the hard-stop flag of the enterprise projection: a hard-stop is never "should be in". */
export const handler = sqsConsumer(
  creditProfileChangedV1,
  async (event) => {
    await enterpriseProjections().update(event.uscc, (p) => applyCredit(p, event));
  },
  { sequential: true },
);
