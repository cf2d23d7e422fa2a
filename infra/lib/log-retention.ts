import type { CityConfig } from '@sme/kernel';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

const retention: Record<CityConfig['deployment']['logRetentionDays'], RetentionDays> = {
  30: RetentionDays.ONE_MONTH,
  90: RetentionDays.THREE_MONTHS,
  180: RetentionDays.SIX_MONTHS,
  365: RetentionDays.ONE_YEAR,
  731: RetentionDays.TWO_YEARS,
};

/** The CloudWatch retention for the city's `deployment.logRetentionDays` (the schema allows only these). */
export function logRetention(city: CityConfig): RetentionDays {
  return retention[city.deployment.logRetentionDays];
}
