import type { Principal } from '@sme/kernel';
import { shanghaiDate } from '@sme/kernel';
import { appendAudit, type HttpResult } from '@sme/runtime';
import type { LedgerHeader, LedgerStep } from '../adapters/dynamodb-ledger-store.ts';
import type { LedgerState, ProgramAmounts } from '../domain/ledger.ts';
import { actorOf, ledgerStore, within } from './composition.ts';
import { checkIfMatch, ledgerView, versionHeaders } from './views.ts';

export interface StepRequest {
  params: { year: number };
  principal: Principal;
  requestId: string;
  ifMatch: number | undefined;
  body: { note?: string | undefined };
}

/** What a step decides, given the head read and "today" (business date); guards throw. */
export type Decide = (
  header: LedgerHeader,
  today: string,
) => {
  state?: LedgerState;
  preAllocated?: ProgramAmounts;
  step: 'preAllocation' | 'proposal' | 'approval';
  figures?: LedgerStep['figures'];
};

/**
 * One finance step on a year's ledger: read the head, check If-Match, let the domain guard and
 * decide, write conditioned on the version read, audit with the before/after, answer the head.
 */
export async function ledgerStep(request: StepRequest, action: string, decide: Decide): Promise<HttpResult> {
  const { year } = request.params;
  const header = await ledgerStore().header(year);
  checkIfMatch(request.ifMatch, header, `the ${year} ledger`);
  const now = new Date();
  const decision = await within('path', () => decide(header, shanghaiDate(now)));
  const step: LedgerStep = {
    at: now.toISOString(),
    by: actorOf(request.principal),
    ...(decision.figures ? { figures: decision.figures } : {}),
    ...(request.body.note ? { note: request.body.note } : {}),
  };
  const written = await ledgerStore().write(header, decision, step);
  await appendAudit({
    subjectType: 'subsidy-ledger',
    subjectId: String(year),
    action,
    principal: request.principal,
    at: step.at,
    discriminator: request.requestId,
    changes: {
      state: { from: header.state, to: written.state },
      ...(decision.preAllocated
        ? { preAllocated: { from: header.preAllocated, to: written.preAllocated } }
        : {}),
    },
    detail: { version: written.version, ...(decision.figures ? { figures: decision.figures } : {}) },
  });
  return { status: 200, headers: versionHeaders(written), body: ledgerView(written) };
}
