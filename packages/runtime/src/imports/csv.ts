import { parse } from 'csv-parse/sync';
import { HttpProblem } from '../http/problem.ts';

/**
 * One row of a spreadsheet-like file (CSV or the first worksheet of an .xlsx), as its cells' text.
 * `row` is the row as a spreadsheet program numbers it: the first row of the file is 1.
 */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** Characters that make a spreadsheet program read a cell as a formula (CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * CSV text (RFC 4180; any record delimiter; quoted fields may hold commas and newlines) → its rows,
 * numbered as a spreadsheet shows them (a record spanning lines is one row; an empty line is an empty
 * row). Cells are trimmed; a cell that `toCsv` protected against formula injection (`'=…`) gets its
 * value back. A file that is not CSV is refused whole with the line.
 */
export function readCsvSheet(text: string): SheetRow[] {
  try {
    const records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
    return records.map((cells, i) => ({
      row: i + 1,
      cells: cells.map((c) => (c.startsWith("'") && formulaStart.test(c.slice(1)) ? c.slice(1) : c)),
    }));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new HttpProblem('malformed-request', `Body is not valid CSV: ${(error as Error).message}`, [
      { path: line ? `body.line.${line}` : 'body', message: 'invalid CSV' },
    ]);
  }
}

/**
 * Rows → CSV text (RFC 4180, CRLF as Excel writes it). Text that a spreadsheet would run as a formula
 * gets a leading apostrophe, which `readCsvSheet` removes again. Numbers and booleans are written as is.
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return rows
    .map((cells) =>
      cells
        .map((value) => {
          if (value === undefined) return '';
          if (typeof value !== 'string') return String(value);
          const safe = formulaStart.test(value) ? `'${value}` : value;
          return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
        })
        .join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}
