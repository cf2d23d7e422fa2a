import { ConflictError, compareCodeUnits, ForbiddenError } from '@sme/kernel';
import type { Actor, BankRejection, Declaration, EnterpriseFacts, Review } from './declaration.ts';
import { type DeclarationEventType, type RemovalReason, transition } from './declaration-state.ts';
import { type ScreeningInput, screenDeclaration } from './screening.ts';

/**
 * The steps a declaration takes after it is recorded. Each returns the next version and the audit
 * action it stands for; every state change goes through `transition`, so a skipped step or a closed
 * item is refused with `ConflictError` whatever the caller.
 */

export interface Step {
  declaration: Declaration;
  /** Audit action, e.g. `declaration.screened`; undefined when nothing changed. */
  action?: string;
  /** State-machine events applied, in order. */
  events: DeclarationEventType[];
}

/**
 * The industry's competent departments (行业主管部门, seed 001 §二(二)): these agencies confirm
 * declarations of enterprises in these GB/T 4754 industries (code prefixes; empty: every industry).
 */
export interface CompetentDepartment {
  agencies: readonly string[];
  industries: readonly string[];
}

export interface ScreeningPolicy {
  failingGrades: string[];
  competentDepartments: readonly CompetentDepartment[];
}

/** The agencies competent for an industry code. */
export function competentAgencies(
  industryCode: string,
  departments: readonly CompetentDepartment[],
): string[] {
  return [
    ...new Set(
      departments
        .filter((d) => d.industries.length === 0 || d.industries.some((p) => industryCode.startsWith(p)))
        .flatMap((d) => d.agencies),
    ),
  ];
}

/**
 * "经行业主管部门确认" (seed 001 §二(二)): the competent department for the enterprise's industry has
 * confirmed — it gave opinions, all of them confirming. Returns that agency, or undefined. A township
 * attests what it saw on the visit, but its attestations alone never complete the review.
 */
export function competentConfirmation(d: Declaration, departments: readonly CompetentDepartment[]) {
  const industry = d.facts.registry?.industryCode;
  if (industry === undefined) return undefined;
  const competent = new Set(competentAgencies(industry, departments));
  const opinions = currentAttestations(d.reviews).filter((a) => competent.has(a.by));
  const agencies = [...new Set(opinions.map((a) => a.by))];
  return agencies.find((agency) => opinions.every((a) => a.by !== agency || a.outcome === 'confirmed'));
}

/** The current attestations: each department's latest opinion on each criterion. */
export function currentAttestations(reviews: readonly Review[]): NonNullable<ScreeningInput['attestations']> {
  const latest = new Map<string, Review>();
  for (const review of reviews) latest.set(`${review.agencyId}|${review.criterion}`, review);
  return [...latest.values()].map((r) => ({
    id: r.id,
    criterion: r.criterion,
    outcome: r.outcome,
    by: r.agencyId,
    ...(r.note ? { note: r.note } : {}),
  }));
}

function screen(d: Declaration, facts: EnterpriseFacts, policy: ScreeningPolicy) {
  const registry = facts.registry;
  if (registry === undefined) return undefined;
  const credit = facts.credit;
  return screenDeclaration({
    registry: {
      recordId: registry.recordId,
      operatingStatus: registry.status,
      hasFixedPremises: registry.hasFixedPremises ?? 'unknown',
    },
    credit: credit
      ? {
          flags: credit.flags,
          evaluation: {
            grade: credit.grade,
            recordId: credit.recordId,
            ...(credit.recordsInForce === undefined ? {} : { recordsInForce: credit.recordsInForce }),
          },
        }
      : {},
    attestations: currentAttestations(d.reviews),
    policy: { failingGrades: policy.failingGrades },
  });
}

/**
 * Moves a declaration as far as its screening allows: screened once the registry is known, reviewed
 * once all five pass. A declaration under repair leaves REPAIRING only when the repair is declared
 * done (`completingRepair`), never because a registry or credit event happened to arrive.
 */
function advance(d: Declaration, policy: ScreeningPolicy, completingRepair = false): DeclarationEventType[] {
  const events: DeclarationEventType[] = [];
  const apply = (event: 'screen' | 'rescreen' | 'review') => {
    d.state = transition(d.state, { type: event });
    events.push(event);
  };
  if (d.screening === undefined) return events;
  if (d.state === 'DECLARED') apply('screen');
  if (d.state === 'REPAIRING' && completingRepair) apply('rescreen');
  if (d.state === 'SCREENED' && d.screening.outcome === 'pass') {
    const confirmedBy = competentConfirmation(d, policy.competentDepartments);
    if (confirmedBy !== undefined) {
      apply('review');
      d.confirmedBy = confirmedBy;
    }
  }
  return events;
}

