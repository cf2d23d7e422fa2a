import { describe, expect, it } from 'vitest';
import type { ReturnFigures, ReturnLine } from './bank-returns.ts';
import {
  baseMonth,
  checks,
  indicators,
  rankBanks,
  seedTargets,
  sumFigures,
  type TargetSet,
  targetsFor,
} from './targets.ts';

const line = (
  balanceFen: number,
  borrowers = 0,
  newLoansFen = 0,
  rate: string | null = null,
): ReturnLine => ({
  balanceFen: String(balanceFen),
  borrowers,
  newLoansFen: String(newLoansFen),
  newLoansCount: newLoansFen > 0 ? 1 : 0,
  newLoansRatePercent: rate,
});
const zero = line(0);
function figures(f: {
  all: number;
  enterprise: number;
  privateEnterprise?: number;
  credit?: number;
  inclusive?: number;
  inclusiveBorrowers?: number;
}): ReturnFigures {
  return {
    allLoans: line(f.all, 100_000),
    enterpriseLoans: line(f.enterprise, 50_000),
    categories: {
      privateEnterprise: line(f.privateEnterprise ?? 0),
      inclusiveSmallMicro: line(f.inclusive ?? 0, f.inclusiveBorrowers ?? 0),
      creditLoans: line(f.credit ?? 0),
      firstLoanHouseholds: zero,
      renewalsWithoutRepayment: zero,
      individualBusinesses: zero,
      mediumEnterprises: zero,
    },
  };
}
const statusOf = (cs: ReturnType<typeof checks>) => Object.fromEntries(cs.map((c) => [c.target, c.status]));

describe('indicators', () => {
  it('computes shares over enterprise loans and growth since last December', () => {
    // private 401,000 / enterprise 1,000,000 = 40.1 %; credit 180,000 / 1,000,000 = 18 %;
    // inclusive 100,000 → 130,000 = +30 %; all loans 5,000,000 → 5,500,000 = +10 %; borrowers 500 → 499
    const base = figures({
      all: 5_000_000,
      enterprise: 900_000,
      inclusive: 100_000,
      inclusiveBorrowers: 500,
    });
    const now = figures({
      all: 5_500_000,
      enterprise: 1_000_000,
      privateEnterprise: 401_000,
      credit: 180_000,
      inclusive: 130_000,
      inclusiveBorrowers: 499,
    });
    const ind = indicators(now, base);
    expect(ind.privateEnterpriseSharePercent?.toString()).toBe('40.1');
    expect(ind.creditLoanSharePercent?.toString()).toBe('18');
    expect(ind.inclusiveSmallMicroGrowthPercent?.toString()).toBe('30');
    expect(ind.allLoansGrowthPercent?.toString()).toBe('10');
    expect(ind.inclusiveBorrowersChange).toBe(-1);
    expect(statusOf(checks('state-owned-large', ind, seedTargets, null))).toEqual({
      'private-enterprise-share': 'met', // 40.1 > 40
      'credit-loan-share': 'met', // 18 ≥ 18 (以上 includes it)
      'inclusive-growth': 'met', // 30 ≥ 30 (达到30%以上)
      'two-increases-growth': 'met', // 30 ≥ 10
      'two-increases-borrowers': 'missed', // 499 < 500
    });
  });

  it('holds a large bank at exactly 40 % short (高于 is strict) and compares ratios exactly, not as shown', () => {
    // private 400,000 / 1,000,000 = 40 %: not above 40; credit 179,999 / 1,000,000 = 17.9999 %, shown 18.00, missed
    const ind = indicators(
      figures({ all: 2_000_000, enterprise: 1_000_000, privateEnterprise: 400_000, credit: 179_999 }),
      undefined,
    );
    const cs = checks('state-owned-large', ind, seedTargets, null);
    expect(cs.find((c) => c.target === 'credit-loan-share')).toMatchObject({
      value: '18.00',
      status: 'missed',
    });
    expect(statusOf(cs)).toEqual({
      'private-enterprise-share': 'missed',
      'credit-loan-share': 'missed',
      'inclusive-growth': 'not-assessed',
      'two-increases-growth': 'not-assessed',
      'two-increases-borrowers': 'not-assessed',
    });
  });

  it('holds small and medium banks to above 80 % and local banks to growth above the state-owned banks together', () => {
    // state-owned: 1,000 → 1,300 and 3,000 → 3,600: together 4,000 → 4,900 = +22.5 %
    const stateOwned = indicators(
      sumFigures([
        figures({ all: 10_000, enterprise: 5_000, inclusive: 1_300 }),
        figures({ all: 10_000, enterprise: 5_000, inclusive: 3_600 }),
      ]),
      sumFigures([
        figures({ all: 10_000, enterprise: 5_000, inclusive: 1_000 }),
        figures({ all: 10_000, enterprise: 5_000, inclusive: 3_000 }),
      ]),
    ).inclusiveSmallMicroGrowthPercent;
    expect(stateOwned?.toString()).toBe('22.5');
    const local = (inclusiveNow: number) =>
      checks(
        'local-legal-person',
        indicators(
          figures({
            all: 10_000,
            enterprise: 10_000,
            privateEnterprise: 8_001,
            credit: 2_000,
            inclusive: inclusiveNow,
          }),
          figures({ all: 10_000, enterprise: 10_000, inclusive: 10_000 }),
        ),
        seedTargets,
        stateOwned ?? null,
      );
    // 12,250 on 10,000 = +22.5 %: equal, not above; 12,251 = +22.51 %: above
    expect(local(12_250).find((c) => c.target === 'inclusive-growth')).toMatchObject({
      value: '22.50',
      comparison: '>',
      threshold: '22.50',
      status: 'missed',
    });
    expect(statusOf(local(12_251))).toEqual({
      'private-enterprise-share': 'met', // 80.01 > 80
      'credit-loan-share': 'met', // 20 ≥ 18
      'inclusive-growth': 'met',
      'two-increases-growth': 'met', // 22.51 ≥ 0
      'two-increases-borrowers': 'met', // 0 ≥ 0 (不少于)
    });
    const at80 = indicators(
      figures({ all: 10_000, enterprise: 10_000, privateEnterprise: 8_000 }),
      undefined,
    );
    expect(statusOf(checks('joint-stock', at80, seedTargets, null))['private-enterprise-share']).toBe(
      'missed',
    );
  });

  it('holds inclusive growth to at least all loans’ growth (不低于): equal is met', () => {
    // inclusive 1,000 → 1,100 (+10 %), all loans 20,000 → 22,000 (+10 %)
    const ind = indicators(
      figures({ all: 22_000, enterprise: 10_000, inclusive: 1_100 }),
      figures({ all: 20_000, enterprise: 10_000, inclusive: 1_000 }),
    );
    expect(statusOf(checks('city', ind, seedTargets, null))['two-increases-growth']).toBe('met');
    const below = indicators(
      figures({ all: 22_001, enterprise: 10_000, inclusive: 1_100 }),
      figures({ all: 20_000, enterprise: 10_000, inclusive: 1_000 }),
    );
    expect(statusOf(checks('city', below, seedTargets, null))['two-increases-growth']).toBe('missed');
  });
});

