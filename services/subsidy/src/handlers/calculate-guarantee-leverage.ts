import { httpHandler } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { computeGuaranteeLeverage } from '../domain/indicators.ts';
import { calculatorRoute } from './calculator.ts';

/** POST /v1/calculations/guarantee-leverage */
export const calculateGuaranteeLeverage =
  calculatorRoute<typeof routes.calculateGuaranteeLeverage>(computeGuaranteeLeverage);

export const handler = httpHandler(routes.calculateGuaranteeLeverage, calculateGuaranteeLeverage);
