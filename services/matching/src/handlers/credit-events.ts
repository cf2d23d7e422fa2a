import { creditProfileChangedV1 } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import type { CreditFacts } from '../domain/declaration.ts';
import { rescreenEnterprise } from '../use-cases/rescreen-enterprise.ts';
import { config, declarationStore, factsStore, serviceActor } from './composition.ts';

/**
 * CreditProfileChanged → the credit part of the enterprise's facts, each hard-stop flag with the
 * records behind it (so "good credit standing" fails naming them), then a re-screen.
 */
export const handler = sqsConsumer(
  creditProfileChangedV1,
  async (event) => {
    const credit: CreditFacts = {
      recordId: event.eventId,
      profileVersion: event.profileVersion,
      grade: event.grade,
      hardStop: event.hardStop,
      ...(event.recordsInForce === undefined ? {} : { recordsInForce: event.recordsInForce }),
      flags: event.flags.flatMap((f) => f.recordIds.map((recordId) => ({ kind: f.kind, recordId }))),
    };
    await factsStore().applyCredit(event.uscc, credit);
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
