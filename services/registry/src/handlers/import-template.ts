import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { headerRow, templateNotes } from '../domain/spreadsheet.ts';
import { sheetFile } from './spreadsheet-file.ts';

/**
 * GET /v1/enterprises/imports/template?format=csv|xlsx: the header row of the import (Chinese and
 * English names; `*` marks the required columns), ready to fill in and POST back as it is. The .xlsx
 * has a second sheet with what each column takes and the city's townships and banks.
 */
export const importTemplate: RouteFunction<typeof routes.importTemplate> = async ({ query }) =>
  sheetFile({
    format: query.format,
    filename: 'enterprise-import-template',
    name: '企业名录 enterprises',
    rows: [headerRow()],
    notes: templateNotes(cityConfig()),
  });

export const handler = httpHandler(routes.importTemplate, importTemplate);
