import {
  compareIds,
  demandKey,
  fitDemand,
  formatYuan,
  freezeDecision,
  type PreparedBank,
  prepareBanks,
} from './bank-fit.ts';
import {
  individualEntityTypes,
  type ParsedPushBatch,
  type PushBatchInput,
  type PushConfig,
  type PushEnterprise,
  parsePushBatchInput,
} from './push-input.ts';
import { insertByRule, type Reason, reason } from './push-reasons.ts';
import type {
  BankDecision,
  EnterpriseAssignment,
  EnterpriseFlag,
  PushAssignmentResult,
} from './push-result.ts';

/** Per-batch working state: loads, shared reasons and per-bank scratch reused for every enterprise. */
interface Batch {
  banks: readonly PreparedBank[];
  loads: number[];
  config: PushConfig;
  /** Rules 2–4 folded into one integer per bank, so ranking compares numbers, not tuples. */
  preference: Float64Array;
  eligible: Uint8Array;
  taken: Uint8Array;
  /** Whether a bank's decision is its fit's shared plain one. */
  plain: Uint8Array;
  withinCap: readonly Reason[];
  capReached: Reason;
  capacityExhausted: readonly Reason[];
  wishedBank: Map<string, Reason>;
  /** Plain decisions with the cap or the capacity refusal added, shared like the plain ones. */
  capReachedPlain: Map<BankDecision, BankDecision>;
  fullPlain: Map<BankDecision, BankDecision>;
}

const existingLenderReason = frozen(reason(2, 'existing-lender', false, 'already lends to the enterprise'));
const declinedReason = frozen(
  reason(7, 'declined-same-demand', true, 'declined this demand; not repaired and re-screened since'),
);
const repairedReason = frozen(
  reason(7, 'declined-but-repaired', false, 'declined this demand before; repaired and re-screened since'),
);
const blacklistReason = frozen(
  reason(8, 'blacklist-hit', true, 'confirmed hit on the illegal-intermediary list'),
);
const removedReason = frozen(reason(8, 'removed-from-list', true, 'removed from the recommendation list'));

function frozen(r: Reason): Reason {
  return Object.freeze(r);
}

/**
 * Decides which banks each recommended enterprise is pushed to in one batch (seed 001 §三(一),
 * seed 002 §(七)), recording every rule's say. Pure and deterministic: the same facts give the same
 * result whatever their order. Throws `ValidationError` for bad input, e.g.
 * `config.maxBanksPerEnterprise` above 3.
 *
 * @example
 * const result = assignPushBatch({ enterprises, banks, config: { maxBanksPerEnterprise: 2 } });
 * result.enterprises[0].assignedBanks.map((b) => b.bankId); // ['bank-a', 'bank-c']
 */
export function assignPushBatch(raw: PushBatchInput): PushAssignmentResult {
  return assignParsedBatch(parsePushBatchInput(raw));
}

/** `assignPushBatch` for input already validated by `parsePushBatchInput`. */
export function assignParsedBatch(input: ParsedPushBatch): PushAssignmentResult {
  const banks = prepareBanks(input.banks);
  const cap = input.config.maxBanksPerEnterprise;
  const batch: Batch = {
    banks,
    loads: new Array<number>(banks.length).fill(0),
    config: input.config,
    preference: new Float64Array(banks.length),
    eligible: new Uint8Array(banks.length),
    taken: new Uint8Array(banks.length),
    plain: new Uint8Array(banks.length),
    withinCap: Array.from({ length: cap }, (_, i) =>
      frozen(reason(1, 'within-cap', false, `rank ${i + 1} of at most ${cap}`)),
    ),
    capReached: frozen(reason(1, 'cap-reached', true, `ranked below the ${cap} bank(s) pushed`)),
    capacityExhausted: banks.map((b) =>
      frozen(reason(5, 'capacity-exhausted', true, `capacity ${b.capacity} already used`)),
    ),
    wishedBank: new Map(),
    capReachedPlain: new Map(),
    fullPlain: new Map(),
  };
  // Key-industry-chain enterprises are served first (seed 001 §二(二)), so they get capacity first.
  const order = [...input.enterprises].sort(
    (a, b) => Number(b.keyIndustryChain) - Number(a.keyIndustryChain) || compareIds(a.uscc, b.uscc),
  );
  const enterprises = order.map((enterprise) => assignEnterprise(enterprise, batch));
  return {
    maxBanksPerEnterprise: cap,
    enterprises,
    banks: banks.map((bank) => ({
      bankId: bank.id,
      capacity: bank.capacity,
      load: batch.loads[bank.index] ?? 0,
    })),
  };
}

