/**
 * Guarantee and subsidy service: pure calculators over a city's versioned subsidy policy (the
 * `subsidy` section of the city file, see config.ts), the book of guarantees and subsidised loans
 * booked from bank approvals with their entitlements, and the yearly ledger (manifest.ts).
 *
 * Conventions (see domain/inputs.ts, exact.ts, day-count.ts):
 * - money in: CNY decimal strings, ≤ 2 places ("10000000.00"); money out: integer fen as bigint
 *   (`amountFen`), serialised as a string by `resultToJson`;
 * - rates: decimal fraction strings ("0.01" = 1 %), 0…1; spreads against LPR or NPL: integer bp;
 * - periods: [start, end) in actual days; a yearly rate that is a cap or a whole-year amount (fees, the
 *   fee subsidy, 2.88 %, risk compensation) counts actual/actual, each day 1/365 or 1/366 of its year;
 *   the entrepreneurship loan's share of bank interest counts actual/360 unless its version says otherwise;
 * - each calculator rounds ONCE, half-up to the fen, after multiplying everything and dividing last;
 * - each result names the policy version used and carries a `{ step, formula, value }` breakdown;
 * - bad input throws `ValidationError` from @sme/kernel with the field path.
 */
export { type SubsidyConfig, subsidyConfig } from './config.ts';
export * from './contracts.ts';
export * from './domain/book.ts';
export * from './domain/borrower.ts';
export * from './domain/calculate-many.ts';
export type { DayCount } from './domain/day-count.ts';
export { actualDays, dayCounts } from './domain/day-count.ts';
export * from './domain/demo-policy.ts';
export * from './domain/entitlements.ts';
export * from './domain/entrepreneurship-loan.ts';
export * from './domain/ethnic-trade-loan.ts';
export { fenToCny } from './domain/exact.ts';
export * from './domain/fee-subsidy.ts';
export * from './domain/guarantee-fee.ts';
export * from './domain/guarantee-reports.ts';
export * from './domain/indicators.ts';
export type { BorrowerType } from './domain/inputs.ts';
export { borrowerTags, borrowerTypes, cnySchema, cnyToFen, rateSchema } from './domain/inputs.ts';
export * from './domain/ledger.ts';
export * from './domain/months.ts';
export * from './domain/patent-pledge-loan.ts';
export * from './domain/policy.ts';
export { subsidyPolicySchema } from './domain/policy.ts';
export { lprInForce, programVersionInForce } from './domain/policy-lookup.ts';
export * from './domain/result.ts';
export * from './domain/risk-compensation.ts';
export { subsidyManifest } from './manifest.ts';
