import { blacklistConfig } from '@sme/blacklist';
import { creditConfig } from '@sme/credit';
import { deliveryConfig } from '@sme/delivery';
import type { CityConfig } from '@sme/kernel';
import { matchingConfig } from '@sme/matching';
import { registryConfig } from '@sme/registry';
import { subsidyConfig } from '@sme/subsidy';

/**
 * Each service's check of its own section of a city file (each throws naming the bad field). CDK
 * synth and the local stack run them before building anything, so a bad section never reaches a
 * function. Kept apart from the manifests: a function bundle that lists the manifests (the docs)
 * must not carry every service's config schemas and dictionaries.
 */
export function validateCitySections(city: CityConfig): void {
  for (const validate of [
    registryConfig,
    creditConfig,
    matchingConfig,
    deliveryConfig,
    subsidyConfig,
    blacklistConfig,
  ]) {
    validate(city);
  }
}
