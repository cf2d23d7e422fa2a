import {
  categoryLabels,
  type ReturnCategory,
  type ReturnFigures,
  type ReturnLine,
  returnCategories,
  returnIssues,
} from './bank-returns.ts';

/**
 * A bank's return as a worksheet (报表上传): one row per line of the return (各项贷款, 企业贷款, then the
 * categories), one column per figure, amounts in 元 (up to 2 decimals, exact to the fen). Every row gets
 * its own result, each error naming the row and the column, so a bank fixes the sheet it filled in.
 */

export type LineKey = 'allLoans' | 'enterpriseLoans' | ReturnCategory;
export const lineKeys: readonly LineKey[] = ['allLoans', 'enterpriseLoans', ...returnCategories];

type Field = keyof ReturnLine;
/** The columns, in order: header as the sheet shows it, the field it fills, how its text is read. */
export const workbookColumns: readonly { header: string; field: Field | 'line'; letter: string }[] = [
  { header: '项目', field: 'line', letter: 'A' },
  { header: '余额(元)', field: 'balanceFen', letter: 'B' },
  { header: '户数', field: 'borrowers', letter: 'C' },
  { header: '当月新发放(元)', field: 'newLoansFen', letter: 'D' },
  { header: '当月新发放笔数', field: 'newLoansCount', letter: 'E' },
  { header: '当月新发放加权平均利率(%)', field: 'newLoansRatePercent', letter: 'F' },
];

/** A sheet row as the runtime reads it: its spreadsheet number and each cell as text. */
export interface SheetRowText {
  row: number;
  cells: readonly string[];
}

export interface RowIssue {
  /** The column header, as the bank sees it. */
  column: string;
  /** The field of the JSON return it fills (`categories.creditLoans.balanceFen`). */
  path: string;
  message: string;
}

export interface RowResult {
  row: number;
  line: LineKey | null;
  status: 'ok' | 'error';
  errors: RowIssue[];
}

export interface SheetParse {
  results: RowResult[];
  /** Problems of the sheet as a whole (header, missing lines), path `body.…`. */
  sheetIssues: { path: string; message: string }[];
  /** Present when every row and the sheet are fine, and the figures are consistent. */
  figures?: ReturnFigures;
}

const pathOf = (key: LineKey) =>
  key === 'allLoans' || key === 'enterpriseLoans' ? key : `categories.${key}`;

