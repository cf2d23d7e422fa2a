import { httpHandler } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { computeFeeSubsidy } from '../domain/fee-subsidy.ts';
import { calculatorRoute } from './calculator.ts';

/** POST /v1/calculations/fee-subsidy */
export const calculateFeeSubsidy = calculatorRoute<typeof routes.calculateFeeSubsidy>(computeFeeSubsidy);

export const handler = httpHandler(routes.calculateFeeSubsidy, calculateFeeSubsidy);
