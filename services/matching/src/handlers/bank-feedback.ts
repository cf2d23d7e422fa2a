import { bankFeedbackRecordedV1 } from '@sme/events';
import { sqsConsumer } from '@sme/runtime';
import { applyBankDecision, type BankOutcome } from '../domain/declaration-lifecycle.ts';
import { declarationStore, factsStore, reportStore, serviceActor } from './composition.ts';

/**
 * BankFeedbackRecorded → the declaration behind the push: credited on an approval; on a rejection the
 * bank's reasons are kept and, once every pushed bank declined, it goes back to the coordinator.
 * Other stages (contacted, materials, disbursed) are monitoring's business. An approval is also filed
 * as a loan of the upper-level export, by the month of its date.
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
    const open = await store.openOf(event.uscc);
    if (event.stage === 'approved' && event.approved) {
      // The declaration pushed on this push, while it is still open (a later bank's approval of a
      // credited declaration finds none: the loan row then names the enterprise only).
      const declaration = open.find((d) => d.push?.banks.some((b) => b.pushId === event.pushId));
      const name = declaration?.facts.registry?.name ?? (await factsStore().get(event.uscc)).registry?.name;
      await reportStore().putLoan({
        pushId: event.pushId,
        seq: event.seq,
        batchId: event.batchId,
        bankId: event.bankId,
        uscc: event.uscc,
        ...(name ? { name } : {}),
        ...(declaration ? { declarationId: declaration.id } : {}),
        approvedOn: event.on,
        amountFen: event.approved.amountFen,
        annualRatePercent: event.approved.annualRatePercent,
        termMonths: event.approved.termMonths,
        guaranteeType: event.approved.guaranteeType,
        creditLoan: event.approved.creditLoan,
      });
    }
    for (const current of open) {
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
