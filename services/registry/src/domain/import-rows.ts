import { type CityConfig, DomainError, type Principal, usccSchema } from '@sme/kernel';
import type { RowResult } from '@sme/runtime';
import { zodIssues } from '@sme/runtime';
import type { z } from 'zod';
import { enterpriseInputSchema } from '../contracts.ts';
import { decideUpsert, type StoredEnterprise, type UpsertDecision } from './enterprise.ts';
import type { Writer, WriterKind } from './writers.ts';

const importRow = enterpriseInputSchema.extend({ uscc: usccSchema });

/** The row's USCC, normalised, when it can be read (for duplicate detection before queueing). */
export function rowKey(data: unknown): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const parsed = usccSchema.safeParse((data as { uscc?: unknown }).uscc);
  return parsed.success ? parsed.data : undefined;
}

export interface ValidRow {
  row: number;
  uscc: string;
  input: z.infer<typeof enterpriseInputSchema>;
}

/** Validates rows: schema first, then the duplicate marker. Rejections carry the field paths. */
export function validateRows(rows: { row: number; data: unknown; duplicateOf?: number }[]) {
  const valid: ValidRow[] = [];
  const rejected: RowResult[] = [];
  for (const { row, data, duplicateOf } of rows) {
    const parsed = importRow.safeParse(data);
    if (!parsed.success) {
      rejected.push({
        row,
        outcome: 'rejected',
        ...keyOf(data),
        errors: zodIssues(parsed.error, '').map((i) => ({ ...i, path: i.path.replace(/^\./, '') })),
      });
    } else if (duplicateOf !== undefined) {
      rejected.push({
        row,
        outcome: 'rejected',
        key: parsed.data.uscc,
        errors: [{ path: 'uscc', message: `duplicate of row ${duplicateOf}` }],
      });
    } else {
      const { uscc, ...input } = parsed.data;
      valid.push({ row, uscc, input });
    }
  }
  return { valid, rejected };
}

function keyOf(data: unknown): { key?: string } {
  const key = rowKey(data);
  return key ? { key } : {};
}

/**
 * The row's outcome. A row this very job already wrote (a worker died after the write and before the
 * results were recorded, and the chunk was delivered again) finds its own version: that is still the
 * registration or update it made, not "unchanged".
 */
export function outcomeOf(
  kind: UpsertDecision['kind'],
  existing: StoredEnterprise | undefined,
  jobId: string,
  row: number,
): UpsertDecision['kind'] {
  if (kind !== 'unchanged' || existing === undefined) return kind;
  const origin = existing.origin;
  const ownWrite = 'jobId' in origin && origin.jobId === jobId && origin.row === row;
  if (!ownWrite) return kind;
  return existing.version === 1 ? 'registered' : 'updated';
}

/** Decides each valid row against what is stored; rule violations become rejections, not failures. */
export function decideRows(args: {
  valid: ValidRow[];
  existing: Map<string, StoredEnterprise>;
  city: CityConfig;
  principal: Principal;
  jobId: string;
  now: string;
  writers: Readonly<Record<WriterKind, Writer>>;
}): { writes: StoredEnterprise[]; results: RowResult[] } {
  const writes: StoredEnterprise[] = [];
  const results: RowResult[] = [];
  for (const { row, uscc, input } of args.valid) {
    try {
      const decision = decideUpsert({
        uscc,
        input,
        existing: args.existing.get(uscc),
        city: args.city,
        principal: args.principal,
        origin: { jobId: args.jobId, row },
        now: args.now,
        pathPrefix: '',
        writers: args.writers,
      });
      if (decision.kind !== 'unchanged') writes.push(decision.enterprise);
      results.push({
        row,
        outcome: outcomeOf(decision.kind, args.existing.get(uscc), args.jobId, row),
        key: uscc,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({
        row,
        outcome: 'rejected',
        key: uscc,
        errors: error.issues.map((i) => ({ ...i, path: i.path.replace(/^\./, '') })),
      });
    }
  }
  return { writes, results };
}
