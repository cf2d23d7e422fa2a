import { shanghaiDate } from '@sme/kernel';
import { type HttpResult, httpHandler, type RouteFunction, writeXlsx, xlsxMediaType } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { ledgerColumnWidths } from '../domain/policy-ledger.ts';
import { ledgerWorkbook, readLedger } from '../use-cases/policy-tasks.ts';
import { callerOf, organisationNames, policyTaskStore } from './composition.ts';

/**
 * GET /v1/policy-tasks/ledger?period=&format=json|xlsx: the ledger for a period as the caller may read it; the
 * workbook has one sheet per list in the attachments' columns, with Chinese headers.
 */
export const getPolicyLedger: RouteFunction<typeof routes.getPolicyLedger> = async ({
  query,
  principal,
}): Promise<HttpResult> => {
  const today = shanghaiDate(new Date());
  const caller = callerOf(principal);
  if (query.format === 'xlsx') {
    const { period, sheets } = await ledgerWorkbook(
      { period: query.period, today },
      caller,
      policyTaskStore(),
      organisationNames(),
    );
    return {
      status: 200,
      rawBody: await writeXlsx(
        sheets.map((s) => ({ name: s.name, header: true, widths: ledgerColumnWidths, rows: s.rows })),
      ),
      headers: {
        'content-type': xlsxMediaType,
        'content-disposition': `attachment; filename="policy-tasks-${period}.xlsx"`,
      },
    };
  }
  const { ledger, period, opens, measures } = await readLedger(
    { period: query.period, today },
    caller,
    policyTaskStore(),
  );
  return {
    status: 200,
    body: {
      title: ledger.title,
      version: ledger.version,
      loadedAt: ledger.loadedAt,
      reporting: ledger.reporting,
      period,
      opens,
      measures,
    },
  };
};

export const handler = httpHandler(routes.getPolicyLedger, getPolicyLedger);
