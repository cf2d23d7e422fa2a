import { pushDeadlineChangedV1 } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { dimensionsOf } from '../domain/enterprise-projection.ts';
import { deadlineFacts } from '../domain/facts.ts';
import { applyDeadline } from '../domain/push-projection.ts';
import { enterpriseProjections, factLog, pushProjections } from './composition.ts';

/** PushDeadlineChanged → a breach fact (breached only), and the deadline state on the push's projection. */
export const handler = sqsConsumer(
  pushDeadlineChangedV1,
  async (event) => {
    const dims = dimensionsOf(await enterpriseProjections().get(event.uscc));
    await factLog().record(deadlineFacts(event, dims));
    await pushProjections().update(event.pushId, (p) => applyDeadline(p, event));
  },
  { sequential: true },
);
