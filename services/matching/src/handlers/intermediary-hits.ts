import { intermediaryHitChangedV1 } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { rescreenEnterprise } from '../use-cases/rescreen-enterprise.ts';
import { config, declarationStore, factsStore, serviceActor } from './composition.ts';

/**
 * IntermediaryHitChanged (the blacklist's hook) → the enterprise's confirmed hits; its open
 * declarations carry them, and the push rules (rule 8) and the confirm's condition refuse it.
 */
export const handler = sqsConsumer(
  intermediaryHitChangedV1,
  async (event) => {
    await factsStore().setIntermediaryHit(event.uscc, event.entryId, event.status === 'confirmed');
    await rescreenEnterprise(
      event.uscc,
      event.eventId,
      {
        declarations: declarationStore(),
        facts: factsStore(),
        policy: config().screeningPolicy,
      },
      serviceActor,
      new Date().toISOString(),
    );
  },
  { sequential: true },
);
