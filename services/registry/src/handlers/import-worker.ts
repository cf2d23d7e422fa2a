import { roles } from '@sme/kernel';
import { cityConfig, importWorker } from '@sme/runtime';
import { decideRows, validateRows } from '../domain/import-rows.ts';
import { enterpriseRepository } from './composition.ts';

/** Upserts one chunk of an enterprise import: validate, read what exists, batch-write what changed. */
export const handler = importWorker(async (message, job) => {
  const { valid, rejected } = validateRows(message.rows);
  const existing = await enterpriseRepository().getMany(valid.map((v) => v.uscc));
  const role = roles.find((r) => r === message.principal.role) ?? 'agency';
  const { writes, results } = decideRows({
    valid,
    existing,
    city: cityConfig(),
    principal: { ...message.principal, role },
    jobId: job.jobId,
    now: new Date().toISOString(),
  });
  await enterpriseRepository().putAll(writes);
  return [...rejected, ...results].sort((a, b) => a.row - b.row);
});
