import {
  HttpProblem,
  httpHandler,
  idempotentRoute,
  parseCsvRows,
  type RouteFunction,
  startImportJob,
} from '@sme/runtime';
import { routes } from '../contracts.ts';
import { csvRowToInput, rowKey } from '../domain/import-rows.ts';

const maxRows = 10_000;

/** POST /v1/enterprises/imports: JSON `{ rows: [...] }` or `text/csv`; answers 202 with the job. */
export const startImport: RouteFunction<typeof routes.startImport> = async (request) => {
  const rows =
    typeof request.body === 'string' ? parseCsvRows(request.body).map(csvRowToInput) : request.body.rows;
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
