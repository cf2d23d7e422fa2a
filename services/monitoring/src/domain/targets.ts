import { Decimal } from 'decimal.js';
import { type ReturnFigures, type ReturnLine, returnCategories } from './bank-returns.ts';

/**
 * The seeds' targets on bank returns, per bank and city-wide (docs/policy-rules.md M1–M5). Ratios are
 * compared exactly (decimal.js) and shown as percent rounded once, 2 places half up. 以上/不低于/不少于
 * include the bound (Civil Code art. 1259); 高于 excludes it.
 */

/**
 * Seed 000 sets targets for 大型银行 and 中小型商业银行, seed 003 for 国有大型银行 and 地方法人银行:
 * joint-stock and local legal-person banks are the small and medium ones; policy banks and banks the
 * city has not classified are measured but held to no tier target.
 */
export const bankCategories = [
  'state-owned-large',
  'joint-stock',
  'local-legal-person',
  'policy',
  'unclassified',
] as const;
export type BankCategory = (typeof bankCategories)[number];

/** One dated version of the targets (the city's `monitoring.targets`); null switches a target off. */
export interface TargetSet {
  /** First day of the month the version applies from (month-end figures of that month on). */
  effectiveFrom: string;
  /** Seed 000 六大标志性指标(一): private-enterprise loans over enterprise loans, 高于 (strict). */
  privateEnterpriseShare: { largeAbovePercent: string; smallMediumAbovePercent: string } | null;
  /** Seed 000 §6 (信用贷款占全部企业贷款的比重提高到18%以上): at least, inclusive. */
  creditLoanShareAtLeastPercent: string | null;
  /** Seed 003 §四: state-owned large banks' inclusive small-micro growth ≥ 30 %, local banks above theirs. */
  inclusiveGrowth: { stateOwnedAtLeastPercent: string; localAboveStateOwned: boolean } | null;
  /** Seed 004 §(一) 两增: inclusive small-micro growth not below all loans', borrowers not fewer than at year start. */
  twoIncreases: boolean;
}

export const seedTargets: TargetSet = {
  effectiveFrom: '2019-01-01',
  privateEnterpriseShare: { largeAbovePercent: '40', smallMediumAbovePercent: '80' },
  creditLoanShareAtLeastPercent: '18',
  inclusiveGrowth: { stateOwnedAtLeastPercent: '30', localAboveStateOwned: true },
  twoIncreases: true,
};

/** The version in force for a month: the latest starting on or before its first day. */
export function targetsFor(month: string, versions: readonly TargetSet[]): TargetSet | undefined {
  return versions
    .filter((v) => v.effectiveFrom <= `${month}-01`)
    .reduce<TargetSet | undefined>((a, v) => (!a || v.effectiveFrom > a.effectiveFrom ? v : a), undefined);
}

/** The month whose figures growth is measured from: the December before (年初 = last year's year end). */
export const baseMonth = (month: string) => `${Number(month.slice(0, 4)) - 1}-12`;

export interface Indicators {
  privateEnterpriseSharePercent: Decimal | null;
  creditLoanSharePercent: Decimal | null;
  inclusiveSmallMicroGrowthPercent: Decimal | null;
  allLoansGrowthPercent: Decimal | null;
  inclusiveBorrowersChange: number | null;
}

const share = (part: string, whole: string) =>
  BigInt(whole) === 0n ? null : new Decimal(part).times(100).dividedBy(whole);
const growth = (now: string, base: string | undefined) =>
  base === undefined || BigInt(base) === 0n ? null : new Decimal(now).minus(base).times(100).dividedBy(base);

/** A bank's (or the city's) indicators for the month; growth needs last December's figures. */
export function indicators(current: ReturnFigures, base: ReturnFigures | undefined): Indicators {
  const c = current.categories;
  return {
    privateEnterpriseSharePercent: share(c.privateEnterprise.balanceFen, current.enterpriseLoans.balanceFen),
    creditLoanSharePercent: share(c.creditLoans.balanceFen, current.enterpriseLoans.balanceFen),
    inclusiveSmallMicroGrowthPercent: growth(
      c.inclusiveSmallMicro.balanceFen,
      base?.categories.inclusiveSmallMicro.balanceFen,
    ),
    allLoansGrowthPercent: growth(current.allLoans.balanceFen, base?.allLoans.balanceFen),
    inclusiveBorrowersChange: base
      ? c.inclusiveSmallMicro.borrowers - base.categories.inclusiveSmallMicro.borrowers
      : null,
  };
}

function sumLines(lines: readonly ReturnLine[]): ReturnLine {
  let balance = 0n;
  let lent = 0n;
  let weighted = new Decimal(0);
  let borrowers = 0;
  let count = 0;
  for (const l of lines) {
    balance += BigInt(l.balanceFen);
    lent += BigInt(l.newLoansFen);
    borrowers += l.borrowers;
    count += l.newLoansCount;
    if (l.newLoansRatePercent !== null)
      weighted = weighted.plus(new Decimal(l.newLoansFen).times(l.newLoansRatePercent));
  }
  return {
    balanceFen: balance.toString(),
    borrowers,
    newLoansFen: lent.toString(),
    newLoansCount: count,
    newLoansRatePercent:
      lent === 0n ? null : weighted.dividedBy(lent.toString()).toFixed(4, Decimal.ROUND_HALF_UP),
  };
}

