import { cityConfig, importWorker } from '@sme/runtime';
import { creditConfig } from '../config.ts';
import { importRecordChunk } from '../use-cases/import-record-chunk.ts';
import { recordStore } from './composition.ts';

/** One chunk of a bulk credit submission: the same rules as one record, reported per row. */
export const handler = importWorker(async (message, job) => {
  const city = cityConfig();
  return importRecordChunk(
    { rows: message.rows, principal: message.principal, jobId: job.jobId },
    {
      agency: city.agencies.find((a) => a.id === message.principal.orgId),
      supplyOverrides: creditConfig(city).supplyOverrides,
      records: recordStore(),
      now: new Date().toISOString(),
    },
  );
});
