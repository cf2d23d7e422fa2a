import { loadCityConfig, parseCityConfig } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { defaultReviewers, matchingConfig, mayReview } from './config.ts';

const linshan = loadCityConfig('linshan');
const withMatching = (matching: Record<string, unknown>) => parseCityConfig({ ...linshan, matching }, 'test');

describe('Function: matchingConfig', () => {
  it('gives a city without a matching section the seed defaults: 3 banks, caution at 10 million CNY, 90 days', () => {
    // Act
    const config = matchingConfig(withMatching({}));

    // Assess
    expect(config.push).toEqual({
      maxBanksPerEnterprise: 3,
      caution: { creditCeilingFen: 1_000_000_000, maxExistingBanks: 3, maxExistingBanksIndividual: 2 },
    });
    expect(config.pushCreditAccessDays).toBe(90);
    expect(config.failingGrades).toEqual(['D']);
    expect(config.reviewers).toEqual(defaultReviewers);
    expect(config.banks).toEqual([]);
  });

  it('reads the four linshan banks in city order, each with its products', () => {
    // Act
    const config = matchingConfig(linshan);

    // Assess
    expect(config.banks.map((b) => [b.id, b.products.length, b.capacity])).toEqual([
      ['bank-gs', 2, 200],
      ['bank-nh', 2, 150],
      ['bank-ls-rural', 3, 300],
      ['bank-city', 2, 120],
    ]);
  });

  it('refuses more than 3 banks per enterprise, naming the field', () => {
    expect(() => matchingConfig(withMatching({ maxBanksPerEnterprise: 4 }))).toThrow(
      'matching.maxBanksPerEnterprise: policy allows at most 3 banks per enterprise per batch',
    );
  });

  it('refuses a bank the city does not have and a bad product, naming each', () => {
    // Prepare
    const city = withMatching({
      banks: {
        'bank-xx': { products: [], capacity: 1 },
        'bank-gs': {
          capacity: 10,
          products: [
            {
              name: 'p',
              minAmountFen: 500,
              maxAmountFen: 100,
              minTermMonths: 1,
              maxTermMonths: 12,
              guaranteeTypes: [],
              creditLoan: true,
            },
          ],
        },
      },
    });

    // Act
    const act = () => matchingConfig(city);

    // Assess
    expect(act).toThrow('matching.banks.bank-xx: not a bank of the city');
    expect(act).toThrow('matching.banks.bank-gs.products.0.maxAmountFen: must be at least minAmountFen');
  });

  it('replaces the default reviewers of a criterion the city names', () => {
    // Act
    const config = matchingConfig(
      withMatching({ reviewers: { 'genuine-need': ['federation-of-industry'] } }),
    );

    // Assess
    expect(mayReview(config, 'federation-of-industry', 'genuine-need')).toBe(true);
    expect(mayReview(config, 'township', 'genuine-need')).toBe(false);
    expect(mayReview(config, 'township', 'lawful-purpose')).toBe(true);
    expect(mayReview(config, 'township', 'compliant-operation')).toBe(false);
  });

  it('names the convenors and competent departments from the city file, and defaults to the industry departments', () => {
    // Act
    const demo = matchingConfig(linshan);
    const defaults = matchingConfig(withMatching({}));

    // Assess: signing is the convenors' alone (召集人签字确认); nobody signs in a city that names none.
    expect(demo.convenors).toEqual(['ls-convenor', 'ls-deputy-convenor']);
    expect(demo.screeningPolicy.competentDepartments).toEqual([{ agencies: ['ls-econ'], industries: [] }]);
    expect(defaults.convenors).toEqual([]);
    expect(defaults.screeningPolicy.competentDepartments).toEqual([
      { agencies: ['ls-econ'], industries: [] },
    ]);
  });

  it('refuses a convenor that is not a coordinator organisation and a competent department that is not an agency', () => {
    // Act + Assess
    expect(() => matchingConfig(withMatching({ convenors: ['bank-gs'] }))).toThrow(
      /matching\.convenors\.0: bank-gs is not a coordinator organisation/,
    );
    expect(() =>
      matchingConfig(
        withMatching({ competentDepartments: [{ agencies: ['ls-nowhere'], industries: ['C'] }] }),
      ),
    ).toThrow(/matching\.competentDepartments\.0\.agencies\.0: ls-nowhere is not an agency/);
  });
});
