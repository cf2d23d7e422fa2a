import { httpHandler } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { computeEthnicTradeLoanSubsidy } from '../domain/ethnic-trade-loan.ts';
import { calculatorRoute } from './calculator.ts';

/** POST /v1/calculations/ethnic-trade-loan */
export const calculateEthnicTradeLoan = calculatorRoute<typeof routes.calculateEthnicTradeLoan>(
  computeEthnicTradeLoanSubsidy,
);

export const handler = httpHandler(routes.calculateEthnicTradeLoan, calculateEthnicTradeLoan);
