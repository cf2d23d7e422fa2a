export { manifests } from '@sme/catalog';
export type { CityConfig } from '@sme/kernel';
export { loadCityConfig } from '@sme/kernel';
export type {
  FunctionSpec,
  KeyUse,
  QueueSpec,
  ServiceManifest,
  TableAccess,
  TableSpec,
  Trigger,
} from '@sme/runtime';
export { defaultTimeoutSeconds, envNames, functionId, physicalName, resolveChannels } from '@sme/runtime';
export { contextKeys, createCityApp } from './city-app.ts';
export { buildCityStack, CityStack, nestedStacksOf, type ServiceStacks } from './city-stack.ts';
export { addNagPacks } from './nag.ts';
