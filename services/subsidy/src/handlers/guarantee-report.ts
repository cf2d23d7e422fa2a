import { type Principal, shanghaiDate } from '@sme/kernel';
import { appendAudit, type HttpResult } from '@sme/runtime';
import type { GuaranteeRecord } from '../domain/book.ts';
import type { Applied, ReportContext } from '../domain/guarantee-reports.ts';
import { reportOnGuarantee } from '../use-cases/report-on-guarantee.ts';
import { policy, subsidyBook, within } from './composition.ts';
import { guaranteeView, versionHeaders } from './views.ts';

/**
 * Shared by the repayment and default routes: applies the guarantor's report to its own guarantee,
 * audits a change (not a replay of the same report), answers with the guarantee and its lines.
 */
export async function reportRoute(
  request: { params: { guaranteeId: string }; body: unknown; principal: Principal; requestId: string },
  action: string,
  apply: (g: GuaranteeRecord, context: ReportContext) => Applied<GuaranteeRecord>,
): Promise<HttpResult> {
  const { guaranteeId } = request.params;
  const now = new Date();
  const context: ReportContext = {
    by: request.principal.clientId,
    at: now.toISOString(),
    today: shanghaiDate(now),
  };
  const inForce = await policy();
  const applied = await within('body', () =>
    reportOnGuarantee(guaranteeId, request.principal.orgId, (g) => apply(g, context), {
      book: subsidyBook(),
      policy: inForce,
    }),
  );
  if (applied.changed) {
    await appendAudit({
      subjectType: 'guarantee',
      subjectId: guaranteeId,
      action,
      principal: request.principal,
      at: context.at,
      discriminator: request.requestId,
      detail: { report: request.body, version: applied.record.version, status: applied.record.status },
    });
  }
  const lines = await subsidyBook().linesOf(applied.record);
  return { status: 200, headers: versionHeaders(applied.record), body: guaranteeView(applied.record, lines) };
}
