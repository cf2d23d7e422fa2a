import { type CityConfig, parseCityConfig } from '@sme/kernel';
import { envNames } from './manifest.ts';

/** Reads a required env var; infra sets them from the manifest, the local stack from the same names. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`Environment variable ${name} is not set (is the table/queue declared in the manifest?)`);
  return value;
}

/** Physical name of a table the function declared in its manifest entry. */
export const tableName = (logical: string): string => requireEnv(envNames.table(logical));

/** URL of a queue the function declared in its manifest entry. */
export const queueUrl = (logical: string): string => requireEnv(envNames.queueUrl(logical));

/** URL of a bank's inbox queue; set for functions whose manifest entry has `sendsToBankQueues`. */
export function bankQueueUrl(bankId: string): string {
  const urls = JSON.parse(requireEnv(envNames.bankQueues)) as Record<string, string>;
  const url = urls[bankId];
  if (!url) throw new Error(`No inbox queue for bank ${bankId} (is its delivery kind "sqs"?)`);
  return url;
}

let city: CityConfig | undefined;
/**
 * The city config. Deployed functions have it inlined at bundle time (esbuild `define`), so it is
 * validated by synth and costs no I/O at cold start; the local stack sets the same variable.
 */
export function cityConfig(): CityConfig {
  // Read literally: esbuild's `define` replaces this exact expression at bundle time.
  const json = process.env.CITY_CONFIG_JSON;
  if (!json) throw new Error(`Environment variable ${envNames.cityConfig} is not set`);
  city ??= parseCityConfig(JSON.parse(json), envNames.cityConfig);
  return city;
}
