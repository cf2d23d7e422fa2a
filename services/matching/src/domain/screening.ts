import * as z from 'zod';
import { parseOrThrow } from './validation.ts';

/**
 * Initial screening against the five criteria of seed 001 §二(一): registry and credit data decide
 * what they can; genuine need and lawful purpose (and whatever the data leaves unknown) wait for a
 * reviewer's attestation. A fail names the records that caused it.
 */
export const screeningCriteria = [
  'compliant-operation',
  'fixed-premises',
  'genuine-need',
  'good-credit',
  'lawful-purpose',
] as const;
export type ScreeningCriterion = (typeof screeningCriteria)[number];

export const criterionLabels: Readonly<Record<ScreeningCriterion, string>> = {
  'compliant-operation': '合规持续经营',
  'fixed-premises': '固定经营场所',
  'genuine-need': '真实融资需求',
  'good-credit': '信用状况良好',
  'lawful-purpose': '贷款用途依法合规',
};

export const creditFlagKinds = [
  'dishonest-judgment-debtor',
  'serious-illegal-dishonest',
  'abnormal-operation',
] as const;

const recordId = z.string().trim().min(1).max(200);

/** Criteria the data may leave open; compliant operation is always decided by the registry. */
const attestable = ['fixed-premises', 'genuine-need', 'good-credit', 'lawful-purpose'] as const;

export const screeningInputSchema = z.strictObject({
  registry: z.strictObject({
    recordId,
    operatingStatus: z.enum(['normal', 'abnormal', 'revoked', 'deregistered']),
    hasFixedPremises: z.union([z.boolean(), z.literal('unknown')]).default('unknown'),
  }),
  credit: z.strictObject({
    flags: z.array(z.strictObject({ kind: z.enum(creditFlagKinds), recordId })).default([]),
    /** The comprehensive evaluation (信用状况综合评价); absent when the enterprise has none yet. */
    evaluation: z
      .strictObject({
        grade: z.string().min(1).max(10),
        recordId,
        /** Records in force behind the grade; 0 is "no record found". Unknown counts as none. */
        recordsInForce: z.int().min(0).optional(),
      })
      .optional(),
  }),
  attestations: z
    .array(
      z.strictObject({
        id: recordId,
        criterion: z.enum(attestable),
        outcome: z.enum(['confirmed', 'refuted']),
        /** The reviewing department. */
        by: z.string().min(1).max(100),
        note: z.string().max(1000).optional(),
      }),
    )
    .default([]),
  policy: z.strictObject({
    /** Evaluation grades that fail "good credit standing"; the grade bands are the city's model. */
    failingGrades: z.array(z.string().min(1).max(10)),
  }),
});
export type ScreeningInput = z.input<typeof screeningInputSchema>;
type Facts = z.output<typeof screeningInputSchema>;

export type CriterionOutcome = 'pass' | 'fail' | 'needs-attestation';

export interface CriterionResult {
  criterion: ScreeningCriterion;
  label: string;
  outcome: CriterionOutcome;
  reason: string;
  /** The records (registry, credit, attestation ids) that decided the outcome; for a fail, those that caused it. */
  records: string[];
}

export interface ScreeningResult {
  /** `pass` only when all five pass; `fail` when any fails; otherwise waiting for attestations. */
  outcome: CriterionOutcome;
  criteria: CriterionResult[];
}

/**
 * Screens one declaration. Throws `ValidationError` naming the bad field for malformed facts.
 *
 * @example
 * screenDeclaration({ registry: { recordId: 'reg-1', operatingStatus: 'revoked' }, credit: {}, policy: { failingGrades: ['D'] } })
 *   .criteria[0]; // { criterion: 'compliant-operation', outcome: 'fail', records: ['reg-1'], … }
 */
export function screenDeclaration(raw: ScreeningInput): ScreeningResult {
  const facts = parseOrThrow(screeningInputSchema, raw, 'screening facts');
  const criteria = [
    compliantOperation(facts),
    fixedPremises(facts),
    attestedOnly(facts, 'genuine-need'),
    goodCredit(facts),
    attestedOnly(facts, 'lawful-purpose'),
  ];
  const outcome: CriterionOutcome = criteria.some((c) => c.outcome === 'fail')
    ? 'fail'
    : criteria.every((c) => c.outcome === 'pass')
      ? 'pass'
      : 'needs-attestation';
  return { outcome, criteria };
}

