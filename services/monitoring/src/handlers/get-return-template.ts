import { httpHandler, type RouteFunction, writeXlsx, xlsxMediaType } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { templateRows } from '../domain/return-workbook.ts';

/** GET /v1/monitoring/bank-returns/template: the sheet a bank fills in and uploads. */
export const getReturnTemplate: RouteFunction<typeof routes.getReturnTemplate> = async () => ({
  status: 200,
  rawBody: await writeXlsx([
    { name: '银行统计报表', header: true, widths: [44, 18, 10, 18, 14, 24], rows: templateRows() },
  ]),
  headers: {
    'content-type': xlsxMediaType,
    'content-disposition': 'attachment; filename="bank-return-template.xlsx"',
  },
});

export const handler = httpHandler(routes.getReturnTemplate, getReturnTemplate);
