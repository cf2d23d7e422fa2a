import { httpHandler } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { computeNplTolerance } from '../domain/indicators.ts';
import { calculatorRoute } from './calculator.ts';

/** POST /v1/calculations/npl-tolerance */
export const calculateNplTolerance =
  calculatorRoute<typeof routes.calculateNplTolerance>(computeNplTolerance);

export const handler = httpHandler(routes.calculateNplTolerance, calculateNplTolerance);
