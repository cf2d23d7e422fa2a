import { ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { type DayCount, yearFraction } from './day-count.ts';
import { Dec, fenToDec, roundHalfUpToFen, showDecimal } from './exact.ts';
import {
  borrowerTypeSchema,
  checkPeriod,
  cnySchema,
  industryCodeSchema,
  isoDateSchema,
  parseInput,
  rateSchema,
} from './inputs.ts';
import type { SubsidyPolicy } from './policy.ts';
import { inSectors, programVersionInForce, withinLimit } from './policy-lookup.ts';
import { type BreakdownLine, line, type PolicyVersionRef, periodLine, versionRef } from './result.ts';

export const guaranteeFeeInputSchema = z
  .strictObject({
    contractDate: isoDateSchema,
    /** Single-household guarantee amount. */
    guaranteeAmount: cnySchema,
    /** Yearly fee rate the guarantor quotes, before any relief. */
    feeRate: rateSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    borrowerType: borrowerTypeSchema,
    industryCode: industryCodeSchema.optional(),
    business: z.enum(['guarantee', 're-guarantee']).default('guarantee'),
  })
  .superRefine(checkPeriod);
export type GuaranteeFeeInput = z.input<typeof guaranteeFeeInputSchema>;

export interface GuaranteeFeeResult {
  program: 'guarantee-fee';
  policyVersion: PolicyVersionRef;
  /** Fee charged for the period, in fen. */
  amountFen: bigint;
  /** Rate actually charged after relief, the one checked against the cap. */
  effectiveRate: string;
  /** Cap of the amount's tier; null for re-guarantee fees, which the caps do not cover. */
  capRate: string | null;
  compliant: boolean;
  reliefs: string[];
  breakdown: BreakdownLine[];
}

/**
 * Actual/actual: the caps (1 %, 1.5 %) and the quoted rate are yearly, so a whole year's fee is exactly
 * rate × amount, 366 days included, and a fee at the cap never comes out above it. Compliance itself
 * is judged on the yearly rate, not on the amount.
 */
const DAY_COUNT: DayCount = 'actual/actual';

/**
 * Guarantee fee for a period and its compliance with the city's fee caps (seed 004 §(四): ≤ 1 % up to
 * and including 10 million CNY per household, ≤ 1.5 % above). Reliefs: re-guarantee fee waived for the
 * configured borrowers up to the configured amount; fee rate multiplied (halved) for designated
 * affected sectors. The cap applies to the rate actually charged. A rate over the cap is REPORTED
 * (`compliant: false`, fee still computed) so monitoring can list offenders; callers that must refuse
 * such a guarantee use {@link assertGuaranteeFeeCompliant}.
 *
 * fee = round_half_up(amountFen × effectiveRate × yearFraction), actual/actual (see DAY_COUNT)
 *
 * @example calculateGuaranteeFee({ contractDate: '2025-01-01', guaranteeAmount: '10000000.00', feeRate: '0.01',
 *   periodStart: '2025-01-01', periodEnd: '2026-01-01', borrowerType: 'small-enterprise' }, policy)
 *   // → amountFen 10000000n (100,000.00 CNY), compliant
 */
export function calculateGuaranteeFee(input: GuaranteeFeeInput, policy: SubsidyPolicy): GuaranteeFeeResult {
  return computeGuaranteeFee(parseInput(guaranteeFeeInputSchema, input, 'guarantee fee input'), policy);
}

/** `calculateGuaranteeFee` on input already validated by `guaranteeFeeInputSchema` (an HTTP body, a stored record). */
export function computeGuaranteeFee(
  loan: z.output<typeof guaranteeFeeInputSchema>,
  policy: SubsidyPolicy,
): GuaranteeFeeResult {
  const version = programVersionInForce(policy, 'guarantee-fee', loan.contractDate, 'contractDate');
  const params = version.params;
  const breakdown: BreakdownLine[] = [];
  const reliefs: string[] = [];

  breakdown.push(line('guaranteeAmountFen', 'guaranteeAmount × 100', loan.guaranteeAmount));
  breakdown.push(line('quotedRate', 'feeRate', loan.feeRate.toFixed()));

  let factor = new Dec(1);
  const waiver = params.reGuaranteeFeeWaiver;
  const waived =
    loan.business === 're-guarantee' &&
    waiver !== undefined &&
    waiver.borrowerTypes.includes(loan.borrowerType) &&
    withinLimit(loan.guaranteeAmount, waiver.amountLimit);
  const sector = inSectors(loan.industryCode, params.affectedSectors);
  if (waived) {
    factor = new Dec(0);
    reliefs.push('re-guarantee-fee-waived');
    breakdown.push(line('relief', `re-guarantee fee waived for ${loan.borrowerType} within the limit`, '0'));
  } else if (sector !== undefined) {
    factor = params.affectedSectorFeeFactor;
    reliefs.push(`affected-sector:${sector}`);
    breakdown.push(line('relief', `affected sector ${sector}: rate × factor`, factor.toFixed()));
  }
  const effectiveRate = loan.feeRate.times(factor);
  breakdown.push(line('effectiveRate', 'quotedRate × relief factor', effectiveRate.toFixed()));

  let capRate: Dec | null = null;
  if (loan.business === 'guarantee') {
    const tier = params.tiers.find((t) => t.upTo === undefined || loan.guaranteeAmount <= t.upTo);
    capRate = tier?.maxRate ?? null;
    const tierText = tier?.upTo === undefined ? 'open tier' : `tier up to ${tier.upTo} fen inclusive`;
    breakdown.push(line('capRate', `fee cap for ${tierText}`, capRate?.toFixed() ?? 'none'));
  } else {
    breakdown.push(line('capRate', 'caps cover guarantee fees, not re-guarantee fees', 'none'));
  }
  const compliant = capRate === null || effectiveRate.lessThanOrEqualTo(capRate);
  breakdown.push(line('capCheck', 'effectiveRate ≤ capRate', compliant ? 'compliant' : 'non-compliant'));

  const period = yearFraction(loan.periodStart, loan.periodEnd, DAY_COUNT);
  breakdown.push(periodLine(loan.periodStart, loan.periodEnd, period));
  const unrounded = fenToDec(loan.guaranteeAmount)
    .times(effectiveRate)
    .times(period.numerator)
    .div(period.denominator);
  breakdown.push(
    line('feeUnroundedFen', 'guaranteeAmountFen × effectiveRate × yearFraction', showDecimal(unrounded)),
  );
  const amountFen = roundHalfUpToFen(unrounded);
  breakdown.push(line('feeFen', 'round half-up to the fen', amountFen));

  return {
    program: 'guarantee-fee',
    policyVersion: versionRef(policy, version),
    amountFen,
    effectiveRate: effectiveRate.toFixed(),
    capRate: capRate?.toFixed() ?? null,
    compliant,
    reliefs,
    breakdown,
  };
}

/** Refuses a fee over its cap: throws `ValidationError` on `feeRate`. */
export function assertGuaranteeFeeCompliant(result: GuaranteeFeeResult): void {
  if (result.compliant) return;
  throw new ValidationError('Guarantee fee rate above the cap', [
    {
      path: 'feeRate',
      message: `effective rate ${result.effectiveRate} exceeds the cap ${result.capRate ?? ''}`,
    },
  ]);
}