describe('sumFigures', () => {
  it('adds amounts and weighs rates by new loans', () => {
    // 3,000,000 fen at 4 % and 1,000,000 fen at 3.2 %: (12,000,000 + 3,200,000) / 4,000,000 = 3.8 %
    const a = figures({ all: 10, enterprise: 5 });
    const b = figures({ all: 20, enterprise: 5 });
    a.allLoans = line(10, 1, 3_000_000, '4');
    b.allLoans = line(20, 2, 1_000_000, '3.2');
    expect(sumFigures([a, b]).allLoans).toEqual({
      balanceFen: '30',
      borrowers: 3,
      newLoansFen: '4000000',
      newLoansCount: 2,
      newLoansRatePercent: '3.8000',
    });
  });
});

describe('targetsFor and baseMonth', () => {
  it('takes the latest version starting on or before the month, and last December as the base', () => {
    const stricter: TargetSet = {
      ...seedTargets,
      effectiveFrom: '2027-01-01',
      creditLoanShareAtLeastPercent: '20',
    };
    expect(targetsFor('2026-12', [seedTargets, stricter])).toBe(seedTargets);
    expect(targetsFor('2027-01', [seedTargets, stricter])).toBe(stricter);
    expect(targetsFor('2018-12', [seedTargets, stricter])).toBeUndefined();
    expect(baseMonth('2026-11')).toBe('2025-12');
    expect(baseMonth('2027-01')).toBe('2026-12');
  });
});

describe('rankBanks', () => {
  it('ranks fewest misses first, then most met; equal banks share a rank', () => {
    const c = (status: 'met' | 'missed', target = 'credit-loan-share' as const) => ({
      target,
      citation: { seed: '000', section: '§6' },
      value: null,
      comparison: '≥' as const,
      threshold: null,
      status,
    });
    expect(
      rankBanks([
        { bankId: 'a', checks: [c('missed'), c('met')] },
        { bankId: 'b', checks: [c('met'), c('met')] },
        { bankId: 'c', checks: [c('met'), c('met')] },
        { bankId: 'd', checks: [c('met')] },
      ]),
    ).toEqual([
      { bankId: 'b', rank: 1, met: 2, missed: [] },
      { bankId: 'c', rank: 1, met: 2, missed: [] },
      { bankId: 'd', rank: 3, met: 1, missed: [] },
      { bankId: 'a', rank: 4, met: 1, missed: ['credit-loan-share'] },
    ]);
  });
});
