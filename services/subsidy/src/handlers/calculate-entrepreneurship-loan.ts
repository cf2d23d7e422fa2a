import { httpHandler } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { computeEntrepreneurshipLoanSubsidy } from '../domain/entrepreneurship-loan.ts';
import { calculatorRoute } from './calculator.ts';

/** POST /v1/calculations/entrepreneurship-loan */
export const calculateEntrepreneurshipLoan = calculatorRoute<typeof routes.calculateEntrepreneurshipLoan>(
  computeEntrepreneurshipLoanSubsidy,
);

export const handler = httpHandler(routes.calculateEntrepreneurshipLoan, calculateEntrepreneurshipLoan);