/** Rule 6 (seed 002 §(七)): small borrowers already served by many banks get no new ones ("垒小户"). */
export function isPartnerBankCaution(
  enterprise: Pick<PushEnterprise, 'entityType' | 'totalCreditFen'>,
  existingBankCount: number,
  caution: PushConfig['caution'],
): boolean {
  return (
    enterprise.totalCreditFen <= caution.creditCeilingFen &&
    existingBankCount > cautionLimit(enterprise, caution)
  );
}

function cautionLimit(
  enterprise: Pick<PushEnterprise, 'entityType'>,
  caution: PushConfig['caution'],
): number {
  return individualEntityTypes.has(enterprise.entityType)
    ? caution.maxExistingBanksIndividual
    : caution.maxExistingBanks;
}

function assignEnterprise(enterprise: PushEnterprise, batch: Batch): EnterpriseAssignment {
  const existing = new Set(enterprise.existingBankIds);
  const base = {
    uscc: enterprise.uscc,
    keyIndustryChain: enterprise.keyIndustryChain,
    existingBankCount: existing.size,
  };
  // Rule 8 before anything else: the enterprise takes no capacity at all.
  const exclusion: Reason[] = [];
  if (enterprise.blacklistHit) exclusion.push(blacklistReason);
  if (enterprise.removed) exclusion.push(removedReason);
  if (exclusion.length > 0) {
    return { ...base, status: 'excluded', assignedBanks: [], excludedBanks: [], exclusion, flags: [] };
  }
  const { banks, loads, eligible, taken } = batch;
  const caution = cautionReason(enterprise, existing.size, batch.config.caution);
  const demand = demandKey(enterprise);
  const decisions = banks.map((bank) => evaluateBank(enterprise, demand, bank, existing, caution, batch));

  const cap = batch.config.maxBanksPerEnterprise;
  const assignedBanks: BankDecision[] = [];
  for (let slot = 1; slot <= cap; slot++) {
    const best = pickBest(batch);
    const chosen = decisions[best];
    const bank = banks[best];
    if (chosen === undefined || bank === undefined) break;
    taken[best] = 1;
    const load = (loads[best] ?? 0) + 1;
    loads[best] = load;
    const reasons = [...chosen.reasons];
    insertByRule(reasons, batch.withinCap[slot - 1] ?? reason(1, 'within-cap', false, `rank ${slot}`));
    insertByRule(
      reasons,
      reason(5, 'load', false, `load ${load} of capacity ${bank.capacity} after this push`),
    );
    assignedBanks.push({ ...chosen, rank: slot, reasons });
  }

  let fullBankSkipped = false;
  let anyEligible = false;
  const excludedBanks: BankDecision[] = [];
  for (let b = 0; b < banks.length; b++) {
    const decision = decisions[b];
    if (decision === undefined) continue;
    if (eligible[b]) anyEligible = true;
    if (taken[b]) continue;
    if (!eligible[b]) {
      excludedBanks.push(decision);
      continue;
    }
    const full = (loads[b] ?? 0) >= (banks[b]?.capacity ?? 0);
    fullBankSkipped ||= full;
    const shared = batch.plain[b] === 1;
    excludedBanks.push(
      full
        ? withRefusal(decision, batch.capacityExhausted[b] ?? batch.capReached, shared, batch.fullPlain)
        : withRefusal(decision, batch.capReached, shared, batch.capReachedPlain),
    );
  }

  const flags: EnterpriseFlag[] = [];
  if (caution !== undefined) flags.push('partner-bank-caution');
  if (!anyEligible) flags.push('no-eligible-bank');
  if (fullBankSkipped && assignedBanks.length < cap) flags.push('capacity-exhausted');
  return {
    ...base,
    status: assignedBanks.length > 0 ? 'assigned' : 'unassigned',
    assignedBanks,
    excludedBanks,
    exclusion,
    flags,
  };
}

/** An eligible bank left out for the cap or for capacity; shared decisions stay shared. */
function withRefusal(
  decision: BankDecision,
  refusal: Reason,
  shared: boolean,
  cache: Map<BankDecision, BankDecision>,
) {
  let refused = shared ? cache.get(decision) : undefined;
  if (refused !== undefined) return refused;
  const reasons = [...decision.reasons];
  insertByRule(reasons, refusal);
  refused = { ...decision, reasons };
  if (!shared) return refused;
  freezeDecision(refused);
  cache.set(decision, refused);
  return refused;
}

