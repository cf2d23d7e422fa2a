import { Decimal } from 'decimal.js';
import * as z from 'zod';
import { bpToRate, Dec, fenToDec } from './exact.ts';
import { cnySchema, isoDateSchema, parseInput, rateSchema } from './inputs.ts';
import type { SubsidyPolicy } from './policy.ts';
import { programVersionInForce } from './policy-lookup.ts';
import { type BreakdownLine, line, type PolicyVersionRef, versionRef } from './result.ts';

export const guaranteeLeverageInputSchema = z.strictObject({
  asOf: isoDateSchema,
  outstandingGuarantees: cnySchema,
  netAssets: cnySchema.refine((fen) => fen > 0n, { message: 'must be greater than zero' }),
});
export type GuaranteeLeverageInput = z.input<typeof guaranteeLeverageInputSchema>;

export interface GuaranteeLeverageResult {
  program: 'guarantee-leverage';
  policyVersion: PolicyVersionRef;
  /** outstanding ÷ net assets, 4 places half-up, for display only. */
  leverage: string;
  target: string;
  /** Decided exactly (outstanding ≥ target × net assets), not on the rounded display. */
  met: boolean;
  breakdown: BreakdownLine[];
}

/** Guarantee leverage of a guarantor (seed 000 §7): outstanding guarantees ÷ net assets, target ≥ 3×. */
export function calculateGuaranteeLeverage(
  input: GuaranteeLeverageInput,
  policy: SubsidyPolicy,
): GuaranteeLeverageResult {
  return computeGuaranteeLeverage(
    parseInput(guaranteeLeverageInputSchema, input, 'guarantee leverage input'),
    policy,
  );
}

/** `calculateGuaranteeLeverage` on input already validated by `guaranteeLeverageInputSchema` (an HTTP body, a stored record). */
export function computeGuaranteeLeverage(
  request: z.output<typeof guaranteeLeverageInputSchema>,
  policy: SubsidyPolicy,
): GuaranteeLeverageResult {
  const version = programVersionInForce(policy, 'guarantee-leverage', request.asOf, 'asOf');
  const target = new Dec(version.params.minLeverage);
  const outstanding = fenToDec(request.outstandingGuarantees);
  const netAssets = fenToDec(request.netAssets);
  const leverage = outstanding.div(netAssets).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  const met = outstanding.greaterThanOrEqualTo(netAssets.times(target));
  return {
    program: 'guarantee-leverage',
    policyVersion: versionRef(policy, version),
    leverage: leverage.toFixed(4),
    target: target.toFixed(),
    met,
    breakdown: [
      line('outstandingFen', 'outstandingGuarantees × 100', request.outstandingGuarantees),
      line('netAssetsFen', 'netAssets × 100', request.netAssets),
      line('leverage', 'outstandingFen ÷ netAssetsFen, 4 places half-up', leverage.toFixed(4)),
      line('target', 'minimum leverage', target.toFixed()),
      line('check', 'outstandingFen ≥ target × netAssetsFen', met ? 'met' : 'not met'),
    ],
  };
}

export const nplToleranceInputSchema = z.strictObject({
  asOf: isoDateSchema,
  /** The bank's NPL ratio over all loans, as a fraction ("0.018" = 1.8 %). */
  overallNplRate: rateSchema,
  /** The bank's NPL ratio on small and micro business loans. */
  smallBusinessNplRate: rateSchema,
});
export type NplToleranceInput = z.input<typeof nplToleranceInputSchema>;

export interface NplToleranceResult {
  program: 'npl-tolerance';
  policyVersion: PolicyVersionRef;
  allowedRate: string;
  /** allowedRate − smallBusinessNplRate as a fraction; negative when over tolerance. */
  margin: string;
  /** The same margin in percentage points. */
  marginPp: string;
  within: boolean;
  breakdown: BreakdownLine[];
}

/** NPL tolerance (seed 000 §2): small-business NPL ≤ overall NPL + 3 pp; reports the margin. */
export function checkNplTolerance(input: NplToleranceInput, policy: SubsidyPolicy): NplToleranceResult {
  return computeNplTolerance(parseInput(nplToleranceInputSchema, input, 'NPL tolerance input'), policy);
}

/** `checkNplTolerance` on input already validated by `nplToleranceInputSchema` (an HTTP body, a stored record). */
export function computeNplTolerance(
  request: z.output<typeof nplToleranceInputSchema>,
  policy: SubsidyPolicy,
): NplToleranceResult {
  const version = programVersionInForce(policy, 'npl-tolerance', request.asOf, 'asOf');
  const allowed = request.overallNplRate.plus(bpToRate(version.params.toleranceBp));
  const margin = allowed.minus(request.smallBusinessNplRate);
  const within = margin.greaterThanOrEqualTo(0);
  return {
    program: 'npl-tolerance',
    policyVersion: versionRef(policy, version),
    allowedRate: allowed.toFixed(),
    margin: margin.toFixed(),
    marginPp: margin.times(100).toFixed(),
    within,
    breakdown: [
      line('overallNplRate', 'overallNplRate', request.overallNplRate.toFixed()),
      line('allowedRate', `overallNplRate + ${version.params.toleranceBp} bp`, allowed.toFixed()),
      line('smallBusinessNplRate', 'smallBusinessNplRate', request.smallBusinessNplRate.toFixed()),
      line('margin', 'allowedRate − smallBusinessNplRate', margin.toFixed()),
      line('check', 'smallBusinessNplRate ≤ allowedRate', within ? 'within tolerance' : 'over tolerance'),
    ],
  };
}