/** A line is named by its Chinese label, the label before its parenthesis, or its JSON key. */
function lineOf(label: string): LineKey | undefined {
  const text = label.replace(/\s+/g, '');
  return lineKeys.find((k) => {
    const full = categoryLabels[k].replace(/\s+/g, '');
    return text === k || text === full || text === full.replace(/[（(].*$/, '');
  });
}

/** 元 as typed (`1500000`, `1,500,000.5`) → integer fen as a decimal string; undefined when not an amount. */
export function yuanToFen(text: string): string | undefined {
  const plain = text.replaceAll(',', '');
  const m = /^(\d{1,16})(?:\.(\d{1,2}))?$/.exec(plain);
  if (!m) return undefined;
  const fen = BigInt(m[1] ?? '0') * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  return fen.toString();
}

function readCell(field: Field, text: string): { value?: unknown; message?: string } {
  switch (field) {
    case 'balanceFen':
    case 'newLoansFen': {
      if (text === '') return { value: '0' };
      const fen = yuanToFen(text);
      return fen === undefined
        ? { message: 'an amount in 元, at most 2 decimals, e.g. 1500000.00' }
        : { value: fen };
    }
    case 'borrowers':
    case 'newLoansCount':
      if (text === '') return { value: 0 };
      return /^\d{1,8}$/.test(text) && Number(text) <= 10_000_000
        ? { value: Number(text) }
        : { message: 'a whole number from 0 to 10,000,000' };
    case 'newLoansRatePercent':
      if (text === '') return { value: null };
      return /^\d{1,2}(\.\d{1,4})?$/.test(text)
        ? { value: text }
        : { message: 'annual percent, up to 4 places, e.g. 3.85; empty without new loans' };
  }
}

/**
 * Reads a filled-in sheet: the first non-empty row is the header (as `workbookColumns`), then one row per
 * line in any order. Each row's result lists its unreadable cells; when all are readable, the return's
 * consistency rules (a part above its total, a rate without new loans) are reported on the row and column
 * they concern.
 *
 * @example
 * parseReturnSheet(rows).figures?.categories.creditLoans.balanceFen; // '950000000000'
 */
export function parseReturnSheet(rows: readonly SheetRowText[]): SheetParse {
  const sheetIssues: SheetParse['sheetIssues'] = [];
  const [head, ...body] = rows;
  const expected = workbookColumns.map((c) => c.header);
  if (!head || expected.some((h, i) => (head.cells[i] ?? '').replace(/\s+/g, '') !== h)) {
    sheetIssues.push({
      path: `body.row.${head?.row ?? 1}`,
      message: `the header row must be: ${expected.join(' | ')}`,
    });
    return { results: [], sheetIssues };
  }
  const lines = new Map<LineKey, { row: number; line: ReturnLine }>();
  const results: RowResult[] = body.map(({ row, cells }) => {
    const errors: RowIssue[] = [];
    const key = lineOf(cells[0] ?? '');
    if (!key) {
      errors.push({
        column: '项目',
        path: 'line',
        message: `not a line of the return; one of ${lineKeys.map((k) => categoryLabels[k]).join('、')}`,
      });
      return { row, line: null, status: 'error', errors };
    }
    if (lines.has(key)) {
      errors.push({
        column: '项目',
        path: pathOf(key),
        message: `${categoryLabels[key]} is already on row ${lines.get(key)?.row}`,
      });
      return { row, line: key, status: 'error', errors };
    }
    const line: Record<string, unknown> = {};
    workbookColumns.forEach((column, i) => {
      if (column.field === 'line') return;
      const read = readCell(column.field, (cells[i] ?? '').trim());
      if (read.message)
        errors.push({ column: column.header, path: `${pathOf(key)}.${column.field}`, message: read.message });
      else line[column.field] = read.value;
    });
    if (errors.length === 0) lines.set(key, { row, line: line as unknown as ReturnLine });
    return { row, line: key, status: errors.length === 0 ? 'ok' : 'error', errors };
  });
  const named = new Set(results.flatMap((r) => (r.line ? [r.line] : [])));
  for (const key of lineKeys)
    if (!named.has(key))
      sheetIssues.push({ path: `body.line.${key}`, message: `no row for ${categoryLabels[key]}` });
  if (sheetIssues.length > 0 || results.some((r) => r.status === 'error')) return { results, sheetIssues };

  const at = (k: LineKey) => lines.get(k)?.line as ReturnLine;
  const figures: ReturnFigures = {
    allLoans: at('allLoans'),
    enterpriseLoans: at('enterpriseLoans'),
    categories: Object.fromEntries(returnCategories.map((c) => [c, at(c)])) as ReturnFigures['categories'],
  };
  const issues = returnIssues(figures);
  if (issues.length === 0) return { results, sheetIssues, figures };
  // A consistency issue belongs to the row of its line and the column of its field.
  for (const issue of issues) {
    const key = lineKeys.find((k) => issue.path.startsWith(`${pathOf(k)}.`));
    const field = issue.path.split('.').at(-1);
    const result = results.find((r) => r.line === key);
    const column = workbookColumns.find((c) => c.field === field)?.header ?? '';
    if (!result) continue;
    result.status = 'error';
    result.errors.push({ column, path: issue.path, message: issue.message });
  }
  return { results, sheetIssues };
}

/** Every error of a parse as problem+json field issues: `body.row.<n>.<field path>`. */
export function sheetProblemIssues(parse: SheetParse): { path: string; message: string }[] {
  return [
    ...parse.sheetIssues,
    ...parse.results.flatMap((r) =>
      r.errors.map((e) => ({ path: `body.row.${r.row}.${e.path}`, message: `${e.column}: ${e.message}` })),
    ),
  ];
}

/** The template's rows: the header, then each line's label with empty cells to fill in. */
export function templateRows(): string[][] {
  return [workbookColumns.map((c) => c.header), ...lineKeys.map((k) => [categoryLabels[k]])];
}
