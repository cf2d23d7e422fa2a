import { Logger } from '@aws-lambda-powertools/logger';

/** One structured JSON logger per process; handlers append the request id per invocation. */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'sme-platform' });
