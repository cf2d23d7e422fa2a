export * from './aws/index.ts';
export * from './consumer-worker-process.ts';
export * from './consumers.ts';
export * from './demo-bank-receiver.ts';
export * from './gateway.ts';
export * from './oidc-provider.ts';
export * from './seed.ts';
export * from './stack.ts';