const terminal = new Set(['CREDITED', 'REMOVED']);

/** JSON with object keys sorted: stored maps come back in any key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compareCodeUnits(a, b)))
      : v,
  );
}

/**
 * Screens again on the enterprise's current facts (initial screening, or a registry or credit
 * change). A closed declaration is left as it is. Nothing new → `action` undefined, so a
 * redelivered event writes nothing.
 */
export function rescreen(d: Declaration, facts: EnterpriseFacts, policy: ScreeningPolicy, now: string): Step {
  if (terminal.has(d.state)) return { declaration: d, events: [] };
  const next: Declaration = structuredClone(d);
  next.facts = structuredClone(facts);
  const screening = screen(next, facts, policy);
  if (screening) next.screening = { ...screening, screenedAt: d.screening?.screenedAt ?? now };
  const events = advance(next, policy);
  const before = canonicalJson([d.facts, d.screening?.criteria, d.state]);
  const after = canonicalJson([next.facts, next.screening?.criteria, next.state]);
  if (before === after) return { declaration: d, events: [] };
  if (next.screening) next.screening.screenedAt = now;
  next.version = d.version + 1;
  next.updatedAt = now;
  const action = next.screening ? 'declaration.screened' : 'declaration.facts-updated';
  return { declaration: next, action, events };
}

/**
 * Records a department's opinions (review, seed 001 §二(一)). Only a SCREENED declaration takes
 * reviews (else `ConflictError`), and only from a department configured for each criterion
 * (else `ForbiddenError`); a later opinion of the same department on the same criterion replaces
 * its earlier one. When all five criteria then pass, the declaration is REVIEWED.
 */
export function recordReview(
  d: Declaration,
  reviewer: Omit<Parameters<typeof checkReviewer>[0], 'declaration' | 'criteria'>,
  reviews: readonly Review[],
  policy: ScreeningPolicy,
  now: string,
): Step {
  // The state first: a declaration that cannot take the review event takes no opinions from anyone.
  transition(d.state, { type: 'review' });
  checkReviewer({ ...reviewer, criteria: reviews.map((r) => r.criterion), declaration: d });
  const next: Declaration = structuredClone(d);
  next.reviews = [...d.reviews, ...reviews];
  const screening = screen(next, next.facts, policy);
  if (screening) next.screening = { ...screening, screenedAt: now };
  const events = advance(next, policy);
  next.version = d.version + 1;
  next.updatedAt = now;
  return { declaration: next, action: 'declaration.reviewed', events };
}

/** Why a declaration's current screening does not pass: each criterion that does not, with its records. */
export function screeningShortfall(d: Declaration): string[] {
  if (!d.screening) return ['not screened yet: the registry has not described the enterprise'];
  return d.screening.criteria
    .filter((c) => c.outcome !== 'pass')
    .map((c) => {
      const records = c.records.length > 0 ? ` (${c.records.join(', ')})` : '';
      return `${c.criterion} ${c.outcome}: ${c.reason}${records}`;
    });
}

/**
 * The coordinator's sign-off: REVIEWED → RECOMMENDED (推荐清单). Refused when the screening no longer
 * passes (a credit or registry change since the review), naming what fails.
 */
export function signOff(d: Declaration, actor: Actor, now: string, note?: string): Step {
  const state = transition(d.state, { type: 'sign-off' });
  const shortfall = screeningShortfall(d);
  if (shortfall.length > 0) {
    throw new ConflictError(`Declaration ${d.id} cannot be signed off: ${shortfall.join('; ')}`, {
      shortfall,
    });
  }
  return {
    declaration: {
      ...d,
      state,
      version: d.version + 1,
      updatedAt: now,
      signOff: { ...actor, at: now, ...(note ? { note } : {}) },
    },
    action: 'declaration.signed-off',
    events: ['sign-off'],
  };
}

/** Removal for false materials or misuse (seed 001 §四(四)): from any open state to REMOVED, for good. */
export function remove(
  d: Declaration,
  actor: Actor,
  reason: RemovalReason,
  detail: string,
  now: string,
): Step {
  const state = transition(d.state, { type: 'remove', reason, detail });
  return {
    declaration: {
      ...d,
      state,
      version: d.version + 1,
      updatedAt: now,
      removal: { ...actor, at: now, reason, detail },
    },
    action: 'declaration.removed',
    events: ['remove'],
  };
}

/**
 * Whether an agency may review this declaration: its kind must be configured for every criterion it
 * speaks to, and a township speaks only for enterprises of its own townships.
 */
