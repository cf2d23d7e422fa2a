import { httpHandler } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { computeRiskCompensation } from '../domain/risk-compensation.ts';
import { calculatorRoute } from './calculator.ts';

/** POST /v1/calculations/risk-compensation */
export const calculateRiskCompensation =
  calculatorRoute<typeof routes.calculateRiskCompensation>(computeRiskCompensation);

export const handler = httpHandler(routes.calculateRiskCompensation, calculateRiskCompensation);
