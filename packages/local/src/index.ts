export * from './aws/index.ts';
export * from './gateway.ts';
export * from './seed.ts';
export * from './stack.ts';