export function checkReviewer(args: {
  agency: { id: string; kind: string; townships: readonly string[] };
  criteria: readonly Review['criterion'][];
  reviewers: Readonly<Record<Review['criterion'], readonly string[]>>;
  declaration: Declaration;
}): void {
  const { agency, declaration } = args;
  const refused = args.criteria.filter((c) => !args.reviewers[c].includes(agency.kind));
  if (refused.length > 0) {
    throw new ForbiddenError(
      `A ${agency.kind} agency does not review ${[...new Set(refused)].join(', ')} in this city`,
    );
  }
  const township = declaration.facts.registry?.township;
  if (agency.kind === 'township' && (township === undefined || !agency.townships.includes(township))) {
    throw new ForbiddenError(`${agency.id} does not speak for township ${township ?? '(unknown)'}`);
  }
}

/** A bank's decision on one push of a declaration, as the feedback loop reports it. */
export type BankOutcome =
  | { kind: 'approved'; bankId: string; pushId: string; batchId: string; on: string }
  | ({ kind: 'rejected' } & BankRejection);

/**
 * A bank's decision on a push (seed 001 §三(二)). An approval credits the declaration (PUSHED →
 * CREDITED). A rejection is kept with its reasons and the bank joins `declinedBy` (push rule 7);
 * when every bank of the push has rejected it, the declaration is REJECTED and goes back to the
 * coordinator for repair. Decisions on an earlier batch's push, or repeated, change nothing.
 */
export function applyBankDecision(d: Declaration, decision: BankOutcome, now: string): Step {
  const pushed =
    d.push?.batchId === decision.batchId && d.push.banks.some((b) => b.pushId === decision.pushId);
  if (!pushed || d.push === undefined) return { declaration: d, events: [] };
  if (decision.kind === 'approved') {
    if (d.state !== 'PUSHED') return { declaration: d, events: [] };
    const state = transition(d.state, { type: 'credit' });
    return {
      declaration: { ...d, state, version: d.version + 1, updatedAt: now },
      action: 'declaration.credited',
      events: ['credit'],
    };
  }
  const rejections = d.rejections ?? [];
  if (rejections.some((r) => r.pushId === decision.pushId)) return { declaration: d, events: [] };
  const { kind: _kind, ...rejection } = decision;
  const next: Declaration = {
    ...d,
    rejections: [...rejections, rejection],
    declinedBy: [
      ...d.declinedBy.filter((x) => x.bankId !== decision.bankId),
      { bankId: decision.bankId, repairedAndRescreened: false },
    ],
    version: d.version + 1,
    updatedAt: now,
  };
  const rejectedPushes = new Set(next.rejections?.map((r) => r.pushId));
  const allRejected = d.push.banks.every((b) => rejectedPushes.has(b.pushId));
  if (d.state === 'PUSHED' && allRejected) {
    next.state = transition(d.state, { type: 'reject' });
    return { declaration: next, action: 'declaration.rejected', events: ['reject'] };
  }
  return { declaration: next, action: 'declaration.bank-rejected', events: [] };
}

/** The coordinator sends a rejected declaration to a township for coaching (辅导修复): REJECTED → REPAIRING. */
export function assignRepair(
  d: Declaration,
  actor: Actor,
  agencyId: string,
  note: string,
  now: string,
): Step {
  const state = transition(d.state, { type: 'start-repair' });
  return {
    declaration: {
      ...d,
      state,
      version: d.version + 1,
      updatedAt: now,
      repair: { agencyId, note, assignedAt: now, assignedBy: actor.orgId },
    },
    action: 'declaration.repair-assigned',
    events: ['start-repair'],
  };
}

/**
 * The repair is done: the declaration is screened again on the current facts (REPAIRING → SCREENED,
 * and REVIEWED if all five criteria still pass), so it can be signed off into a later batch. The
 * banks that declined are marked repaired: push rule 7 then lets them be asked again.
 */
export function completeRepair(
  d: Declaration,
  actor: Actor,
  note: string,
  policy: ScreeningPolicy,
  now: string,
): Step {
  if (d.state !== 'REPAIRING') transition(d.state, { type: 'rescreen' });
  const next: Declaration = structuredClone(d);
  next.declinedBy = d.declinedBy.map((x) => ({ ...x, repairedAndRescreened: true }));
  if (next.repair) {
    next.repair = { ...next.repair, completedAt: now, completedBy: actor.orgId, completionNote: note };
  }
  const screening = screen(next, next.facts, policy);
  if (screening) next.screening = { ...screening, screenedAt: now };
  const events = advance(next, policy, true);
  if (events.length === 0) {
    throw new ConflictError(
      `Declaration ${d.id} cannot be screened again: the registry has not described the enterprise`,
    );
  }
  next.version = d.version + 1;
  next.updatedAt = now;
  return { declaration: next, action: 'declaration.repaired', events };
}
