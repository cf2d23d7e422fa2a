import { describe, expect, it } from 'vitest';
import { returnExample } from '../contracts.ts';
import { monthIssue, type ReturnFigures, returnChanges, returnIssues } from './bank-returns.ts';

const copy = (): ReturnFigures => structuredClone(returnExample);

describe('returnIssues', () => {
  it('accepts the consistent example', () => {
    expect(returnIssues(copy())).toEqual([]);
  });

  it('names a part above its total: private enterprises above enterprise loans by 1 fen', () => {
    const f = copy();
    f.categories.privateEnterprise.balanceFen = '360000000001'; // enterprise loans are 360,000,000,000 fen
    expect(returnIssues(f)).toEqual([
      { path: 'categories.privateEnterprise.balanceFen', message: 'exceeds enterpriseLoans.balanceFen' },
    ]);
    f.categories.privateEnterprise.balanceFen = '360000000000'; // equal is allowed
    expect(returnIssues(f)).toEqual([]);
  });

  it('names enterprise loans above all loans, and borrowers above the total', () => {
    const f = copy();
    f.enterpriseLoans.newLoansFen = '41000000001';
    f.categories.creditLoans.borrowers = 9_801;
    expect(returnIssues(f).map((i) => i.path)).toEqual([
      'enterpriseLoans.newLoansFen',
      'categories.creditLoans.borrowers',
    ]);
  });

  it('requires a rate and a count exactly when something was lent', () => {
    const f = copy();
    f.categories.mediumEnterprises = {
      balanceFen: '1',
      borrowers: 1,
      newLoansFen: '0',
      newLoansCount: 2,
      newLoansRatePercent: '3.1',
    };
    f.categories.creditLoans.newLoansRatePercent = null;
    expect(returnIssues(f).map((i) => i.path)).toEqual([
      'categories.creditLoans.newLoansRatePercent',
      'categories.mediumEnterprises.newLoansRatePercent',
      'categories.mediumEnterprises.newLoansCount',
    ]);
  });
});

describe('returnChanges', () => {
  it('lists the leaves a correction changes, nothing else', () => {
    const after = copy();
    after.categories.creditLoans.balanceFen = '31000000000';
    after.allLoans.newLoansRatePercent = '4.10';
    expect(returnChanges(copy(), after)).toEqual({
      'allLoans.newLoansRatePercent': { from: '4.12', to: '4.10' },
      'categories.creditLoans.balanceFen': { from: '30000000000', to: '31000000000' },
    });
    expect(returnChanges(copy(), copy())).toEqual({});
  });
});

describe('monthIssue', () => {
  it('takes the current month and earlier, not the next', () => {
    expect(monthIssue('2026-12', '2026-12-05')).toBeUndefined();
    expect(monthIssue('2025-12', '2026-12-05')).toBeUndefined();
    expect(monthIssue('2027-01', '2026-12-31')).toBe('a month not yet begun cannot be reported');
  });
});
