import { Decimal } from 'decimal.js';

/**
 * The service's private Decimal: 60 significant digits, half-up. Calculators multiply first and
 * divide once, last, so a quotient that is a whole number of half-fen is held exactly and rounds the
 * way the policy says; 60 digits leave room for fen × rate × days sums of any realistic book.
 * A clone, so no other package can change its settings.
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Dec = Decimal;

const ZERO = new Dec(0);

/** Places shown for a value that is not a whole fen; longer expansions are cut and marked with "…". */
const SHOWN_PLACES = 12;

/**
 * Rounds a non-negative amount of fen to a whole fen, half-up (x.5 → x+1). This is the ONE rounding
 * step of every money calculator.
 */
export function roundHalfUpToFen(fen: Dec): bigint {
  return BigInt(fen.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
}

/**
 * Shows an exact value for a breakdown: all digits when it ends within 12 places, otherwise the first
 * 12 places cut (never rounded, so 0.4999… never shows as 0.5) followed by "…".
 */
export function showDecimal(value: Dec): string {
  if (value.decimalPlaces() <= SHOWN_PLACES) return value.toFixed();
  return `${value.toFixed(SHOWN_PLACES, Decimal.ROUND_DOWN)}…`;
}

/** A spread quoted in basis points (150 bp) as a rate (0.015). */
export function bpToRate(bp: number): Dec {
  return new Dec(bp).div(10_000);
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.greaterThanOrEqualTo(b) ? a : b;
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThanOrEqualTo(b) ? a : b;
}

/** max(0, value): a subsidy rate that would come out negative is no subsidy. */
export function nonNegative(value: Dec): Dec {
  return maxDec(value, ZERO);
}

export function fenToDec(fen: bigint): Dec {
  return new Dec(fen.toString());
}

/** Formats fen as a CNY decimal string with two places, for messages ("10000000.00"). */
export function fenToCny(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${sign}${abs / 100n}.${cents}`;
}
