import { httpHandler } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { computePatentPledgeLoanSubsidy } from '../domain/patent-pledge-loan.ts';
import { calculatorRoute } from './calculator.ts';

/** POST /v1/calculations/patent-pledge-loan */
export const calculatePatentPledgeLoan = calculatorRoute<typeof routes.calculatePatentPledgeLoan>(
  computePatentPledgeLoanSubsidy,
);

export const handler = httpHandler(routes.calculatePatentPledgeLoan, calculatePatentPledgeLoan);
