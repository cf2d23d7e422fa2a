import { Decimal } from 'decimal.js';
import type { ReturnFigures } from '../domain/bank-returns.ts';
import {
  type BankCategory,
  baseMonth,
  type Check,
  checks,
  type Indicators,
  indicators,
  rankBanks,
  sumFigures,
  type TargetId,
  type TargetSet,
  targetsFor,
} from '../domain/targets.ts';
import { monthReturns } from './bank-returns.ts';
import type { BankReturnStore } from './ports.ts';

const pct = (d: Decimal | null) => (d === null ? null : d.toFixed(2, Decimal.ROUND_HALF_UP));
const shown = (i: Indicators) => ({
  privateEnterpriseSharePercent: pct(i.privateEnterpriseSharePercent),
  creditLoanSharePercent: pct(i.creditLoanSharePercent),
  inclusiveSmallMicroGrowthPercent: pct(i.inclusiveSmallMicroGrowthPercent),
  allLoansGrowthPercent: pct(i.allLoansGrowthPercent),
  inclusiveBorrowersChange: i.inclusiveBorrowersChange,
});

export interface MonthlyNotice {
  month: string;
  baseMonth: string;
  targets: TargetSet | null;
  banks: {
    rank: number;
    bankId: string;
    name: string;
    category: BankCategory;
    version: number;
    indicators: ReturnType<typeof shown>;
    checks: Check[];
    met: number;
    missed: TargetId[];
  }[];
  city: { banks: number; indicators: ReturnType<typeof shown>; checks: Check[] } | null;
  missing: string[];
}

/**
 * The monthly notice (按月通报): each submitted bank's indicators and checks under the targets in force,
 * ranked; the city as the sum of the submitted banks (growth only when each has last December's return);
 * the banks that have not submitted.
 */
export async function monthlyNotice(
  month: string,
  city: {
    banks: readonly { id: string; name: string }[];
    categories: Record<string, BankCategory>;
    targets: readonly TargetSet[];
  },
  store: BankReturnStore,
): Promise<MonthlyNotice> {
  const ids = city.banks.map((b) => b.id);
  const base = baseMonth(month);
  const [{ returns, missing }, before] = await Promise.all([
    monthReturns(month, ids, store),
    monthReturns(base, ids, store),
  ]);
  const baseOf = new Map(before.returns.map((r) => [r.bankId, r.figures]));
  const category = (id: string) => city.categories[id] ?? 'unclassified';
  const targets = targetsFor(month, city.targets);

  // The state-owned large banks together, the bar local banks must clear (003 §四).
  const stateOwned = returns.filter((r) => category(r.bankId) === 'state-owned-large');
  const stateOwnedBases = stateOwned.map((r) => baseOf.get(r.bankId));
  const stateOwnedGrowth =
    stateOwned.length > 0 && stateOwnedBases.every((b) => b !== undefined)
      ? indicators(
          sumFigures(stateOwned.map((r) => r.figures)),
          sumFigures(stateOwnedBases as ReturnFigures[]),
        ).inclusiveSmallMicroGrowthPercent
      : null;

  const perBank = returns.map((r) => {
    const ind = indicators(r.figures, baseOf.get(r.bankId));
    return { r, ind, checks: targets ? checks(category(r.bankId), ind, targets, stateOwnedGrowth) : [] };
  });
  const names = new Map(city.banks.map((b) => [b.id, b.name]));
  const ranked = rankBanks(perBank.map((b) => ({ bankId: b.r.bankId, checks: b.checks })));
  const byId = new Map(perBank.map((b) => [b.r.bankId, b]));

  let cityPart: MonthlyNotice['city'] = null;
  if (returns.length > 0) {
    const bases = returns.map((r) => baseOf.get(r.bankId));
    const cityInd = indicators(
      sumFigures(returns.map((r) => r.figures)),
      bases.every((b) => b !== undefined) ? sumFigures(bases as ReturnFigures[]) : undefined,
    );
    cityPart = {
      banks: returns.length,
      indicators: shown(cityInd),
      checks: targets ? checks('city', cityInd, targets, stateOwnedGrowth) : [],
    };
  }
  return {
    month,
    baseMonth: base,
    targets: targets ?? null,
    banks: ranked.map((k) => {
      const b = byId.get(k.bankId);
      if (!b) throw new Error(`ranked bank ${k.bankId} not among the returns`);
      return {
        rank: k.rank,
        bankId: k.bankId,
        name: names.get(k.bankId) ?? k.bankId,
        category: category(k.bankId),
        version: b.r.version,
        indicators: shown(b.ind),
        checks: b.checks,
        met: k.met,
        missed: k.missed,
      };
    }),
    city: cityPart,
    missing,
  };
}
