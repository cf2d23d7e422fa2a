export * from './business-date.ts';
export * from './city-config.ts';
export * from './errors.ts';
export * from './holiday-calendar.ts';
export * from './load-city.ts';
export * from './ordering.ts';
export * from './roles.ts';
export * from './uscc.ts';
