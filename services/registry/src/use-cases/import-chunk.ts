import type { CityConfig, Principal } from '@sme/kernel';
import type { RowResult } from '@sme/runtime';
import { registryConfig } from '../config.ts';
import { decideRows, type ValidRow } from '../domain/import-rows.ts';
import type { EnterpriseRepository } from './ports.ts';

/** Tries for a row whose enterprise another writer keeps changing between our read and our write. */
const maxAttempts = 3;

/**
 * Upserts the valid rows of one import chunk: one consistent read of what exists, then new
 * enterprises in batches and new versions of existing ones as conditional writes, so an import never
 * overwrites a version it did not read (an agency's PUT landing in between). Rows that lost that race
 * are read and decided again; after three tries they are rejected, to be submitted again.
 */
export async function importChunk(args: {
  valid: ValidRow[];
  repository: EnterpriseRepository;
  city: CityConfig;
  principal: Principal;
  jobId: string;
  now: string;
}): Promise<RowResult[]> {
  const { repository } = args;
  const { writers } = registryConfig(args.city);
  const decided: RowResult[] = [];
  let pending = args.valid;
  for (let attempt = 1; attempt <= maxAttempts && pending.length > 0; attempt++) {
    const existing = await repository.getMany(pending.map((r) => r.uscc));
    const { writes, results } = decideRows({ ...args, valid: pending, existing, writers });
    const [conflicted] = await Promise.all([
      repository.saveAll(
        writes
          .filter((e) => existing.has(e.uscc))
          .map((enterprise) => ({
            enterprise,
            expectedVersion: existing.get(enterprise.uscc)?.version ?? 0,
          })),
      ),
      repository.putAll(writes.filter((e) => !existing.has(e.uscc))),
    ]);
    const lost = new Set(conflicted);
    decided.push(...results.filter((r) => r.key === undefined || !lost.has(r.key)));
    pending = pending.filter((r) => lost.has(r.uscc));
  }
  return [
    ...decided,
    ...pending.map(
      (r): RowResult => ({
        row: r.row,
        outcome: 'rejected',
        key: r.uscc,
        errors: [
          {
            path: 'uscc',
            message: `enterprise ${r.uscc} was changed by another writer during the import ${maxAttempts} times; submit this row again`,
          },
        ],
      }),
    ),
  ];
}
