import { loadCityConfig } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { monitoringConfig, monitoringConfigSchema } from './config.ts';
import { seedTargets } from './domain/targets.ts';

describe('monitoring config', () => {
  it('reads the demo city: the seeds’ targets from 2019 and each bank’s category', () => {
    const config = monitoringConfig(loadCityConfig('linshan'));
    expect(config.targets).toEqual([seedTargets]);
    expect(config.bankCategories).toEqual({
      'bank-gs': 'state-owned-large',
      'bank-nh': 'state-owned-large',
      'bank-ls-rural': 'local-legal-person',
      'bank-city': 'local-legal-person',
    });
  });

  it('defaults to the seeds’ targets and names a version out of order or not on a month’s first day', () => {
    expect(monitoringConfigSchema.parse({}).targets).toEqual([seedTargets]);
    const result = monitoringConfigSchema.safeParse({
      targets: [seedTargets, { ...seedTargets, effectiveFrom: '2018-01-15' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['targets.1.effectiveFrom', 'the first day of a month: targets apply to month-end figures'],
      ['targets.1.effectiveFrom', 'versions in date order: after 2019-01-01'],
    ]);
  });
});
