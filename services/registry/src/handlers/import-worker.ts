import { roles } from '@sme/kernel';
import { cityConfig, importWorker } from '@sme/runtime';
import { validateRows } from '../domain/import-rows.ts';
import { importChunk } from '../use-cases/import-chunk.ts';
import { enterpriseRepository } from './composition.ts';

/** Upserts one chunk of an enterprise import: validate, then read, decide and write (see importChunk). */
export const handler = importWorker(async (message, job) => {
  const { valid, rejected } = validateRows(message.rows);
  const role = roles.find((r) => r === message.principal.role) ?? 'agency';
  const results = await importChunk({
    valid,
    repository: enterpriseRepository(),
    city: cityConfig(),
    principal: { ...message.principal, role },
    jobId: job.jobId,
    now: new Date().toISOString(),
  });
  return [...rejected, ...results].sort((a, b) => a.row - b.row);
});