function result(
  criterion: ScreeningCriterion,
  outcome: CriterionOutcome,
  reason: string,
  records: string[],
): CriterionResult {
  return { criterion, label: criterionLabels[criterion], outcome, reason, records };
}

function flagsOf(facts: Facts, kinds: readonly (typeof creditFlagKinds)[number][]) {
  return facts.credit.flags.filter((f) => kinds.includes(f.kind));
}

function compliantOperation(facts: Facts): CriterionResult {
  const reasons: string[] = [];
  const records: string[] = [];
  if (facts.registry.operatingStatus !== 'normal') {
    reasons.push(`operating status is ${facts.registry.operatingStatus}`);
    records.push(facts.registry.recordId);
  }
  const abnormal = flagsOf(facts, ['abnormal-operation']);
  if (abnormal.length > 0) {
    reasons.push('listed on the abnormal operation list (经营异常名录)');
    records.push(...abnormal.map((f) => f.recordId));
  }
  if (reasons.length > 0) return result('compliant-operation', 'fail', reasons.join('; '), records);
  return result('compliant-operation', 'pass', 'operating normally, not on the abnormal operation list', [
    facts.registry.recordId,
  ]);
}

function fixedPremises(facts: Facts): CriterionResult {
  const { hasFixedPremises, recordId: registryRecord } = facts.registry;
  if (hasFixedPremises === true)
    return result('fixed-premises', 'pass', 'registry records fixed premises', [registryRecord]);
  // Recorded data outranks an attestation; only what the registry does not know is attested.
  if (hasFixedPremises === false) {
    return result('fixed-premises', 'fail', 'registry records no fixed business premises', [registryRecord]);
  }
  return fromAttestations(facts, 'fixed-premises', 'the registry does not know the premises');
}

function goodCredit(facts: Facts): CriterionResult {
  const hardStops = flagsOf(facts, ['dishonest-judgment-debtor', 'serious-illegal-dishonest']);
  if (hardStops.length > 0) {
    const kinds = [...new Set(hardStops.map((f) => f.kind))].join(', ');
    return result(
      'good-credit',
      'fail',
      `credit hard stop: ${kinds}`,
      hardStops.map((f) => f.recordId),
    );
  }
  const evaluation = facts.credit.evaluation;
  if (evaluation === undefined) return fromAttestations(facts, 'good-credit', 'no credit evaluation yet');
  if (facts.policy.failingGrades.includes(evaluation.grade)) {
    return result('good-credit', 'fail', `credit evaluation grade ${evaluation.grade} fails`, [
      evaluation.recordId,
    ]);
  }
  // 信用状况良好 is a finding, not a default: a grade computed from no records says nothing (查无记录).
  if ((evaluation.recordsInForce ?? 0) === 0) {
    return fromAttestations(
      facts,
      'good-credit',
      'no credit record found (查无记录): a reviewing department attests the credit standing',
    );
  }
  return result('good-credit', 'pass', `credit evaluation grade ${evaluation.grade}, no hard stop`, [
    evaluation.recordId,
  ]);
}

function attestedOnly(facts: Facts, criterion: 'genuine-need' | 'lawful-purpose'): CriterionResult {
  return fromAttestations(facts, criterion, 'only a reviewing department can attest it');
}

/** Any refusal by a reviewing department fails the criterion; otherwise one confirmation passes it. */
function fromAttestations(
  facts: Facts,
  criterion: (typeof attestable)[number],
  why: string,
): CriterionResult {
  const mine = facts.attestations.filter((a) => a.criterion === criterion);
  const refuted = mine.filter((a) => a.outcome === 'refuted');
  if (refuted.length > 0) {
    const by = refuted.map((a) => a.by + (a.note ? ` (${a.note})` : '')).join(', ');
    return result(
      criterion,
      'fail',
      `refuted by ${by}`,
      refuted.map((a) => a.id),
    );
  }
  const confirmed = mine.filter((a) => a.outcome === 'confirmed');
  if (confirmed.length > 0) {
    return result(
      criterion,
      'pass',
      `attested by ${confirmed.map((a) => a.by).join(', ')}`,
      confirmed.map((a) => a.id),
    );
  }
  return result(criterion, 'needs-attestation', `${why}; awaiting a reviewer's attestation`, []);
}
