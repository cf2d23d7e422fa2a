import { parse } from 'csv-parse/sync';
import { HttpProblem } from '../http/problem.ts';

/**
 * CSV (RFC 4180, UTF-8, header row) → one object per data row keyed by the header; empty cells are
 * left out so that optional fields stay absent. A malformed file is refused whole with the line.
 */
export function parseCsvRows(text: string): Record<string, string>[] {
  try {
    const records = parse(text.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as Record<string, string>[];
    return records.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '')));
  } catch (error) {
    throw new HttpProblem('malformed-request', `Body is not valid CSV: ${(error as Error).message}`, [
      { path: 'body', message: 'invalid CSV' },
    ]);
  }
}
