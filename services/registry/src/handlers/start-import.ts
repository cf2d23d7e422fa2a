import {
  HttpProblem,
  httpHandler,
  idempotentRoute,
  type RouteFunction,
  readCsvSheet,
  readXlsxSheet,
  startImportJob,
} from '@sme/runtime';
import { routes } from '../contracts.ts';
import { rowKey } from '../domain/import-rows.ts';
import { sheetToRows } from '../domain/spreadsheet.ts';

const maxRows = 10_000;

/**
 * POST /v1/enterprises/imports: JSON `{ rows: [...] }`, `text/csv` (UTF-8 with or without BOM, or
 * GBK/GB18030, decoded by the HTTP layer) or an .xlsx workbook (its first worksheet); answers 202 with
 * the job. A file's rows keep their spreadsheet row numbers in the results.
 */
export const startImport: RouteFunction<typeof routes.startImport> = async (request) => {
  const body = request.body;
  const { rows, rowNumbers } =
    typeof body === 'string'
      ? sheetToRows(readCsvSheet(body))
      : body instanceof Uint8Array
        ? sheetToRows(await readXlsxSheet(body))
        : { rows: body.rows, rowNumbers: undefined };
  if (rows.length === 0 || rows.length > maxRows) {
    throw new HttpProblem(
      'invalid-request',
      `An import holds 1 to ${maxRows} rows; this one has ${rows.length}`,
      [{ path: 'body.rows', message: `must hold 1 to ${maxRows} rows` }],
    );
  }
  const job = await startImportJob({
    kind: 'enterprise',
    rows,
    ...(rowNumbers ? { rowNumbers } : {}),
    principal: request.principal,
    queue: 'registry-import',
    requestId: request.requestId,
    keyOf: rowKey,
  });
  return { status: 202, headers: { location: `/v1/imports/${job.jobId}` }, body: importJobView(job) };
};

export function importJobView(job: Awaited<ReturnType<typeof startImportJob>>) {
  const { totalChunks: _t, processedChunks: _p, ...view } = job;
  return view;
}

export const handler = httpHandler(routes.startImport, idempotentRoute(startImport));
