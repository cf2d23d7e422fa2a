import {
  type CellInput,
  type HttpResult,
  type SheetSpec,
  toCsv,
  writeXlsx,
  xlsxMediaType,
} from '@sme/runtime';
import { enterpriseColumns } from '../domain/spreadsheet.ts';

/**
 * The enterprises sheet (header and rows, in the import's columns) as a file to download: CSV in UTF-8
 * with a byte-order mark (so Excel in China opens it as UTF-8, not GBK), or an .xlsx workbook whose
 * code cells are text and whose header row stays in view; `notes` is a second worksheet.
 */
export async function sheetFile(args: {
  format: 'csv' | 'xlsx';
  filename: string;
  name: string;
  rows: readonly (readonly CellInput[])[];
  notes?: readonly (readonly CellInput[])[];
}): Promise<HttpResult> {
  const disposition = `attachment; filename="${args.filename}.${args.format}"`;
  if (args.format === 'csv') {
    return {
      status: 200,
      rawBody: `\uFEFF${toCsv(args.rows)}`,
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition },
    };
  }
  const sheets: SheetSpec[] = [
    {
      name: args.name,
      rows: args.rows,
      header: true,
      widths: enterpriseColumns.map((c) => c.width),
      textColumns: enterpriseColumns.flatMap((c, i) => (c.text ? [i] : [])),
    },
  ];
  if (args.notes) sheets.push({ name: '填写说明 notes', rows: args.notes, widths: [26, 22, 20, 12, 60, 36] });
  return {
    status: 200,
    rawBody: await writeXlsx(sheets),
    headers: { 'content-type': xlsxMediaType, 'content-disposition': disposition },
  };
}
