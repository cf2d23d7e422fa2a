import { bankFeedbackRecordedV1 } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { applyBankDecision, type BankOutcome } from '../domain/declaration-lifecycle.ts';
import { declarationStore, serviceActor } from './composition.ts';

/**
 * BankFeedbackRecorded → the declaration behind the push: credited on an approval; on a rejection the
 * bank's reasons are kept and, once every pushed bank declined, it goes back to the coordinator.
 * Other stages (contacted, materials, disbursed) are monitoring's business.
 */
export const handler = sqsConsumer(
  bankFeedbackRecordedV1,
  async (event) => {
    let decision: BankOutcome;
    if (event.stage === 'approved') {
      decision = {
        kind: 'approved',
        bankId: event.bankId,
        pushId: event.pushId,
        batchId: event.batchId,
        on: event.on,
      };
    } else if (event.stage === 'rejected' && event.rejected) {
      decision = {
        kind: 'rejected',
        bankId: event.bankId,
        pushId: event.pushId,
        batchId: event.batchId,
        on: event.on,
        ...event.rejected,
      };
    } else {
      return;
    }
    const store = declarationStore();
    const now = new Date().toISOString();
    for (const current of await store.openOf(event.uscc)) {
      const step = applyBankDecision(current, decision, now);
      if (!step.action) continue;
      await store.save(step.declaration, current.version, {
        action: step.action,
        ...serviceActor,
        at: now,
        cause: event.eventId,
        detail: {
          events: step.events,
          state: step.declaration.state,
          bankId: event.bankId,
          pushId: event.pushId,
        },
      });
    }
  },
  { sequential: true },
);
