export * from './contracts.ts';
export { registryManifest } from './manifest.ts';
