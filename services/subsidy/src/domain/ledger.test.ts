import { ConflictError, ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import {
  assertCanApprove,
  assertCanPropose,
  assertCanSetPreAllocation,
  type LedgerState,
  ledgerFigures,
} from './ledger.ts';

describe('Function: ledgerFigures', () => {
  it('settles actual − pre-allocated per program, negative when less accrued than advanced', () => {
    // Act
    const figures = ledgerFigures(
      { 'fee-subsidy': 5_000_000, 'risk-compensation': 3_000_000 },
      { 'fee-subsidy': 5_100_000, 'risk-compensation': 2_095_890, 'entrepreneurship-loan': 40_000 },
    );

    // Assess
    expect(figures.programs.find((p) => p.program === 'fee-subsidy')).toEqual({
      program: 'fee-subsidy',
      preAllocatedFen: 5_000_000,
      actualFen: 5_100_000,
      settlementFen: 100_000,
    });
    expect(figures.programs.find((p) => p.program === 'risk-compensation')?.settlementFen).toBe(-904_110);
    expect(figures.programs.find((p) => p.program === 'patent-pledge-loan')).toEqual({
      program: 'patent-pledge-loan',
      preAllocatedFen: 0,
      actualFen: 0,
      settlementFen: 0,
    });
    // 100,000 − 904,110 + 40,000
    expect(figures.totals).toEqual({
      preAllocatedFen: 8_000_000,
      actualFen: 7_235_890,
      settlementFen: -764_110,
    });
  });
});

describe('Function: ledger guards', () => {
  it.each([
    ['OPEN', true],
    ['SETTLEMENT_PROPOSED', false],
    ['APPROVED', false],
  ] as [LedgerState, boolean][])('pre-allocation in %s: allowed %s', (state, allowed) => {
    // Act
    const act = () => assertCanSetPreAllocation(state);

    // Assess
    if (allowed) expect(act).not.toThrow();
    else expect(act).toThrow(ConflictError);
  });

  it.each([
    ['OPEN', true],
    ['SETTLEMENT_PROPOSED', true],
    ['APPROVED', false],
  ] as [LedgerState, boolean][])('proposal in %s after the year: allowed %s', (state, allowed) => {
    // Act
    const act = () => assertCanPropose(state, 2025, '2026-01-01');

    // Assess
    if (allowed) expect(act).not.toThrow();
    else expect(act).toThrow(ConflictError);
  });

  it('refuses to propose the settlement of a year that is not over, naming year', () => {
    // Act
    const act = () => assertCanPropose('OPEN', 2025, '2025-12-31');

    // Assess
    expect(act).toThrow(ValidationError);
    try {
      act();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['year']);
    }
  });

  it.each([
    ['OPEN', false],
    ['SETTLEMENT_PROPOSED', true],
    ['APPROVED', false],
  ] as [LedgerState, boolean][])('approval in %s: allowed %s', (state, allowed) => {
    // Act
    const act = () => assertCanApprove(state);

    // Assess
    if (allowed) expect(act).not.toThrow();
    else expect(act).toThrow(ConflictError);
  });
});