/** Several banks' figures as one (the city, or a tier): amounts and counts add, rates weighted by new loans. */
export function sumFigures(all: readonly ReturnFigures[]): ReturnFigures {
  return {
    allLoans: sumLines(all.map((f) => f.allLoans)),
    enterpriseLoans: sumLines(all.map((f) => f.enterpriseLoans)),
    categories: Object.fromEntries(
      returnCategories.map((c) => [c, sumLines(all.map((f) => f.categories[c]))]),
    ) as ReturnFigures['categories'],
  };
}

export type TargetId =
  | 'private-enterprise-share'
  | 'credit-loan-share'
  | 'inclusive-growth'
  | 'two-increases-growth'
  | 'two-increases-borrowers';

export interface Check {
  target: TargetId;
  citation: { seed: string; section: string };
  /** The indicator, percent (2 places) or a count. */
  value: string | null;
  comparison: '>' | '≥';
  threshold: string | null;
  status: 'met' | 'missed' | 'not-assessed';
  reason?: string;
}

const pct = (d: Decimal | null) => (d === null ? null : d.toFixed(2, Decimal.ROUND_HALF_UP));

function judge(
  target: TargetId,
  citation: Check['citation'],
  value: Decimal | null,
  comparison: Check['comparison'],
  threshold: Decimal | null,
  missing: string,
): Check {
  const base = { target, citation, value: pct(value), comparison, threshold: pct(threshold) };
  if (value === null || threshold === null) return { ...base, status: 'not-assessed', reason: missing };
  const met = comparison === '>' ? value.greaterThan(threshold) : value.greaterThanOrEqualTo(threshold);
  return { ...base, status: met ? 'met' : 'missed' };
}

const noBase = 'no return for last December to measure growth from';

/**
 * The checks that apply to a bank of that category (or to the city: `city`), under the version in force.
 * `stateOwnedGrowth` is the state-owned large banks' growth taken together, which local banks must beat.
 */
export function checks(
  category: BankCategory | 'city',
  ind: Indicators,
  targets: TargetSet,
  stateOwnedGrowth: Decimal | null,
): Check[] {
  const out: Check[] = [];
  const large = category === 'state-owned-large';
  const smallMedium = category === 'joint-stock' || category === 'local-legal-person';
  const p = targets.privateEnterpriseShare;
  if (p && (large || smallMedium))
    out.push(
      judge(
        'private-enterprise-share',
        { seed: '000', section: '六大标志性指标(一)' },
        ind.privateEnterpriseSharePercent,
        '>',
        new Decimal(large ? p.largeAbovePercent : p.smallMediumAbovePercent),
        'no enterprise loans',
      ),
    );
  if (targets.creditLoanShareAtLeastPercent !== null && category !== 'policy')
    out.push(
      judge(
        'credit-loan-share',
        { seed: '000', section: '§6' },
        ind.creditLoanSharePercent,
        '≥',
        new Decimal(targets.creditLoanShareAtLeastPercent),
        'no enterprise loans',
      ),
    );
  const g = targets.inclusiveGrowth;
  if (g && large)
    out.push(
      judge(
        'inclusive-growth',
        { seed: '003', section: '§四' },
        ind.inclusiveSmallMicroGrowthPercent,
        '≥',
        new Decimal(g.stateOwnedAtLeastPercent),
        noBase,
      ),
    );
  if (g?.localAboveStateOwned && category === 'local-legal-person') {
    const check = judge(
      'inclusive-growth',
      { seed: '003', section: '§四' },
      ind.inclusiveSmallMicroGrowthPercent,
      '>',
      stateOwnedGrowth,
      noBase,
    );
    out.push(
      stateOwnedGrowth === null && ind.inclusiveSmallMicroGrowthPercent !== null
        ? { ...check, reason: 'no growth of the state-owned large banks to compare with' }
        : check,
    );
  }
  if (targets.twoIncreases && category !== 'policy') {
    const citation = { seed: '004', section: '(一)' };
    out.push(
      judge(
        'two-increases-growth',
        citation,
        ind.inclusiveSmallMicroGrowthPercent,
        '≥',
        ind.allLoansGrowthPercent,
        noBase,
      ),
    );
    const change = ind.inclusiveBorrowersChange;
    out.push({
      target: 'two-increases-borrowers',
      citation,
      value: change === null ? null : String(change),
      comparison: '≥',
      threshold: '0',
      ...(change === null
        ? { status: 'not-assessed' as const, reason: noBase }
        : { status: change >= 0 ? ('met' as const) : ('missed' as const) }),
    });
  }
  return out;
}

export interface RankedBank {
  bankId: string;
  rank: number;
  met: number;
  missed: TargetId[];
}

/**
 * The monthly notice's order (按月通报): fewest misses first, then most targets met, then the city's bank
 * order; banks equal on both share a rank (1, 1, 3).
 */
export function rankBanks(banks: readonly { bankId: string; checks: readonly Check[] }[]): RankedBank[] {
  const scored = banks.map((b, order) => ({
    bankId: b.bankId,
    order,
    met: b.checks.filter((c) => c.status === 'met').length,
    missed: b.checks.filter((c) => c.status === 'missed').map((c) => c.target),
  }));
  scored.sort((a, b) => a.missed.length - b.missed.length || b.met - a.met || a.order - b.order);
  return scored.map((s, i) => {
    const first = scored.findIndex((o) => o.missed.length === s.missed.length && o.met === s.met);
    return { bankId: s.bankId, rank: (first === -1 ? i : first) + 1, met: s.met, missed: s.missed };
  });
}
