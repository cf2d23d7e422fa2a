import { HttpProblem } from '../http/problem.ts';
import type { SheetRow } from './csv.ts';

export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Largest total of uncompressed parts an uploaded workbook may declare (a 10,000-row sheet is ~10 MB). */
const maxUncompressedBytes = 64 * 1024 * 1024;

/**
 * The first worksheet of an .xlsx file → its non-empty rows, numbered as the spreadsheet numbers
 * them, each cell as text: numbers as written in the file (`12`, `1500000`), dates as `YYYY-MM-DD` (or
 * a full ISO time when they have one), booleans as `true`/`false`, formulas as their cached result, rich
 * text as its plain text. A file that is not a workbook, or would unpack to more than 64 MB, is refused.
 * The reader (read-excel-file) is loaded on first use, so JSON and CSV imports do not load it.
 */
export async function readXlsxSheet(bytes: Uint8Array): Promise<SheetRow[]> {
  checkArchive(bytes);
  const { readSheet } = await import('read-excel-file/node');
  let data: unknown[][];
  try {
    // A string would be read as a file path: the input is always a Buffer.
    data = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 1, {
      parseNumber: (text: string) => text,
    });
  } catch (error) {
    throw notAWorkbook(`it could not be read as a workbook (${(error as Error).message})`);
  }
  const rows: SheetRow[] = [];
  data.forEach((cells, i) => {
    const text = cells.map(cellText);
    if (text.some((c) => c !== '')) rows.push({ row: i + 1, cells: text });
  });
  return rows;
}

/**
 * Every worksheet of an .xlsx file by name, in workbook order, each as `readXlsxSheet` reads the first:
 * non-empty rows numbered as the spreadsheet numbers them, each cell as text. For files of several
 * sheets (the upper-level export read back, a return filed on its own sheet).
 */
export async function readXlsxWorkbook(bytes: Uint8Array): Promise<{ sheet: string; rows: SheetRow[] }[]> {
  checkArchive(bytes);
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      parseNumber: (text: string) => text,
    });
  } catch (error) {
    throw notAWorkbook(`it could not be read as a workbook (${(error as Error).message})`);
  }
  return sheets.map(({ sheet, data }) => {
    const rows: SheetRow[] = [];
    data.forEach((cells, i) => {
      const text = cells.map(cellText);
      if (text.some((c) => c !== '')) rows.push({ row: i + 1, cells: text });
    });
    return { sheet, rows };
  });
}

/** A cell's value as the text a person sees typed in it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value).trim();
}

/** A cell to write: text, a number, a boolean or nothing. */
export type CellInput = string | number | boolean | undefined;

export interface SheetSpec {
  name: string;
  rows: readonly (readonly CellInput[])[];
  /** Column widths in characters, by position. */
  widths?: readonly number[];
  /** Columns (0-based) whose cells are text (format `@`), so Excel keeps codes as typed (no 9.13E+17). */
  textColumns?: readonly number[];
  /** The first row is a header: bold, wrapped, frozen. */
  header?: boolean;
}

/**
 * Worksheets → an .xlsx file (write-excel-file, loaded on first use). Strings are written as strings,
 * never as formulas.
 */
export async function writeXlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const buffer = await writeXlsxFile(
    sheets.map((spec) => ({
      sheet: spec.name,
      columns: (spec.widths ?? []).map((width) => ({ width })),
      ...(spec.header ? { stickyRowsCount: 1 } : {}),
      data: spec.rows.map((cells, r) =>
        cells.map((value, c) => {
          if (value === undefined) return null;
          const header = spec.header && r === 0;
          const text = typeof value === 'string' && spec.textColumns?.includes(c) && !header;
          if (!header && !text) return value;
          return {
            value,
            ...(typeof value === 'string' ? { type: String } : {}),
            ...(text ? { format: '@' } : {}),
            ...(header ? { fontWeight: 'bold' as const, wrap: true, alignVertical: 'top' as const } : {}),
          };
        }),
      ),
    })),
  ).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * An .xlsx file is a zip archive: its central directory is read before anything is unpacked, so a
 * file that is not one (an .xls, a CSV sent with the wrong type) or that would unpack to a size no
 * worksheet of 10,000 rows needs (a zip bomb) is refused with a 400 instead of exhausting the function.
 */
export function checkArchive(bytes: Uint8Array): void {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw notAWorkbook('it is an Excel 97–2003 .xls file; save it as .xlsx (Excel Workbook)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0 || view.getUint32(0, true) !== 0x04034b50) throw notAWorkbook('it is not a zip archive');
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw notAWorkbook('its zip directory is damaged');
    }
    total += view.getUint32(offset + 24, true);
    if (total > maxUncompressedBytes) {
      throw new HttpProblem(
        'payload-too-large',
        `The workbook unpacks to more than ${maxUncompressedBytes / 1024 / 1024} MB; split it into smaller files`,
        [{ path: 'body', message: 'workbook too large once unpacked' }],
      );
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
}

function notAWorkbook(why: string): HttpProblem {
  return new HttpProblem('invalid-request', `The body is not an .xlsx workbook: ${why}`, [
    { path: 'body', message: 'not an .xlsx workbook' },
  ]);
}
