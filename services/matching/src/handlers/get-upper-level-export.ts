import { NotFoundError, shanghaiDate } from '@sme/kernel';
import {
  cityConfig,
  type HttpResult,
  httpHandler,
  type RouteFunction,
  writeXlsx,
  xlsxMediaType,
} from '@sme/runtime';
import { routes } from '../contracts.ts';
import { exportSheets } from '../domain/upper-level-export.ts';
import { upperLevelFigures } from '../use-cases/upper-level-export.ts';
import { exportLabels, reportStore } from './composition.ts';

/**
 * GET /v1/reports/upper-level/{month}?format=xlsx|json: the month's export for the upper-level
 * mechanism — the archived one when the monthly schedule made it, otherwise built now and not stored.
 */
export const getUpperLevelExport: RouteFunction<typeof routes.getUpperLevelExport> = async ({
  params,
  query,
}): Promise<HttpResult> => {
  const now = new Date();
  if (params.month > shanghaiDate(now).slice(0, 7))
    throw new NotFoundError(`The month ${params.month} has not begun`);
  const { figures, archived } = await upperLevelFigures(reportStore(), params.month, now.toISOString());
  if (query.format === 'json') return { status: 200, body: { ...figures, archived } };
  const city = cityConfig();
  return {
    status: 200,
    rawBody: await writeXlsx(exportSheets(figures, exportLabels(city))),
    headers: {
      'content-type': xlsxMediaType,
      'content-disposition': `attachment; filename="upper-level-${city.id}-${params.month}.xlsx"`,
    },
  };
};

export const handler = httpHandler(routes.getUpperLevelExport, getUpperLevelExport);
