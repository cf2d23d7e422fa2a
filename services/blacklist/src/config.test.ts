import { loadCityConfig, parseCityConfig } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { blacklistConfig, defaultCategories } from './config.ts';
import { compileNameRules } from './domain/name-rules.ts';
import { normaliseName } from './domain/normalise-name.ts';

const linshan = loadCityConfig('linshan');
const withBlacklist = (blacklist: Record<string, unknown>) =>
  parseCityConfig({ ...linshan, blacklist }, 'test');
const criterion = { code: 'fee-padding', text: '以服务费名义向企业收取费用' };

describe('Function: blacklistConfig', () => {
  it('reads the linshan identification standard, the four report categories and the name threshold', () => {
    // Act
    const config = blacklistConfig(linshan);

    // Assess
    expect(config.criteria.map((c) => c.code)).toEqual([
      'unlicensed-intermediation',
      'fund-brokering',
      'fee-padding',
      'material-fabrication',
      'impersonation',
      'loan-diversion',
    ]);
    expect(config.categories.map((c) => c.code)).toEqual([
      'illegal-loan-facilitation',
      'fund-broker',
      'fee-padding',
      'fake-materials',
    ]);
    expect(config.nameMatchThreshold).toBe(0.85);
    expect(config.screeningRetentionDays).toBe(365);
  });

  it('strips the city’s own districts and townships from firm names like a province', () => {
    // Act
    const rules = compileNameRules({ localRegions: blacklistConfig(linshan).localRegions });

    // Assess: 西岭区 and 青石镇 come from the city file, not from the national word lists.
    expect(normaliseName('西岭区鑫源商贸有限公司', rules).core).toBe('鑫源商贸');
    expect(normaliseName('青石镇鑫源商贸有限公司', rules).core).toBe('鑫源商贸');
  });

  it('strips the extra local regions a city lists, full and short, beyond China’s divisions', () => {
    // Prepare
    const city = withBlacklist({ criteria: [criterion], extraLocalRegions: ['青石新区', '临山高新区'] });

    // Act
    const rules = compileNameRules({ localRegions: blacklistConfig(city).localRegions });

    // Assess: neither zone is a division, so the default rules keep them.
    expect(normaliseName('青石新区鑫源商贸有限公司', rules).core).toBe('鑫源商贸');
    expect(normaliseName('青石鑫源商贸有限公司', rules).core).toBe('鑫源商贸');
    expect(normaliseName('临山高新区鑫源商贸有限公司', rules).core).toBe('鑫源商贸');
    expect(normaliseName('青石新区鑫源商贸有限公司').core).toBe('青石新区鑫源商贸');
  });

  it('defaults categories, threshold and retention when only the standard is given', () => {
    // Act
    const config = blacklistConfig(withBlacklist({ criteria: [criterion] }));

    // Assess
    expect(config.categories).toEqual(defaultCategories.map((c) => ({ ...c })));
    expect(config.nameMatchThreshold).toBe(0.85);
    expect(config.screeningRetentionDays).toBe(365);
  });

  it('requires a standard, and names a repeated code and an out-of-range threshold', () => {
    expect(() => blacklistConfig(withBlacklist({}))).toThrow('blacklist.criteria');
    expect(() => blacklistConfig(withBlacklist({ criteria: [criterion, criterion] }))).toThrow(
      'blacklist.criteria.1.code: criterion fee-padding appears twice',
    );
    expect(() => blacklistConfig(withBlacklist({ criteria: [criterion], nameMatchThreshold: 0.5 }))).toThrow(
      'blacklist.nameMatchThreshold',
    );
  });

  it('refuses a hashing secret in the file: the section is strict', () => {
    expect(() => blacklistConfig(withBlacklist({ criteria: [criterion], secret: 'x'.repeat(32) }))).toThrow(
      'Unrecognized key: "secret"',
    );
  });
});
