export { registryConfig } from './config.ts';
export * from './contracts.ts';
export { registryManifest } from './manifest.ts';
