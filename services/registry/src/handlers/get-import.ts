import { httpHandler, type RouteFunction, readImportJob } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { importJobView } from './start-import.ts';

/** GET /v1/imports/{jobId} */
export const getImport: RouteFunction<typeof routes.getImport> = async (request) => ({
  status: 200,
  body: importJobView(await readImportJob(request.params.jobId, request.principal)),
});

export const handler = httpHandler(routes.getImport, getImport);
