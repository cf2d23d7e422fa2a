import { httpHandler } from '@sme/runtime';
import { routes } from '../contracts.ts';
import {
  assertGuaranteeFeeCompliant,
  computeGuaranteeFee,
  type GuaranteeFeeResult,
} from '../domain/guarantee-fee.ts';
import { calculatorRoute } from './calculator.ts';

/** POST /v1/calculations/guarantee-fee: the fee and its cap check; a fee over the cap is refused (422 on body.feeRate). */
export const calculateGuaranteeFee = calculatorRoute<typeof routes.calculateGuaranteeFee>(
  computeGuaranteeFee,
  (result) => assertGuaranteeFeeCompliant(result as GuaranteeFeeResult),
);

export const handler = httpHandler(routes.calculateGuaranteeFee, calculateGuaranteeFee);
