import { describe, expect, it } from 'vitest';
import { linshanDemoPolicyInput } from './demo-policy.ts';
import { calculateGuaranteeFee } from './guarantee-fee.ts';
import {
  mergePublished,
  type PublishedItem,
  policyWithPublished,
  publicationIssues,
} from './published-policy.ts';

const { city: _city, ...section } = linshanDemoPolicyInput;
const by = { clientId: 'cl-finance', orgId: 'ls-finance' };
const feeVersion2027: PublishedItem = {
  kind: 'program-version',
  publishedAt: '2026-12-05T02:00:00.000Z',
  publishedBy: by,
  version: {
    program: 'guarantee-fee',
    id: 'linshan-guarantee-fee-2027',
    effectiveFrom: '2027-01-01',
    citation: { seed: '004', section: '(四)' },
    params: {
      tiers: [{ upTo: '10000000.00', maxRate: '0.008' }, { maxRate: '0.015' }],
      affectedSectors: [],
      affectedSectorFeeFactor: '0.5',
      reGuaranteeFeeWaiver: {
        borrowerTypes: ['individual-business'],
        amountLimit: { amount: '500000.00', inclusive: true },
      },
    },
  },
};
const loan = (contractDate: string) => ({
  contractDate,
  guaranteeAmount: '3000000.00',
  feeRate: '0.009',
  periodStart: contractDate,
  periodEnd: '2027-12-31',
  borrowerType: 'small-enterprise' as const,
  industryCode: 'C3484',
  business: 'guarantee' as const,
});

describe('Function: mergePublished / policyWithPublished', () => {
  it('ends the open version the day before a published one starts; each date keeps exactly one version', () => {
    // Act
    const merged = mergePublished(section, [feeVersion2027]);
    const policy = policyWithPublished('linshan', section, [feeVersion2027]);
    const before = calculateGuaranteeFee(loan('2026-12-31'), policy);
    const from = calculateGuaranteeFee(loan('2027-01-01'), policy);

    // Assess
    const fee = merged.programs?.filter((p) => p.program === 'guarantee-fee');
    expect(fee?.map((p) => [p.id, p.effectiveFrom, p.effectiveTo])).toEqual([
      ['linshan-guarantee-fee-2022', '2022-06-01', '2024-12-31'],
      ['linshan-guarantee-fee-2025', '2025-01-01', '2026-12-31'],
      ['linshan-guarantee-fee-2027', '2027-01-01', undefined],
    ]);
    // 0.9 % on 3,000,000: within the 1 % cap of 2025, over the 0.8 % cap of 2027.
    expect([before.policyVersion.versionId, before.capRate, before.compliant]).toEqual([
      'linshan-guarantee-fee-2025',
      '0.01',
      true,
    ]);
    expect([from.policyVersion.versionId, from.capRate, from.compliant]).toEqual([
      'linshan-guarantee-fee-2027',
      '0.008',
      false,
    ]);
    expect(section.programs.find((p) => p.id === 'linshan-guarantee-fee-2025')).not.toHaveProperty(
      'effectiveTo',
    );
  });

  it('lays published LPR quotes over the file’s table', () => {
    const quote: PublishedItem = {
      kind: 'lpr',
      publishedAt: '2026-12-22T02:00:00.000Z',
      publishedBy: by,
      quote: { month: '2026-12', oneYear: '0.0295', fiveYear: '0.0345' },
    };
    const merged = mergePublished(section, [quote]);
    expect(merged.lpr?.oneYear?.['2026-12']).toBe('0.0295');
    expect(merged.lpr?.oneYear?.['2025-05']).toBe('0.03');
  });
});

describe('Function: publicationIssues', () => {
  const issues = (item: PublishedItem, today = '2026-12-05', published: PublishedItem[] = []) =>
    publicationIssues('linshan', section, published, item, today);
  const withVersion = (patch: Record<string, unknown>): PublishedItem => ({
    ...feeVersion2027,
    version: { ...(feeVersion2027 as { version: Record<string, unknown> }).version, ...patch } as never,
  });

  it('accepts a version from today (inclusive) or later, and refuses back-dating by one day', () => {
    expect(issues(withVersion({ effectiveFrom: '2026-12-05' }))).toEqual([]);
    expect(issues(withVersion({ effectiveFrom: '2026-12-04' }))).toEqual([
      { path: 'effectiveFrom', message: 'no back-dating: 2026-12-04 is before today (2026-12-05)' },
    ]);
  });

  it('keeps date order and unique ids, refuses an end date and a cap over 100 %, naming the field', () => {
    expect(
      issues(withVersion({ effectiveFrom: '2027-01-01' }), '2026-12-05', [feeVersion2027])[0]?.path,
    ).toBe('effectiveFrom');
    expect(issues(withVersion({ effectiveFrom: '2027-02-01' }), '2026-12-05', [feeVersion2027])).toEqual([
      { path: 'id', message: 'a version linshan-guarantee-fee-2027 exists already' },
    ]);
    expect(issues(withVersion({ effectiveTo: '2027-12-31' }))[0]?.path).toBe('effectiveTo');
    const overCap = withVersion({
      params: {
        ...(feeVersion2027 as unknown as { version: { params: object } }).version.params,
        tiers: [{ maxRate: '1.5' }],
      },
    });
    expect(issues(overCap).map((i) => i.path)).toEqual(['params.tiers.0.maxRate']);
  });

  it('takes LPR quotes for this month or later, in month order', () => {
    const quote = (month: string): PublishedItem => ({
      kind: 'lpr',
      publishedAt: '2026-12-05T02:00:00.000Z',
      publishedBy: by,
      quote: { month, oneYear: '0.03', fiveYear: '0.035' },
    });
    expect(issues(quote('2026-12'))).toEqual([]);
    expect(issues(quote('2026-11'))[0]?.path).toBe('month');
    expect(issues(quote('2027-01'), '2026-12-05', [quote('2027-02')])[0]?.message).toMatch(/month order/);
  });
});
