/**
 * Why a bank was or was not pushed an enterprise. Each reason names the assignment rule it comes
 * from (1 cap · 2 existing relationship · 3 wishes · 4 product fit · 5 load/capacity ·
 * 6 partner-bank caution · 7 declined · 8 blacklist/removal), so a preview can be read rule by rule.
 */
export type RuleNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export const ruleNames: Readonly<Record<RuleNumber, string>> = {
  1: 'at most N banks per enterprise per batch',
  2: 'banks already lending to the enterprise first',
  3: "the enterprise's stated wishes",
  4: "fit of the demand to the bank's products",
  5: "spread load within banks' batch capacity",
  6: 'partner-bank caution',
  7: 'never a bank that declined the same demand unless repaired and re-screened',
  8: 'never a blacklisted or removed enterprise',
};

export type ReasonCode =
  | 'within-cap'
  | 'cap-reached'
  | 'existing-lender'
  | 'wished-bank'
  | 'wished-product'
  | 'product-fit'
  | 'no-product-fit'
  | 'industry-not-served'
  | 'region-not-served'
  | 'load'
  | 'capacity-exhausted'
  | 'partner-bank-caution'
  | 'declined-same-demand'
  | 'declined-but-repaired'
  | 'blacklist-hit'
  | 'removed-from-list'
  | 'coordinator-added'
  | 'coordinator-removed';

export interface Reason {
  /** `adjustment` marks a coordinator's manual change, which overrides preferences but no hard rule. */
  rule: RuleNumber | 'adjustment';
  code: ReasonCode;
  /** True when the reason keeps the bank (or the enterprise) out of the batch. */
  refuses: boolean;
  detail: string;
}

/**
 * Refusals that follow from the facts alone. A coordinator adjustment can never override them;
 * the others (cap reached, capacity, removed by the coordinator) depend on the batch's current state.
 */
export const hardRefusalCodes: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'no-product-fit',
  'industry-not-served',
  'region-not-served',
  'declined-same-demand',
  'blacklist-hit',
  'removed-from-list',
]);

/** Reasons that describe the current selection and are recomputed when it changes. */
export const selectionCodes: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'within-cap',
  'cap-reached',
  'load',
  'capacity-exhausted',
  'coordinator-added',
  'coordinator-removed',
]);

export function reason(rule: Reason['rule'], code: ReasonCode, refuses: boolean, detail: string): Reason {
  return { rule, code, refuses, detail };
}

const ruleOrder = (r: Reason): number => (r.rule === 'adjustment' ? 9 : r.rule);

/** Inserts keeping rule order (1 → 8, adjustments last), so every record reads rule by rule. */
export function insertByRule(reasons: Reason[], added: Reason): void {
  const at = reasons.findIndex((r) => ruleOrder(r) > ruleOrder(added));
  if (at < 0) reasons.push(added);
  else reasons.splice(at, 0, added);
}

/** A one-line account of a refusal, naming the rule, e.g. for a refused coordinator adjustment. */
export function describeRefusal(r: Reason): string {
  return r.rule === 'adjustment'
    ? `${r.code}: ${r.detail}`
    : `rule ${r.rule} (${ruleNames[r.rule]}) — ${r.code}: ${r.detail}`;
}
