import type { PushBatchInput } from './push-input.ts';

/** Test builders for push batches: a plain enterprise and bank that fit each other unless told otherwise. */

export type EnterpriseInput = PushBatchInput['enterprises'][number];
export type BankInput = PushBatchInput['banks'][number];
export type ProductInput = BankInput['products'][number];

/** 10,000 CNY = 1,000,000 fen. */
export const CNY = 100;

/** A shape-valid USCC numbered n (the matching domain trusts the registry for check characters). */
export function usccOf(n: number): string {
  return `915117${n.toString().padStart(12, '0')}`;
}

export function product(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    name: 'working-capital',
    minAmountFen: 10_000 * CNY,
    maxAmountFen: 10_000_000 * CNY,
    minTermMonths: 1,
    maxTermMonths: 36,
    guaranteeTypes: ['guarantee', 'government-guarantee', 'mortgage', 'pledge'],
    creditLoan: false,
    ...overrides,
  };
}

export function bank(id: string, overrides: Partial<BankInput> = {}): BankInput {
  return { id, products: [product()], industries: [], regions: [], capacity: 100, ...overrides };
}

export function enterprise(n: number, overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    uscc: usccOf(n),
    entityType: 'enterprise',
    industryCode: 'C3911',
    township: '511702001',
    totalCreditFen: 0,
    demand: {
      amountFen: 2_000_000 * CNY,
      termMonths: 12,
      guaranteeType: 'mortgage',
      creditLoanWanted: false,
    },
    ...overrides,
  };
}
