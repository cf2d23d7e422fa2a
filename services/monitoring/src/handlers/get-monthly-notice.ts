import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { monitoringConfig } from '../config.ts';
import { routes } from '../contracts.ts';
import { monthlyNotice } from '../use-cases/monthly-notice.ts';
import { bankReturns } from './composition.ts';

/** GET /v1/monitoring/monthly-notices/{month}: the banks ranked against the seeds' targets. */
export const getMonthlyNotice: RouteFunction<typeof routes.getMonthlyNotice> = async ({ params }) => {
  const city = cityConfig();
  const config = monitoringConfig(city);
  const body = await monthlyNotice(
    params.month,
    { banks: city.banks, categories: config.bankCategories, targets: config.targets },
    bankReturns(),
  );
  return { status: 200, body };
};

export const handler = httpHandler(routes.getMonthlyNotice, getMonthlyNotice);
