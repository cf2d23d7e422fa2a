export * from './domain/declaration-state.ts';
export * from './domain/push-adjustments.ts';
export * from './domain/push-assignment.ts';
export * from './domain/push-input.ts';
export * from './domain/push-reasons.ts';
export * from './domain/push-result.ts';
export * from './domain/screening.ts';
