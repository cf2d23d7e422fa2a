import { shanghaiDate } from '@sme/kernel';
import { cityConfig, httpHandler, type RouteFunction, readXlsxSheet } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { uploadBankReturn } from '../use-cases/bank-returns.ts';
import { bankIds, bankReturns } from './composition.ts';

/**
 * POST /v1/monitoring/bank-returns/{month}/{bankId}/workbook: a bank's return as a filled-in .xlsx
 * sheet (the first worksheet), or the same sheet's rows as JSON; a result per row.
 */
export const uploadBankReturnSheet: RouteFunction<typeof routes.uploadBankReturn> = async (request) => {
  const now = new Date();
  const { clientId, orgId, role } = request.principal;
  const body = request.body as Uint8Array | { rows: string[][] };
  const rows =
    body instanceof Uint8Array
      ? await readXlsxSheet(body)
      : body.rows.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }));
  const {
    created,
    version,
    rows: results,
  } = await uploadBankReturn(
    { month: request.params.month, bankId: request.params.bankId, rows },
    {
      caller: { clientId, orgId, role },
      now: now.toISOString(),
      today: shanghaiDate(now),
      requestId: request.requestId,
      knownBank: bankIds(cityConfig()).includes(request.params.bankId),
    },
    bankReturns(),
  );
  return { status: created ? 201 : 200, body: { version, rows: results } };
};

export const handler = httpHandler(routes.uploadBankReturn, uploadBankReturnSheet);
