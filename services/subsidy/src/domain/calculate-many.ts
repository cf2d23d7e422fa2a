import { type FieldIssue, ValidationError } from '@sme/kernel';
import {
  calculateEntrepreneurshipLoanSubsidy,
  type EntrepreneurshipLoanInput,
} from './entrepreneurship-loan.ts';
import { calculateEthnicTradeLoanSubsidy, type EthnicTradeLoanInput } from './ethnic-trade-loan.ts';
import { calculateFeeSubsidy, type FeeSubsidyInput } from './fee-subsidy.ts';
import { calculateGuaranteeFee, type GuaranteeFeeInput, type GuaranteeFeeResult } from './guarantee-fee.ts';
import {
  calculateGuaranteeLeverage,
  checkNplTolerance,
  type GuaranteeLeverageInput,
  type GuaranteeLeverageResult,
  type NplToleranceInput,
  type NplToleranceResult,
} from './indicators.ts';
import { calculatePatentPledgeLoanSubsidy, type PatentPledgeLoanInput } from './patent-pledge-loan.ts';
import type { ProgramId, SubsidyPolicy } from './policy.ts';
import type { SubsidyResult } from './result.ts';
import { calculateRiskCompensation, type RiskCompensationInput } from './risk-compensation.ts';

/** One calculation request: which program, and that program's input. */
export type Calculation =
  | { program: 'guarantee-fee'; input: GuaranteeFeeInput }
  | { program: 'fee-subsidy'; input: FeeSubsidyInput }
  | { program: 'risk-compensation'; input: RiskCompensationInput }
  | { program: 'entrepreneurship-loan'; input: EntrepreneurshipLoanInput }
  | { program: 'ethnic-trade-loan'; input: EthnicTradeLoanInput }
  | { program: 'patent-pledge-loan'; input: PatentPledgeLoanInput }
  | { program: 'guarantee-leverage'; input: GuaranteeLeverageInput }
  | { program: 'npl-tolerance'; input: NplToleranceInput };

export type CalculationResult =
  | GuaranteeFeeResult
  | SubsidyResult<
      | 'fee-subsidy'
      | 'risk-compensation'
      | 'entrepreneurship-loan'
      | 'ethnic-trade-loan'
      | 'patent-pledge-loan'
    >
  | GuaranteeLeverageResult
  | NplToleranceResult;

export type CalculationOutcome =
  | { index: number; ok: true; result: CalculationResult }
  | { index: number; ok: false; message: string; issues: FieldIssue[] };

type Calculator = (input: never, policy: SubsidyPolicy) => CalculationResult;

const calculators: Record<ProgramId, Calculator> = {
  'guarantee-fee': calculateGuaranteeFee,
  'fee-subsidy': calculateFeeSubsidy,
  'risk-compensation': calculateRiskCompensation,
  'entrepreneurship-loan': calculateEntrepreneurshipLoanSubsidy,
  'ethnic-trade-loan': calculateEthnicTradeLoanSubsidy,
  'patent-pledge-loan': calculatePatentPledgeLoanSubsidy,
  'guarantee-leverage': calculateGuaranteeLeverage,
  'npl-tolerance': checkNplTolerance,
};

/** Runs one calculation of any program; an unknown program throws like any other bad field. */
export function calculate(calculation: Calculation, policy: SubsidyPolicy): CalculationResult {
  const calculator = Object.hasOwn(calculators, calculation.program)
    ? calculators[calculation.program]
    : undefined;
  if (calculator === undefined) {
    throw new ValidationError(`Unknown program ${String(calculation.program)}`, [
      { path: 'program', message: `unknown program "${String(calculation.program)}"` },
    ]);
  }
  return calculator(calculation.input as never, policy);
}

/**
 * Runs many calculations against one policy. Every row gets an outcome, in input order: its result,
 * or the validation issues with paths prefixed by the row index (`3.input.guaranteeAmount`), so a
 * batch never drops a row silently and one bad row does not stop the rest. Other errors propagate.
 */
export function calculateMany(
  calculations: readonly Calculation[],
  policy: SubsidyPolicy,
): CalculationOutcome[] {
  return calculations.map((calculation, index) => {
    try {
      return { index, ok: true, result: calculate(calculation, policy) };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const issues = error.issues.map((issue) => ({
        path: issue.path === 'program' ? `${index}.program` : `${index}.input.${issue.path}`,
        message: issue.message,
      }));
      return { index, ok: false, message: error.message, issues };
    }
  });
}
