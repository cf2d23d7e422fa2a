import { loadCityConfig, parseCityConfig } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { subsidyConfig } from './config.ts';
import { linshanDemoPolicy } from './domain/demo-policy.ts';
import { calculateEthnicTradeLoanSubsidy } from './domain/ethnic-trade-loan.ts';
import { issuesOf } from './domain/policy.fixture.ts';
import { resultToJson } from './domain/result.ts';

const linshan = loadCityConfig('linshan');
const withSubsidy = (subsidy: Record<string, unknown>) => parseCityConfig({ ...linshan, subsidy }, 'test');
const section = () =>
  structuredClone(linshan.subsidy) as { programs: Record<string, unknown>[] } & Record<string, unknown>;

describe('Function: subsidyConfig', () => {
  it('reads the linshan policy from the city file: the same versions the worked examples use', () => {
    // Act
    const { policy } = subsidyConfig(linshan);

    // Assess
    expect(policy.city).toBe('linshan');
    expect(policy.programs.map((v) => v.id)).toContain('linshan-guarantee-fee-2025');
    expect(resultToJson(policy)).toBe(resultToJson(linshanDemoPolicy));
  });

  it('refuses a bad field, naming it under subsidy.', () => {
    // Prepare: a cap of 150 %
    const bad = section();
    const fee = bad.programs[0] as { params: { tiers: { maxRate: string }[] } };
    const tier = fee.params.tiers[0];
    if (tier) tier.maxRate = '1.5';

    // Act
    const act = () => subsidyConfig(withSubsidy(bad));

    // Assess
    expect(act).toThrow('subsidy.programs.0.params.tiers.0.maxRate: must be at most 1 (100 %)');
  });

  it('refuses an LPR month that is not a month and a program without a citation, naming each', () => {
    // Prepare
    const bad = section();
    bad.lpr = { oneYear: { '2024-13': '0.0345' }, fiveYear: { '2024-01': '0.0395' } };
    const { citation: _dropped, ...uncited } = bad.programs[4] as Record<string, unknown>;
    bad.programs[4] = uncited;

    // Act
    const act = () => subsidyConfig(withSubsidy(bad));

    // Assess
    expect(act).toThrow(/subsidy\.lpr\.oneYear\.2024-13: Invalid key in record/);
    expect(act).toThrow(/subsidy\.programs\.4\.citation:/);
  });

  it('refuses a `city` field: the city is the file', () => {
    // Act / Assess
    expect(() => subsidyConfig(withSubsidy({ ...section(), city: 'other' }))).toThrow(
      "subsidy.city: the city is the file's id; remove this field",
    );
  });

  it('treats an absent section as a city without programs: calculations name `program`', () => {
    // Prepare
    const { policy } = subsidyConfig(withSubsidy({}));

    // Act
    const issues = issuesOf(() =>
      calculateEthnicTradeLoanSubsidy(
        {
          contractDate: '2025-01-01',
          principal: '100.00',
          loanRate: '0.04',
          periodStart: '2025-01-01',
          periodEnd: '2025-02-01',
          designatedProducer: true,
        },
        policy,
      ),
    );

    // Assess
    expect(issues).toEqual([{ path: 'program', message: 'city linshan has no program "ethnic-trade-loan"' }]);
  });
});
