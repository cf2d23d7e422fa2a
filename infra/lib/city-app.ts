import { resolve } from 'node:path';
import { manifests as catalogManifests } from '@sme/catalog';
import { CityConfigError, loadCityConfig } from '@sme/kernel';
import type { ServiceManifest } from '@sme/runtime';
import type { App } from 'aws-cdk-lib';
import { buildCityStack, type CityStack } from './city-stack.ts';
import { addNagPacks } from './nag.ts';

/**
 * Context keys the app reads: `city` (required, `-c city=<id>`) and `citiesDir` (optional; where
 * `<id>.json` lives, default the repository's `cities/`).
 */
export const contextKeys = { city: 'city', citiesDir: 'citiesDir' } as const;

/**
 * Builds the CDK app for the city named in the context: loads and validates `cities/<id>.json`,
 * builds the city stack from the manifests and registers the cdk-nag packs. A missing or invalid
 * city throws `CityConfigError` naming the field.
 *
 * @example
 * const stack = createCityApp(new App({ context: { city: 'linshan' } }));
 */
export function createCityApp(app: App, manifests: readonly ServiceManifest[] = catalogManifests): CityStack {
  const cityId: unknown = app.node.tryGetContext(contextKeys.city);
  if (typeof cityId !== 'string' || cityId === '') {
    throw new CityConfigError(
      'Missing context "city": run `cdk synth -c city=<id>` with a file cities/<id>.json',
    );
  }
  const dir: unknown = app.node.tryGetContext(contextKeys.citiesDir);
  const city = loadCityConfig(cityId, typeof dir === 'string' && dir !== '' ? resolve(dir) : undefined);
  const stack = buildCityStack(app, city, manifests);
  addNagPacks(app);
  return stack;
}
