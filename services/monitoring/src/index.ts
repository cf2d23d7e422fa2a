export * from './contracts.ts';
export * from './domain/bulletin.ts';
export * from './domain/business-dates.ts';
export * from './domain/dimensions.ts';
export * from './domain/enterprise-projection.ts';
export * from './domain/facts.ts';
export * from './domain/push-projection.ts';
export * from './domain/summary.ts';
export { monitoringManifest } from './manifest.ts';
