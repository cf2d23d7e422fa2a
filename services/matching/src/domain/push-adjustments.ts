import { type FieldIssue, freeText, ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { compareIds } from './bank-fit.ts';
import {
  describeRefusal,
  hardRefusalCodes,
  insertByRule,
  type Reason,
  reason,
  selectionCodes,
} from './push-reasons.ts';
import type { BankDecision, BankLoad, EnterpriseAssignment, PushAssignmentResult } from './push-result.ts';
import { parseOrThrow } from './validation.ts';

export const pushAdjustmentSchema = z.strictObject({
  uscc: z.string().min(1),
  bankId: z.string().min(1),
  action: z.enum(['add', 'remove']),
  note: freeText(500).optional(),
});
export type PushAdjustment = z.input<typeof pushAdjustmentSchema>;

const adjustmentsSchema = z.array(pushAdjustmentSchema).max(10_000);

/**
 * Applies a coordinator's changes to a previewed batch, in order. The coordinator may override the
 * preferences (rules 2–4 ranking, rule 5 spreading) and, with a recorded reason in `note`, the
 * partner-bank caution (6: "其他银行应审慎介入" is caution, not a ban, and the enterprise's wishes are
 * respected, seed 002 §(七), 001 §三(一)); never a hard rule: the cap (1), product fit (4), bank
 * capacity (5), a decline (7) or an excluded enterprise (8).
 * All or nothing: if any adjustment is refused, throws `ValidationError` with one issue per refused
 * adjustment (`adjustments.<i>`) naming the rule, and the result is left as it was.
 *
 * @example
 * applyAdjustments(preview, [{ uscc, bankId: 'bank-b', action: 'remove' }, { uscc, bankId: 'bank-d', action: 'add' }]);
 */
export function applyAdjustments(
  result: PushAssignmentResult,
  adjustments: readonly PushAdjustment[],
): PushAssignmentResult {
  const parsed = parseOrThrow(adjustmentsSchema, adjustments, 'adjustments', 'adjustments');
  const position = new Map(result.enterprises.map((e, i) => [e.uscc, i]));
  const enterprises = [...result.enterprises];
  const copied = new Set<number>();
  const banks = new Map(result.banks.map((b) => [b.bankId, { ...b }]));
  const cap = result.maxBanksPerEnterprise;
  const issues: FieldIssue[] = [];

  parsed.forEach((adjustment, i) => {
    const at = position.get(adjustment.uscc);
    const bank = banks.get(adjustment.bankId);
    if (at === undefined) {
      issues.push({ path: `adjustments.${i}.uscc`, message: 'enterprise is not in this batch' });
    }
    if (bank === undefined) {
      issues.push({ path: `adjustments.${i}.bankId`, message: 'bank is not in this batch' });
    }
    if (at === undefined || bank === undefined) return;
    if (!copied.has(at)) {
      const original = enterprises[at];
      if (original === undefined) return;
      enterprises[at] = copyAssignment(original);
      copied.add(at);
    }
    const enterprise = enterprises[at];
    if (enterprise === undefined) return;
    const refusal =
      adjustment.action === 'add'
        ? addBank(enterprise, bank, cap, adjustment.note)
        : removeBank(enterprise, bank, cap, adjustment.note);
    if (refusal !== undefined) issues.push({ path: `adjustments.${i}`, message: refusal });
  });

  if (issues.length > 0) throw new ValidationError('Adjustments refused', issues);
  return { ...result, enterprises, banks: result.banks.map((b) => banks.get(b.bankId) ?? b) };
}

/** Returns why the addition is refused, or undefined once it is applied. */
function addBank(
  enterprise: EnterpriseAssignment,
  bank: BankLoad,
  cap: number,
  note?: string,
): string | undefined {
  if (enterprise.status === 'excluded') {
    return `refused by ${enterprise.exclusion.map(describeRefusal).join('; ')}`;
  }
  if (enterprise.assignedBanks.some((d) => d.bankId === bank.bankId)) {
    return `${bank.bankId} is already pushed`;
  }
  const at = enterprise.excludedBanks.findIndex((d) => d.bankId === bank.bankId);
  const decision = enterprise.excludedBanks[at];
  if (decision === undefined) return `${bank.bankId} was not evaluated for this enterprise`;
  const hard = decision.reasons.filter((r) => r.refuses && hardRefusalCodes.has(r.code));
  if (hard.length > 0) return `refused by ${hard.map(describeRefusal).join('; ')}`;
  const caution = decision.reasons.find((r) => r.refuses && r.code === 'partner-bank-caution');
  if (caution !== undefined && note === undefined) {
    return `refused by ${describeRefusal(caution)}: to add a new bank with caution, record why in \`note\` (e.g. the enterprise asked for it)`;
  }
  if (enterprise.assignedBanks.length >= cap) {
    return `refused by ${describeRefusal(reason(1, 'cap-reached', true, `already ${enterprise.assignedBanks.length} of at most ${cap} banks`))}`;
  }
  if (bank.load >= bank.capacity) {
    return `refused by ${describeRefusal(reason(5, 'capacity-exhausted', true, `capacity ${bank.capacity} already used`))}`;
  }
  enterprise.excludedBanks.splice(at, 1);
  bank.load++;
  const load = reason(5, 'load', false, `load ${bank.load} of capacity ${bank.capacity} after this push`);
  const added = reason('adjustment', 'coordinator-added', false, note ?? 'added by the coordinator');
  const kept = caution === undefined ? decision : withoutReason(decision, caution);
  const overridden =
    caution === undefined
      ? []
      : [reason(6, 'partner-bank-caution', false, `${caution.detail}; added with caution: ${note}`)];
  enterprise.assignedBanks.push(reasoned(kept, [load, ...overridden, added]));
  rerank(enterprise.assignedBanks, cap);
  enterprise.status = 'assigned';
  return undefined;
}

function removeBank(
  enterprise: EnterpriseAssignment,
  bank: BankLoad,
  cap: number,
  note?: string,
): string | undefined {
  const at = enterprise.assignedBanks.findIndex((d) => d.bankId === bank.bankId);
  const decision = enterprise.assignedBanks[at];
  if (decision === undefined) return `${bank.bankId} is not pushed this enterprise`;
  enterprise.assignedBanks.splice(at, 1);
  bank.load--;
  const removed = reason('adjustment', 'coordinator-removed', true, note ?? 'removed by the coordinator');
  const excluded = { ...reasoned(decision, [removed]), rank: null };
  const insertAt = enterprise.excludedBanks.findIndex((d) => compareIds(d.bankId, decision.bankId) > 0);
  if (insertAt < 0) enterprise.excludedBanks.push(excluded);
  else enterprise.excludedBanks.splice(insertAt, 0, excluded);
  rerank(enterprise.assignedBanks, cap);
  if (enterprise.assignedBanks.length === 0) enterprise.status = 'unassigned';
  return undefined;
}

/** The decision without one of its reasons (a copy: decisions are shared between results). */
function withoutReason(decision: BankDecision, dropped: Reason): BankDecision {
  return { ...decision, reasons: decision.reasons.filter((r) => r !== dropped) };
}

/** Renumbers after a change; decisions are replaced, never mutated, since results share them. */
function rerank(assigned: BankDecision[], cap: number): void {
  assigned.forEach((decision, i) => {
    const reasons = decision.reasons.filter((r) => r.code !== 'within-cap');
    insertByRule(reasons, reason(1, 'within-cap', false, `rank ${i + 1} of at most ${cap}`));
    assigned[i] = { ...decision, rank: i + 1, reasons };
  });
}

/** The decision with its selection reasons (cap, load, earlier adjustments) replaced by `added`. */
function reasoned(decision: BankDecision, added: Reason[]): BankDecision {
  const reasons = decision.reasons.filter((r) => !selectionCodes.has(r.code));
  for (const r of added) insertByRule(reasons, r);
  return { ...decision, reasons };
}

/** A copy whose lists may be changed; the decisions themselves are shared and replaced, not mutated. */
function copyAssignment(e: EnterpriseAssignment): EnterpriseAssignment {
  return {
    ...e,
    assignedBanks: [...e.assignedBanks],
    excludedBanks: [...e.excludedBanks],
    exclusion: [...e.exclusion],
    flags: [...e.flags],
  };
}