/** The rule 6 refusal every new bank gets, or undefined when caution does not apply. */
function cautionReason(
  enterprise: PushEnterprise,
  existingBankCount: number,
  caution: PushConfig['caution'],
) {
  if (!isPartnerBankCaution(enterprise, existingBankCount, caution)) return undefined;
  const total = formatYuan(enterprise.totalCreditFen);
  const limit = cautionLimit(enterprise, caution);
  return reason(
    6,
    'partner-bank-caution',
    true,
    `total credit ${total} with ${existingBankCount} banks (> ${limit}): no new bank`,
  );
}

/** Records every rule's say on one bank and leaves its preference and eligibility in the batch scratch. */
function evaluateBank(
  enterprise: PushEnterprise,
  demand: string,
  bank: PreparedBank,
  existing: ReadonlySet<string>,
  caution: Reason | undefined,
  batch: Batch,
): BankDecision {
  const b = bank.index;
  const fit = fitDemand(enterprise, demand, bank);
  const existingLender = existing.size > 0 && existing.has(bank.id);
  const { wishes } = enterprise;
  const wishIndex = wishes.bankIds.length > 0 ? wishes.bankIds.indexOf(bank.id) : -1;
  const wishedProducts =
    wishes.productNames.length > 0 ? fit.products.filter((name) => wishes.productNames.includes(name)) : [];
  const cautioned = caution !== undefined && !existingLender;
  let declined = false;
  let repaired = false;
  for (const d of enterprise.declinedBy) {
    if (d.bankId !== bank.id) continue;
    if (d.repairedAndRescreened) repaired = true;
    else declined = true;
  }

  const wishBank = wishIndex < 0 ? 0 : wishes.bankIds.length - wishIndex;
  batch.preference[b] =
    (existingLender ? 1_000_000 : 0) +
    wishBank * 10_000 +
    (wishedProducts.length > 0 ? 1_000 : 0) +
    fit.score;
  batch.eligible[b] = fit.eligible && !cautioned && !declined ? 1 : 0;
  batch.taken[b] = 0;

  const plain =
    !existingLender && wishIndex < 0 && wishedProducts.length === 0 && !cautioned && !declined && !repaired;
  batch.plain[b] = plain ? 1 : 0;
  if (plain) return fit.plain;

  const reasons: Reason[] = [];
  if (existingLender) reasons.push(existingLenderReason);
  if (wishIndex >= 0) reasons.push(wishedBankReason(batch, wishIndex, wishes.bankIds.length));
  if (wishedProducts.length > 0)
    reasons.push(reason(3, 'wished-product', false, `wished ${wishedProducts.join(', ')}`));
  for (const r of fit.reasons) reasons.push(r);
  if (cautioned) reasons.push(caution);
  if (declined) reasons.push(declinedReason);
  else if (repaired) reasons.push(repairedReason);
  return { bankId: bank.id, rank: null, existingLender, products: fit.products, reasons };
}

function wishedBankReason(batch: Batch, index: number, count: number): Reason {
  const key = `${index}/${count}`;
  let r = batch.wishedBank.get(key);
  if (r === undefined) {
    r = frozen(reason(3, 'wished-bank', false, `preference ${index + 1} of ${count}`));
    batch.wishedBank.set(key, r);
  }
  return r;
}

/**
 * The index of the best eligible bank with room left (-1 when none): rules 2–4 by preference, then
 * rule 5 (the lowest share of capacity used, compared by cross-multiplying to stay in integers),
 * then bank id, which is the index order.
 */
function pickBest(batch: Batch): number {
  const { banks, loads, preference, eligible, taken } = batch;
  let best = -1;
  let bestLoad = 0;
  let bestCapacity = 0;
  let bestPreference = 0;
  for (let b = 0; b < banks.length; b++) {
    if (!eligible[b] || taken[b]) continue;
    const load = loads[b] ?? 0;
    const capacity = banks[b]?.capacity ?? 0;
    if (load >= capacity) continue;
    const p = preference[b] ?? 0;
    if (
      best < 0 ||
      p > bestPreference ||
      (p === bestPreference && load * bestCapacity < bestLoad * capacity)
    ) {
      best = b;
      bestLoad = load;
      bestCapacity = capacity;
      bestPreference = p;
    }
  }
  return best;
}
