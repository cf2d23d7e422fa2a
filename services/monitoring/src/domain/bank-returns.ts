/**
 * Bank statistical returns (银行统计报表): a bank's monthly loan figures for the city, by the categories the
 * seeds set targets on. Amounts are integer fen as decimal strings (like the monitoring measures), rates are
 * annual percent strings. Corrections are new versions; nothing is overwritten.
 */

/** The categories of a return, in the order reports show them. */
export const returnCategories = [
  'privateEnterprise',
  'inclusiveSmallMicro',
  'creditLoans',
  'firstLoanHouseholds',
  'renewalsWithoutRepayment',
  'individualBusinesses',
  'mediumEnterprises',
] as const;
export type ReturnCategory = (typeof returnCategories)[number];

export const categoryLabels: Record<ReturnCategory | 'allLoans' | 'enterpriseLoans', string> = {
  allLoans: '各项贷款',
  enterpriseLoans: '企业贷款',
  privateEnterprise: '民营企业贷款',
  inclusiveSmallMicro: '普惠型小微企业贷款（单户授信1000万元(含)以下）',
  creditLoans: '信用贷款',
  firstLoanHouseholds: '首贷户贷款',
  renewalsWithoutRepayment: '无还本续贷',
  individualBusinesses: '个体工商户贷款',
  mediumEnterprises: '中型企业贷款',
};

/** One line of a return: the month-end balance and the month's new loans. */
export interface ReturnLine {
  /** Month-end balance (余额), integer fen. */
  balanceFen: string;
  /** Borrowers with a balance at month end (户数). */
  borrowers: number;
  /** Loans disbursed in the month (当月新发放), integer fen. */
  newLoansFen: string;
  newLoansCount: number;
  /** Amount-weighted annual rate of the month's new loans, percent; null when nothing was disbursed. */
  newLoansRatePercent: string | null;
}

export interface ReturnFigures {
  allLoans: ReturnLine;
  enterpriseLoans: ReturnLine;
  categories: Record<ReturnCategory, ReturnLine>;
}

export interface ReturnIssue {
  path: string;
  message: string;
}

/** Sub-totals that cannot exceed the total they are part of. */
const partOf: Record<ReturnCategory | 'enterpriseLoans', 'allLoans' | 'enterpriseLoans'> = {
  enterpriseLoans: 'allLoans',
  privateEnterprise: 'enterpriseLoans',
  mediumEnterprises: 'enterpriseLoans',
  inclusiveSmallMicro: 'allLoans',
  creditLoans: 'allLoans',
  firstLoanHouseholds: 'allLoans',
  renewalsWithoutRepayment: 'allLoans',
  individualBusinesses: 'allLoans',
};

const lineAt = (f: ReturnFigures, key: ReturnCategory | 'allLoans' | 'enterpriseLoans'): ReturnLine =>
  key === 'allLoans' || key === 'enterpriseLoans' ? f[key] : f.categories[key];
const pathOf = (key: ReturnCategory | 'allLoans' | 'enterpriseLoans') =>
  key === 'allLoans' || key === 'enterpriseLoans' ? key : `categories.${key}`;

/**
 * What makes a return inconsistent, paths relative to the body: a part above its total (balance, new
 * loans, borrowers), a rate without new loans or new loans without a rate, new loans without a count.
 */
export function returnIssues(figures: ReturnFigures): ReturnIssue[] {
  const issues: ReturnIssue[] = [];
  const keys = ['allLoans', 'enterpriseLoans', ...returnCategories] as const;
  for (const key of keys) {
    const line = lineAt(figures, key);
    const path = pathOf(key);
    const lent = BigInt(line.newLoansFen) > 0n;
    if (lent && line.newLoansRatePercent === null)
      issues.push({ path: `${path}.newLoansRatePercent`, message: 'required when newLoansFen is above 0' });
    if (!lent && line.newLoansRatePercent !== null)
      issues.push({ path: `${path}.newLoansRatePercent`, message: 'must be null when newLoansFen is 0' });
    if (lent !== line.newLoansCount > 0)
      issues.push({
        path: `${path}.newLoansCount`,
        message: 'above 0 exactly when newLoansFen is above 0',
      });
    if (key === 'allLoans') continue;
    const total = lineAt(figures, partOf[key]);
    const totalPath = pathOf(partOf[key]);
    for (const field of ['balanceFen', 'newLoansFen'] as const)
      if (BigInt(line[field]) > BigInt(total[field]))
        issues.push({ path: `${path}.${field}`, message: `exceeds ${totalPath}.${field}` });
    if (line.borrowers > total.borrowers)
      issues.push({ path: `${path}.borrowers`, message: `exceeds ${totalPath}.borrowers` });
  }
  return issues;
}

/** The leaves that differ between two versions, for the audit entry of a correction. */
export function returnChanges(
  before: ReturnFigures,
  after: ReturnFigures,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const keys = ['allLoans', 'enterpriseLoans', ...returnCategories] as const;
  for (const key of keys) {
    const [a, b] = [lineAt(before, key), lineAt(after, key)];
    for (const field of Object.keys(b) as (keyof ReturnLine)[])
      if (a[field] !== b[field]) changes[`${pathOf(key)}.${field}`] = { from: a[field], to: b[field] };
  }
  return changes;
}

/** A month as the returns key it: `yyyy-mm`, not after the current Shanghai month. */
export function monthIssue(month: string, today: string): string | undefined {
  return month > today.slice(0, 7) ? 'a month not yet begun cannot be reported' : undefined;
}
