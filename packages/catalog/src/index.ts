import { accessManifest } from '@sme/access';
import { blacklistManifest } from '@sme/blacklist';
import { creditManifest } from '@sme/credit';
import { deliveryManifest } from '@sme/delivery';
import { matchingManifest } from '@sme/matching';
import { monitoringManifest } from '@sme/monitoring';
import { registryManifest } from '@sme/registry';
import { platformManifest, type ServiceManifest } from '@sme/runtime';
import { subsidyManifest } from '@sme/subsidy';
import { docsManifest } from './docs-manifest.ts';

/** Every service of a city stack. The CDK app and the local stack both build from this list. */
export const manifests: readonly ServiceManifest[] = [
  platformManifest,
  accessManifest,
  registryManifest,
  creditManifest,
  matchingManifest,
  blacklistManifest,
  deliveryManifest,
  monitoringManifest,
  subsidyManifest,
  docsManifest,
];
export { validateCitySections } from './city-sections.ts';
export { openApiDocument } from './openapi.ts';
