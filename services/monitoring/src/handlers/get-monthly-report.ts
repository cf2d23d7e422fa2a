import { NotFoundError, shanghaiDate } from '@sme/kernel';
import { cityConfig, type HttpResult, httpHandler, type RouteFunction } from '@sme/runtime';
import { monitoringConfig } from '../config.ts';
import { routes } from '../contracts.ts';
import { monthlyReportHtml } from '../domain/monthly-report.ts';
import { monthlyReport } from '../use-cases/monthly-report.ts';
import { bankReturns, factLog, groupLabels } from './composition.ts';

/** GET /v1/monitoring/monthly-reports/{month}?format=json|html: the monthly report, built on demand. */
export const getMonthlyReport: RouteFunction<typeof routes.getMonthlyReport> = async ({
  params,
  query,
}): Promise<HttpResult> => {
  const now = new Date();
  const today = shanghaiDate(now);
  if (params.month > today.slice(0, 7)) throw new NotFoundError(`The month ${params.month} has not begun`);
  const city = cityConfig();
  const config = monitoringConfig(city);
  const report = await monthlyReport(
    { facts: factLog(), returns: bankReturns() },
    {
      month: params.month,
      today,
      generatedAt: now.toISOString(),
      labels: groupLabels(city),
      city: { banks: city.banks, categories: config.bankCategories, targets: config.targets },
    },
  );
  if (query.format === 'html')
    return {
      status: 200,
      rawBody: monthlyReportHtml(report),
      headers: { 'content-type': 'text/html; charset=utf-8' },
    };
  return { status: 200, body: report };
};

export const handler = httpHandler(routes.getMonthlyReport, getMonthlyReport);
