import { httpHandler, idempotentRoute, type RouteFunction, startImportJob } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { supplyingAgency } from './composition.ts';

/** POST /v1/credit-records/imports: `{ rows: [...] }`, answered 202 with the job (GET /v1/imports/{jobId}). */
export const startRecordImport: RouteFunction<typeof routes.startImport> = async (request) => {
  supplyingAgency(request.principal);
  const job = await startImportJob({
    kind: 'credit-record',
    rows: request.body.rows,
    principal: request.principal,
    queue: 'credit-import',
    requestId: request.requestId,
    keyOf: (row) => {
      const id = (row as { sourceRecordId?: unknown } | null)?.sourceRecordId;
      return typeof id === 'string' ? id : undefined;
    },
  });
  const { totalChunks: _t, processedChunks: _p, ...view } = job;
  return { status: 202, headers: { location: `/v1/imports/${job.jobId}` }, body: view };
};

export const handler = httpHandler(routes.startImport, idempotentRoute(startRecordImport));
