export { registryConfig, registryConfigSchema } from './config.ts';
export * from './contracts.ts';
export { registryManifest } from './manifest.ts';
