export * from './domain/push-inbox-state.ts';
export * from './domain/retry-policy.ts';
export * from './domain/webhook-signature.ts';
export * from './domain/working-days.ts';
