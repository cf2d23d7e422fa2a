import { ValidationError } from '@sme/kernel';
import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { maxExportRows, routes } from '../contracts.ts';
import type { StoredEnterprise } from '../domain/enterprise.ts';
import { enterpriseCells, headerRow } from '../domain/spreadsheet.ts';
import { enterpriseRepository } from './composition.ts';
import { sheetFile } from './spreadsheet-file.ts';
import { publicView } from './views.ts';

/**
 * GET /v1/enterprises/export?format=csv|xlsx&township=&industry=&sizeClass=&entityType=&status=&tag=:
 * every enterprise the list would page through, in one file in the import's columns (so importing it
 * again changes nothing). More than one import takes (10,000) is refused: narrow the filters.
 */
export const exportEnterprises: RouteFunction<typeof routes.exportEnterprises> = async ({ query }) => {
  const { format, ...filter } = query;
  const found: StoredEnterprise[] = [];
  let cursor: string | undefined;
  do {
    const page = await enterpriseRepository().list(filter, 1_000, cursor);
    found.push(...page.items);
    cursor = page.nextCursor;
    if (found.length > maxExportRows) {
      throw new ValidationError(
        `More than ${maxExportRows} enterprises match; narrow the filters (township, industry, size class, entity type, status, tag)`,
        [{ path: 'query', message: `more than ${maxExportRows} enterprises match` }],
      );
    }
  } while (cursor);
  const day = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  return sheetFile({
    format,
    filename: `enterprises-${cityConfig().id}-${day}`,
    name: '企业名录 enterprises',
    rows: [headerRow(), ...found.map((e) => enterpriseCells(publicView(e)))],
  });
};

export const handler = httpHandler(routes.exportEnterprises, exportEnterprises);
