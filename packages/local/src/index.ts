export * from './aws/index.ts';
export * from './demo-bank-receiver.ts';
export * from './gateway.ts';
export * from './seed.ts';
export * from './stack.ts';
