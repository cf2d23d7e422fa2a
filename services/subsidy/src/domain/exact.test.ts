import { describe, expect, it } from 'vitest';
import { Dec, fenToCny, roundHalfUpToFen, showDecimal } from './exact.ts';
import { cnyToFen } from './inputs.ts';

describe('Function: roundHalfUpToFen', () => {
  it.each([
    ['5000.5', 5001n],
    ['5000.4999', 5000n],
    ['5000.49999999999999999999', 5000n],
    ['0.5', 1n],
    ['0', 0n],
    ['12.0000001', 12n],
  ])('rounds %s fen to %s', (value, expected) => {
    // Act
    const rounded = roundHalfUpToFen(new Dec(value));

    // Assess
    expect(rounded).toBe(expected);
  });

  it('keeps an exact half after a division by 360 (multiply first, divide last)', () => {
    // Prepare: 1,000,100 fen × 0.01 × 180 = 1,800,180; ÷ 360 = 5,000.5 exactly
    const unrounded = new Dec(1_000_100).times('0.01').times(180).div(360);

    // Act
    const rounded = roundHalfUpToFen(unrounded);

    // Assess
    expect(unrounded.toFixed()).toBe('5000.5');
    expect(rounded).toBe(5001n);
  });
});

describe('Function: showDecimal', () => {
  it('shows a terminating value in full and cuts a repeating one without rounding it up', () => {
    // Prepare: 1/360 = 0.0027777…; 0.4999…9 (13 nines) must not show as 0.5
    const repeating = new Dec(1).div(360);
    const nearHalf = new Dec('0.4999999999999');

    // Act / Assess
    expect(showDecimal(new Dec('5000.495'))).toBe('5000.495');
    expect(showDecimal(repeating)).toBe('0.002777777777…');
    expect(showDecimal(nearHalf)).toBe('0.499999999999…');
  });
});

describe('Function: cnyToFen / fenToCny', () => {
  it.each([
    ['10000000.00', 1_000_000_000n],
    ['10000000.01', 1_000_000_001n],
    ['3000000.1', 300_000_010n],
    ['0', 0n],
    ['500000', 50_000_000n],
  ])('reads %s CNY as %s fen', (cny, fen) => {
    // Act / Assess
    expect(cnyToFen(cny)).toBe(fen);
  });

  it('formats fen with two places', () => {
    // Act / Assess
    expect(fenToCny(1_000_000_001n)).toBe('10000000.01');
    expect(fenToCny(5n)).toBe('0.05');
  });
});
