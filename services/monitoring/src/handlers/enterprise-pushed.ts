import { enterprisePushedV1 } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { dimensionsOf } from '../domain/enterprise-projection.ts';
import { pushFacts } from '../domain/facts.ts';
import { applyPushed } from '../domain/push-projection.ts';
import { enterpriseProjections, factLog, pushProjections } from './composition.ts';

/** EnterprisePushed → the pushed fact, and the push enters "should be lent" until its bank decides. */
export const handler = sqsConsumer(
  enterprisePushedV1,
  async (event) => {
    const enterprise = await enterpriseProjections().get(event.uscc);
    await factLog().record(pushFacts(event, dimensionsOf(enterprise)));
    await pushProjections().update(event.pushId, (p) =>
      applyPushed(p, event, enterprise?.registry?.township),
    );
  },
  { sequential: true },
);
