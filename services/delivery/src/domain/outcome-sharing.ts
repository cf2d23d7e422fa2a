import { compareCodeUnits } from '@sme/kernel';
import { type BankNotice, bankNotice } from './bank-notices.ts';
import type { PushProgress } from './push-inbox-state.ts';

/** One push of an enterprise in a batch, as outcome sharing needs it. */
export interface SiblingPush {
  pushId: string;
  bankId: string;
  batchId: string;
  uscc: string;
  progress: PushProgress;
}

/**
 * After one bank approves or disburses, every OTHER bank pushed the same enterprise in the same batch
 * learns how much credit the batch's banks have approved and disbursed so far (seed 001 §三(一):
 * share credit results to avoid duplicate and excessive credit). Totals, not per-bank figures: a bank
 * needs the exposure, not its competitors' terms.
 *
 * `subject` identifies the step that triggered the sharing (`<pushId>:<seq>`), so each step notifies
 * each other bank exactly once however often it is processed.
 */
export function outcomeNotices(input: {
  changed: SiblingPush;
  siblings: readonly SiblingPush[];
  subject: string;
  timestamp: string;
}): BankNotice[] {
  const { changed, subject, timestamp } = input;
  const all = new Map(input.siblings.map((p) => [p.pushId, p]));
  all.set(changed.pushId, changed);
  let approvedFen = 0;
  let disbursedFen = 0;
  let approvingBanks = 0;
  for (const push of all.values()) {
    if (push.batchId !== changed.batchId || push.uscc !== changed.uscc) continue;
    const { approval, disbursement } = push.progress;
    if (approval) {
      approvedFen += approval.amountFen;
      approvingBanks++;
    }
    if (disbursement) disbursedFen += disbursement.amountFen;
  }
  return [...all.values()]
    .filter((p) => p.bankId !== changed.bankId && p.batchId === changed.batchId && p.uscc === changed.uscc)
    .sort((a, b) => compareCodeUnits(a.bankId, b.bankId))
    .map((recipient) =>
      bankNotice({
        bankId: recipient.bankId,
        subject,
        timestamp,
        data: {
          type: 'push.outcome-shared',
          pushId: recipient.pushId,
          batchId: changed.batchId,
          uscc: changed.uscc,
          approvedFen,
          disbursedFen,
          approvingBanks,
          links: { push: `/v1/bank/pushes/${recipient.pushId}` },
        },
      }),
    );
}
