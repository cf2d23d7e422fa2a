import type { Approval, GuaranteeRecord } from './book.ts';
import { guaranteeFromApproval, loanFromApproval } from './book.ts';
import type { Borrower } from './borrower.ts';

export const smallBorrower: Borrower = {
  uscc: '91999101MA00000110',
  enterpriseVersion: 1,
  borrowerType: 'small-enterprise',
  industryCode: 'C3420',
  tags: [],
};

/** 5,000,000.00 CNY guaranteed at 0.8 % by the city's guarantor, approved 2025-03-01 for 12 months. */
export const approval: Approval = {
  eventId: 'bank-feedback:p-1:3',
  pushId: 'p-1',
  batchId: 'pb-20250220-00000001',
  uscc: smallBorrower.uscc,
  bankId: 'bank-gs',
  on: '2025-03-01',
  amountFen: 500_000_000,
  annualRatePercent: '3.45',
  termMonths: 12,
  guarantee: { guarantorId: 'ls-guarantee', feeRatePercent: '0.8' },
};

export function guarantee(
  overrides: Partial<Approval> = {},
  borrower: Borrower = smallBorrower,
): GuaranteeRecord {
  const record = guaranteeFromApproval(
    { ...approval, ...overrides },
    borrower,
    ['ls-guarantee'],
    '2025-03-02T00:00:00.000Z',
  );
  if (record === undefined) throw new Error('the fixture approval has a guarantee');
  return record;
}

export function loan(overrides: Partial<Approval>, borrower: Borrower = smallBorrower) {
  const { guarantee: _none, ...withoutGuarantee } = approval;
  const record = loanFromApproval(
    { ...withoutGuarantee, ...overrides },
    borrower,
    '2025-06-02T00:00:00.000Z',
  );
  if (record === undefined) throw new Error('give the fixture loan a subsidyProgram');
  return record;
}

export const reporter = { by: 'client-guarantor', at: '2025-12-02T01:00:00.000Z', today: '2025-12-02' };
