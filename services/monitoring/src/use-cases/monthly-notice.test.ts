import { describe, expect, it } from 'vitest';
import { returnExample } from '../contracts.ts';
import type { ReturnFigures } from '../domain/bank-returns.ts';
import { seedTargets } from '../domain/targets.ts';
import { monthlyNotice } from './monthly-notice.ts';
import type { BankReturnStore, BankReturnVersion } from './ports.ts';

/** A store of given versions (a unit test of the use case; the DynamoDB adapter runs in test/e2e/bank-returns.test.ts). */
const storeOf = (versions: BankReturnVersion[]): BankReturnStore => ({
  versions: async (month, bankId) => versions.filter((v) => v.month === month && v.bankId === bankId),
  month: async (month) => versions.filter((v) => v.month === month),
  add: async () => true,
});
const version = (bankId: string, month: string, figures: ReturnFigures, n = 1): BankReturnVersion => ({
  bankId,
  month,
  version: n,
  submittedAt: '2026-12-01T02:00:00.000Z',
  submittedBy: { clientId: 'c', orgId: bankId, role: 'bank' },
  figures,
});
const city = {
  banks: [
    { id: 'big', name: '大行' },
    { id: 'local', name: '地方行' },
  ],
  categories: { big: 'state-owned-large', local: 'local-legal-person' } as const,
  targets: [seedTargets],
};

describe('monthlyNotice', () => {
  it('judges the latest version, and leaves growth unassessed for a bank and the city without last December', async () => {
    // Prepare: big has December and two November versions; local has no December
    const november = structuredClone(returnExample);
    const corrected = structuredClone(returnExample);
    corrected.categories.creditLoans.balanceFen = '72000000000'; // 7.2 亿 / 36 亿 enterprise loans = 20 %
    const store = storeOf([
      version('big', '2025-12', returnExample),
      version('big', '2026-11', november, 1),
      version('big', '2026-11', corrected, 2),
      version('local', '2026-11', november),
    ]);

    // Act
    const notice = await monthlyNotice('2026-11', city, store);

    // Assess: example credit 30,000,000,000 / 360,000,000,000 = 8.33 %; corrected 20 %
    const big = notice.banks.find((b) => b.bankId === 'big');
    const local = notice.banks.find((b) => b.bankId === 'local');
    expect(big?.version).toBe(2);
    expect(big?.indicators.creditLoanSharePercent).toBe('20.00');
    expect(big?.indicators.inclusiveSmallMicroGrowthPercent).toBe('0.00');
    expect(local?.indicators.creditLoanSharePercent).toBe('8.33');
    expect(local?.checks.find((c) => c.target === 'inclusive-growth')).toMatchObject({
      status: 'not-assessed',
      reason: 'no return for last December to measure growth from',
    });
    expect(notice.city?.indicators.inclusiveSmallMicroGrowthPercent).toBeNull();
    expect(notice.missing).toEqual([]);
  });

  it('judges nothing for a month before any targets version, and has no city before any return', async () => {
    const early = await monthlyNotice('2018-06', city, storeOf([version('big', '2018-06', returnExample)]));
    expect(early.targets).toBeNull();
    expect(early.banks[0]?.checks).toEqual([]);
    const none = await monthlyNotice('2026-10', city, storeOf([]));
    expect([none.city, none.banks, none.missing]).toEqual([null, [], ['big', 'local']]);
  });
});
