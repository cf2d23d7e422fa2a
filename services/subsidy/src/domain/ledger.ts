import { ConflictError, ValidationError } from '@sme/kernel';
import { type LedgerProgram, ledgerPrograms } from './book.ts';
import { yearStart } from './months.ts';

/**
 * The yearly subsidy ledger (当年预拨，下年清算, seed 003 §十四): finance pre-allocates an amount per
 * program for year Y; entitlements accrue as actuals; in Y+1 the settlement (actual − pre-allocated)
 * is proposed, freezing the figures, and approved. States only move forward:
 *
 *   OPEN ──propose──▶ SETTLEMENT_PROPOSED ──approve──▶ APPROVED
 *                       └──propose again (refreshes the frozen figures)
 *
 * Pre-allocations change only while OPEN; nothing changes after approval. Entitlements still accrue
 * into an approved year (a late report is a fact), shown beside the frozen settlement as drift, to be
 * settled with a later year.
 */
export const ledgerStates = ['OPEN', 'SETTLEMENT_PROPOSED', 'APPROVED'] as const;
export type LedgerState = (typeof ledgerStates)[number];

export type ProgramAmounts = Partial<Record<LedgerProgram, number>>;

export interface ProgramFigures {
  program: LedgerProgram;
  preAllocatedFen: number;
  actualFen: number;
  /** actual − pre-allocated: positive is paid next year, negative is recovered or offset. */
  settlementFen: number;
}

export interface LedgerFigures {
  programs: ProgramFigures[];
  totals: Omit<ProgramFigures, 'program'>;
}

/** Per-program and total figures, every program listed (zero when nothing was booked). */
export function ledgerFigures(preAllocated: ProgramAmounts, actual: ProgramAmounts): LedgerFigures {
  const programs = ledgerPrograms.map((program) => {
    const preAllocatedFen = preAllocated[program] ?? 0;
    const actualFen = actual[program] ?? 0;
    return { program, preAllocatedFen, actualFen, settlementFen: actualFen - preAllocatedFen };
  });
  const sum = (pick: (p: ProgramFigures) => number) => programs.reduce((total, p) => total + pick(p), 0);
  return {
    programs,
    totals: {
      preAllocatedFen: sum((p) => p.preAllocatedFen),
      actualFen: sum((p) => p.actualFen),
      settlementFen: sum((p) => p.settlementFen),
    },
  };
}

function refuse(state: LedgerState, step: string, allowed: string): never {
  throw new ConflictError(`The ledger is ${state}; ${step} is allowed only ${allowed}`, { state });
}

/** Pre-allocations are set while the year is OPEN. */
export function assertCanSetPreAllocation(state: LedgerState): void {
  if (state !== 'OPEN') refuse(state, 'setting the pre-allocation', 'while OPEN');
}

/**
 * A settlement is proposed in a later year than the one it settles (下年清算), while OPEN, or again
 * while SETTLEMENT_PROPOSED to refresh the figures. `today` is the business date.
 */
export function assertCanPropose(state: LedgerState, year: number, today: string): void {
  if (today < yearStart(year + 1)) {
    throw new ValidationError(`Year ${year} is not over`, [
      { path: 'year', message: `the settlement of ${year} is proposed from ${yearStart(year + 1)} on` },
    ]);
  }
  if (state === 'APPROVED') refuse(state, 'proposing a settlement', 'before approval');
}

/** Only a proposed settlement is approved, once. */
export function assertCanApprove(state: LedgerState): void {
  if (state !== 'SETTLEMENT_PROPOSED') refuse(state, 'approval', 'when SETTLEMENT_PROPOSED');
}
