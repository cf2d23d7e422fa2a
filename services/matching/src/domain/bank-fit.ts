import { compareCodeUnits } from '@sme/kernel';
import type { BankProduct, BankProfile, PushEnterprise } from './push-input.ts';
import { type Reason, reason } from './push-reasons.ts';
import type { BankDecision } from './push-result.ts';

/**
 * A bank's profile prepared once per batch. Enterprises of a batch share few distinct industries,
 * townships and demands, so each bank memoises its verdicts: reasons, product lists and the plain
 * decision are then shared, frozen values instead of fresh objects for each of the E × B pairs.
 */
export interface PreparedBank {
  id: string;
  index: number;
  capacity: number;
  products: readonly BankProduct[];
  /** Longest first, so the first match is the most specific speciality. */
  industries: readonly string[];
  /** Null: the whole city. */
  regions: ReadonlySet<string> | null;
  industryVerdicts: Map<string, Verdict>;
  regionVerdicts: Map<string, Verdict>;
  /** Class names (matched prefix, refused code or township) → small integers for the fit key. */
  classes: Map<string, number>;
  /** Demand key → industry and region classes → fit. */
  fits: Map<string, Map<number, ProductFit>>;
}

interface Verdict {
  /** Industry: matched prefix length, 0 for a generalist, -1 refused. Region: 1 named, 0 whole city, -1 refused. */
  value: number;
  cls: number;
}

/** Shared between enterprises: frozen. */
export interface ProductFit {
  /** Names of the products that take this demand; empty when none does. */
  products: readonly string[];
  /**
   * Higher is a better fit: a credit-loan product when one is wanted outranks specialisation,
   * then the most specific industry speciality (GB/T 4754 prefix length), then a named region.
   */
  score: number;
  /** Rule 4's say: one `product-fit`, or the refusals (industry, region, products). */
  reasons: readonly Reason[];
  eligible: boolean;
  /** The whole decision when no other rule speaks about this bank for the enterprise. */
  plain: BankDecision;
}

export function prepareBanks(banks: readonly BankProfile[]): PreparedBank[] {
  return [...banks]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((bank, index) => ({
      id: bank.id,
      index,
      capacity: bank.capacity,
      products: bank.products,
      industries: [...bank.industries].sort((a, b) => b.length - a.length || compareIds(a, b)),
      regions: bank.regions.length > 0 ? new Set(bank.regions) : null,
      industryVerdicts: new Map(),
      regionVerdicts: new Map(),
      classes: new Map(),
      fits: new Map(),
    }));
}

export const compareIds = compareCodeUnits;

/** Computed once per enterprise, so the E × B lookups hash one ready string each. */
export function demandKey(enterprise: PushEnterprise): string {
  const d = enterprise.demand;
  return `${d.amountFen}|${d.termMonths}|${d.guaranteeType}|${d.creditLoanWanted ? 1 : 0}`;
}

/** Rule 4: does the bank serve this enterprise's industry and region with a product for this demand? */
export function fitDemand(enterprise: PushEnterprise, demand: string, bank: PreparedBank): ProductFit {
  const industry = industryVerdict(bank, enterprise.industryCode);
  const region = regionVerdict(bank, enterprise.township);
  let byClass = bank.fits.get(demand);
  if (byClass === undefined) {
    byClass = new Map();
    bank.fits.set(demand, byClass);
  }
  const key = industry.cls * 1_048_576 + region.cls;
  let fit = byClass.get(key);
  if (fit === undefined) {
    fit = computeFit(enterprise, bank, industry.value, region.value);
    byClass.set(key, fit);
  }
  return fit;
}

function classOf(bank: PreparedBank, name: string): number {
  let cls = bank.classes.get(name);
  if (cls === undefined) {
    cls = bank.classes.size;
    bank.classes.set(name, cls);
  }
  return cls;
}

