import { ConcurrentModificationError, DomainError, NotFoundError, ValidationError } from '@sme/kernel';
import { monthIssue, type ReturnFigures, returnChanges, returnIssues } from '../domain/bank-returns.ts';
import {
  parseReturnSheet,
  type RowResult,
  type SheetRowText,
  sheetProblemIssues,
} from '../domain/return-workbook.ts';
import type { BankReturnStore, BankReturnVersion } from './ports.ts';

type Caller = { clientId: string; orgId: string; role: string };

/** A bank sees its own returns only; another bank's are answered as absent (404), as pushes are. */
function ownOrOffice(bankId: string, caller: Caller): void {
  if (caller.role === 'bank' && caller.orgId !== bankId) throw new NotFoundError(`No return of ${bankId}`);
}

/**
 * Submits a bank's return for a month: version 1, or a correction as the next version with the changed
 * fields in its audit entry. The same figures as the latest version store nothing (a retried PUT).
 * Throws 422 for inconsistent figures or a future month, 404 for another bank, 409 on a racing write.
 */
export async function submitBankReturn(
  input: { month: string; bankId: string; figures: ReturnFigures },
  context: { caller: Caller; now: string; today: string; requestId: string; knownBank: boolean },
  store: BankReturnStore,
): Promise<{ created: boolean; version: BankReturnVersion }> {
  ownOrOffice(input.bankId, context.caller);
  if (!context.knownBank) throw new NotFoundError(`No bank ${input.bankId} in this city`);
  const future = monthIssue(input.month, context.today);
  const issues = [
    ...(future ? [{ path: 'path.month', message: future }] : []),
    ...returnIssues(input.figures).map((i) => ({ ...i, path: `body.${i.path}` })),
  ];
  if (issues.length > 0) throw new ValidationError(issues[0]?.message ?? 'Inconsistent return', issues);
  const history = await store.versions(input.month, input.bankId);
  const latest = history.at(-1);
  const changes = latest ? returnChanges(latest.figures, input.figures) : {};
  if (latest && Object.keys(changes).length === 0) return { created: false, version: latest };
  const version: BankReturnVersion = {
    bankId: input.bankId,
    month: input.month,
    version: (latest?.version ?? 0) + 1,
    submittedAt: context.now,
    submittedBy: context.caller,
    figures: input.figures,
  };
  const stored = await store.add(version, {
    subjectType: 'bank-return',
    subjectId: `${input.bankId}/${input.month}`,
    action: latest ? 'bank-return.corrected' : 'bank-return.submitted',
    principal: context.caller,
    at: context.now,
    discriminator: context.requestId,
    ...(latest ? { changes } : {}),
    detail: { version: version.version },
  });
  if (!stored)
    throw new ConcurrentModificationError(
      `Another version of ${input.bankId}'s ${input.month} return was stored at the same moment; read it and submit again`,
    );
  return { created: true, version };
}

/** A bank's return for the month: the latest version and every version before it. */
export async function readBankReturn(
  month: string,
  bankId: string,
  caller: Caller,
  store: BankReturnStore,
): Promise<{ latest: BankReturnVersion; history: BankReturnVersion[] }> {
  ownOrOffice(bankId, caller);
  const history = await store.versions(month, bankId);
  const latest = history.at(-1);
  if (!latest) throw new NotFoundError(`${bankId} has not submitted a return for ${month}`);
  return { latest, history };
}

/** The month's latest version per bank, in the city's bank order, and the banks that have not submitted. */
export async function monthReturns(
  month: string,
  banks: readonly string[],
  store: BankReturnStore,
): Promise<{ returns: BankReturnVersion[]; missing: string[] }> {
  const latest = new Map<string, BankReturnVersion>();
  for (const v of await store.month(month)) latest.set(v.bankId, v); // oldest first: the last one wins
  return {
    returns: banks.flatMap((b) => latest.get(b) ?? []),
    missing: banks.filter((b) => !latest.has(b)),
  };
}

/**
 * A return uploaded as a sheet: every row read and judged; when all are fine the return is submitted
 * as the JSON one would be (same versions, audit and 409), otherwise nothing is stored and the 422 names
 * each failing row and column, with every row's result.
 */
export async function uploadBankReturn(
  input: { month: string; bankId: string; rows: readonly SheetRowText[] },
  context: Parameters<typeof submitBankReturn>[1],
  store: BankReturnStore,
): Promise<{ created: boolean; version: BankReturnVersion; rows: RowResult[] }> {
  ownOrOffice(input.bankId, context.caller);
  const parse = parseReturnSheet(input.rows);
  if (!parse.figures) {
    const issues = sheetProblemIssues(parse);
    throw new DomainError(
      'validation',
      `The sheet has ${issues.length} problem(s); nothing was stored`,
      issues,
      {
        rows: parse.results,
      },
    );
  }
  const submitted = await submitBankReturn(
    { month: input.month, bankId: input.bankId, figures: parse.figures },
    context,
    store,
  );
  return { ...submitted, rows: parse.results };
}