function industryVerdict(bank: PreparedBank, code: string): Verdict {
  let verdict = bank.industryVerdicts.get(code);
  if (verdict === undefined) {
    const value =
      bank.industries.length === 0
        ? 0
        : (bank.industries.find((prefix) => code.startsWith(prefix))?.length ?? -1);
    // The reasons name the refused code, or the matched speciality.
    verdict = {
      value,
      cls: classOf(bank, value < 0 ? `industry!${code}` : `industry:${code.slice(0, value)}`),
    };
    bank.industryVerdicts.set(code, verdict);
  }
  return verdict;
}

function regionVerdict(bank: PreparedBank, township: string): Verdict {
  let verdict = bank.regionVerdicts.get(township);
  if (verdict === undefined) {
    const value =
      bank.regions === null
        ? 0
        : bank.regions.has(township) || bank.regions.has(township.slice(0, 6))
          ? 1
          : -1;
    verdict = { value, cls: classOf(bank, value < 0 ? `region!${township}` : `region:${value}`) };
    bank.regionVerdicts.set(township, verdict);
  }
  return verdict;
}

function computeFit(
  enterprise: PushEnterprise,
  bank: PreparedBank,
  specificity: number,
  region: number,
): ProductFit {
  const refusals: Reason[] = [];
  if (specificity < 0) {
    const served = bank.industries.join(', ');
    refusals.push(
      reason(4, 'industry-not-served', true, `industry ${enterprise.industryCode} is outside ${served}`),
    );
  }
  if (region < 0) {
    refusals.push(
      reason(4, 'region-not-served', true, `township ${enterprise.township} is outside the bank's regions`),
    );
  }
  const { demand } = enterprise;
  const products: string[] = [];
  let creditLoanMatch = 0;
  let amountFits = 0;
  let termFits = 0;
  let guaranteeFits = 0;
  for (const p of bank.products) {
    const amountOk = demand.amountFen >= p.minAmountFen && demand.amountFen <= p.maxAmountFen;
    const termOk = demand.termMonths >= p.minTermMonths && demand.termMonths <= p.maxTermMonths;
    // An unsecured product takes any borrower, whatever security it could have offered.
    const guaranteeOk = p.creditLoan || p.guaranteeTypes.includes(demand.guaranteeType);
    if (amountOk) amountFits++;
    if (termOk) termFits++;
    if (guaranteeOk) guaranteeFits++;
    if (amountOk && termOk && guaranteeOk) {
      products.push(p.name);
      if (demand.creditLoanWanted && p.creditLoan) creditLoanMatch = 1;
    }
  }
  if (products.length === 0) {
    const n = bank.products.length;
    refusals.push(
      reason(
        4,
        'no-product-fit',
        true,
        `no product takes ${formatYuan(demand.amountFen)} for ${demand.termMonths} months with ${demand.guaranteeType} ` +
          `(amount fits ${amountFits}/${n}, term ${termFits}/${n}, guarantee ${guaranteeFits}/${n})`,
      ),
    );
  }
  const named = Math.max(specificity, 0);
  const score = creditLoanMatch * 100 + named * 10 + Math.max(region, 0);
  const eligible = refusals.length === 0;
  const reasons = eligible
    ? [
        reason(
          4,
          'product-fit',
          false,
          `fits ${products.join(', ')}` +
            (creditLoanMatch ? '; credit loan as wanted' : '') +
            (named ? `; industry speciality ${enterprise.industryCode.slice(0, named)}` : '') +
            (region > 0 ? '; serves the township by name' : ''),
        ),
      ]
    : refusals;
  const plain = freezeDecision({ bankId: bank.id, rank: null, existingLender: false, products, reasons });
  return Object.freeze({ products: plain.products, score, reasons: plain.reasons, eligible, plain });
}

/** Freezes a decision meant to be shared, down to its reasons. */
export function freezeDecision(decision: BankDecision): BankDecision {
  for (const r of decision.reasons) Object.freeze(r);
  Object.freeze(decision.reasons);
  Object.freeze(decision.products);
  return Object.freeze(decision);
}

/** Exact yuan from integer fen, e.g. 1000000001 → "10000000.01 CNY". */
export function formatYuan(fen: number): string {
  const cents = fen % 100;
  return `${(fen - cents) / 100}.${cents.toString().padStart(2, '0')} CNY`;
}
